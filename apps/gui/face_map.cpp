#include "apps/gui/face_map.h"

#include <algorithm>
#include <fstream>

#include <QCoreApplication>
#include <nlohmann/json.hpp>

#include "apps/gui/swap_request.h"
#include "core/error.h"
#include "face/analyzer.h"
#include "face/recognizer.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "pipeline/video_clusters.h"

namespace swapcam::gui {

namespace fs = std::filesystem;

namespace {

// The box grown by `margin` of its size on every side, clipped to the frame.
cv::Rect grown_box(const cv::Rect2f& box, float margin, cv::Size frame) {
  const cv::Rect2f g(box.x - box.width * margin, box.y - box.height * margin, box.width * (1 + 2 * margin),
                     box.height * (1 + 2 * margin));
  return cv::Rect(g) & cv::Rect(0, 0, frame.width, frame.height);
}

}  // namespace

std::vector<TargetPerson> find_target_people(const GuiSettings& settings, int max_frames,
                                             const std::atomic<bool>* cancel) {
  GuiSettings s = settings;
  s.output.clear();
  // Only the detector and recogniser are used: sources are not read, but validation wants one.
  if (s.sources.isEmpty()) s.sources << "unused";
  s.map_faces.clear();
  s.reference_face.clear();
  s.set_option("face-selector", "largest");
  const auto options = make_swap_options(s);
  face::FaceAnalyser analyser({options.models.detector, options.models.recognizer, {}}, options.runtime);

  // Every face seen, with the frame it came from (for the crops).
  face::Faces faces;
  std::vector<cv::Mat> frames;
  std::vector<size_t> frame_of;
  auto take = [&](const cv::Mat& frame) {
    const face::Faces found = analyser.analyse(frame, face::kEmbedding);
    frames.push_back(frame);
    for (const auto& f : found) {
      faces.push_back(f);
      frame_of.push_back(frames.size() - 1);
    }
  };

  switch (classify_target(s.target)) {
    case TargetKind::Image: take(media::read_image(to_path(s.target))); break;
    case TargetKind::Video: {
      media::VideoReader probe(to_path(s.target));
      const double duration = probe.info().duration_s;
      const int samples = std::max(1, max_frames);
      for (int i = 0; i < samples; ++i) {
        if (cancel && cancel->load()) break;
        media::VideoReaderOptions ro;
        ro.start_s = duration > 0 ? duration * i / samples : 0;
        media::VideoReader reader(to_path(s.target), ro);
        media::VideoFrame vf;
        if (reader.read(vf)) take(vf.image);
        if (duration <= 0) break;  // unknown length: the first frame only
      }
      break;
    }
    default:
      fail(
          ErrorKind::Usage, "{}",
          QCoreApplication::translate("swapcam::gui::FaceMap", "face mapping needs an image or video target (got '%1')")
              .arg(s.target)
              .toStdString());
  }

  // The library's identity clustering (the one behind `analyze --clusters`).
  std::vector<std::vector<float>> embeddings;
  embeddings.reserve(faces.size());
  for (const auto& f : faces) embeddings.push_back(f.embedding);
  const auto cluster = pipeline::cluster_embeddings(embeddings, options.similarity_threshold);
  const int count = cluster.empty() ? 0 : *std::max_element(cluster.begin(), cluster.end()) + 1;
  std::vector<TargetPerson> people(count);
  std::vector<std::vector<std::vector<float>>> members(count);
  std::vector<float> best_score(count, -1.f);
  for (size_t i = 0; i < faces.size(); ++i) {
    const int c = cluster[i];
    if (c < 0) continue;
    TargetPerson& p = people[c];
    members[c].push_back(faces[i].embedding);
    // The crops come from the clearest view of the person (highest detector score).
    if (faces[i].score > best_score[c]) {
      best_score[c] = faces[i].score;
      const cv::Mat& frame = frames[frame_of[i]];
      p.thumbnail = frame(grown_box(faces[i].box, 0.15f, frame.size())).clone();
      // A wide margin, so the detector finds the face again when the map is read.
      p.reference = frame(grown_box(faces[i].box, 0.8f, frame.size())).clone();
    }
  }
  for (int c = 0; c < count; ++c) {
    people[c].embedding = face::mean_embedding(members[c]);
    people[c].occurrences = int(members[c].size());
  }
  std::stable_sort(people.begin(), people.end(),
                   [](const TargetPerson& a, const TargetPerson& b) { return a.occurrences > b.occurrences; });
  return people;
}

fs::path write_face_map(const std::vector<TargetPerson>& people, const std::vector<fs::path>& sources,
                        const fs::path& dir) {
  fs::create_directories(dir);
  nlohmann::json doc = nlohmann::json::array();
  media::ImageWriteOptions wo;
  wo.provenance = false;  // a crop of the input, not a swapped output
  for (size_t i = 0; i < people.size() && i < sources.size(); ++i) {
    if (sources[i].empty()) continue;
    const fs::path ref = dir / ("reference_" + std::to_string(i) + ".png");
    media::write_image(people[i].reference, ref, wo);
    doc.push_back({{"source", fs::absolute(sources[i]).string()}, {"reference", ref.filename().string()}});
  }
  if (doc.empty())
    fail(ErrorKind::Usage, "{}",
         QCoreApplication::translate("swapcam::gui::FaceMap",
                                     "the face map is empty: give at least one person a source photo")
             .toStdString());
  const fs::path file = dir / "map.json";
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << doc.dump(2) << "\n";
  if (!out)
    fail(ErrorKind::Io, "{}",
         QCoreApplication::translate("swapcam::gui::FaceMap", "cannot write the face map '%1'")
             .arg(from_path(file))
             .toStdString());
  return file;
}

}  // namespace swapcam::gui
