#include "pipeline/video_clusters.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/log.h"
#include "core/staged_pipeline.h"
#include "core/thread_pool.h"
#include "face/recognizer.h"
#include "media/atomic_file.h"
#include "media/image_io.h"
#include "media/video_reader.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

std::vector<int> cluster_embeddings(std::span<const std::vector<float>> embeddings, float threshold) {
  const size_t n = embeddings.size();
  std::vector<int> labels(n, -1);
  std::vector<size_t> valid;
  for (size_t i = 0; i < n; ++i)
    if (!embeddings[i].empty()) valid.push_back(i);
  const size_t m = valid.size();
  if (m == 0) return labels;

  // Average linkage via the Lance-Williams update: sim(a+b, k) = (|a| sim(a,k) + |b| sim(b,k)) / (|a|+|b|).
  std::vector<double> sim(m * m, 0.0);
  for (size_t i = 0; i < m; ++i)
    for (size_t j = i + 1; j < m; ++j)
      sim[i * m + j] = sim[j * m + i] = face::cosine_similarity(embeddings[valid[i]], embeddings[valid[j]]);
  std::vector<size_t> size(m, 1);
  std::vector<size_t> parent(m);
  for (size_t i = 0; i < m; ++i) parent[i] = i;
  std::vector<bool> alive(m, true);
  for (;;) {
    double best = -std::numeric_limits<double>::infinity();
    size_t ba = 0, bb = 0;
    for (size_t i = 0; i < m; ++i) {
      if (!alive[i]) continue;
      for (size_t j = i + 1; j < m; ++j)
        if (alive[j] && sim[i * m + j] > best) best = sim[i * m + j], ba = i, bb = j;
    }
    if (best < threshold) break;
    // Merge bb into ba.
    for (size_t k = 0; k < m; ++k) {
      if (!alive[k] || k == ba || k == bb) continue;
      const double s =
          (double(size[ba]) * sim[ba * m + k] + double(size[bb]) * sim[bb * m + k]) / double(size[ba] + size[bb]);
      sim[ba * m + k] = sim[k * m + ba] = s;
    }
    size[ba] += size[bb];
    alive[bb] = false;
    parent[bb] = ba;
  }
  auto root = [&](size_t i) {
    while (parent[i] != i) i = parent[i];
    return i;
  };
  std::map<size_t, int> numbering;  // root -> label, in order of first appearance
  for (size_t i = 0; i < m; ++i) {
    const size_t r = root(i);
    auto it = numbering.find(r);
    if (it == numbering.end()) it = numbering.emplace(r, static_cast<int>(numbering.size())).first;
    labels[valid[i]] = it->second;
  }
  return labels;
}

namespace {

struct Sample {
  media::VideoFrame frame;
  face::Faces faces;
};

struct FaceSample {
  face::Face face;
  double time_s = 0;
  cv::Mat crop;  // around the face, kept only while it is its cluster's best candidate
};

// A square around the face, twice its size, clipped to the frame: enough context for detection.
cv::Mat reference_crop(const cv::Mat& frame, const cv::Rect2f& box) {
  const float side = 2.f * std::max(box.width, box.height);
  const cv::Point2f c(box.x + box.width / 2, box.y + box.height / 2);
  cv::Rect r(cv::Point(int(std::floor(c.x - side / 2)), int(std::floor(c.y - side / 2))),
             cv::Size(int(side), int(side)));
  r &= cv::Rect(0, 0, frame.cols, frame.rows);
  return r.empty() ? cv::Mat() : frame(r).clone();
}

double clarity(const face::Face& f) { return double(f.score) * std::sqrt(std::max(0.f, f.box.area())); }

// Groups the samples by identity into report.clusters (largest first, ids 1..), each with its clearest
// sample's face and crop.
void group_samples(const std::vector<FaceSample>& samples, float threshold, ClusterReport& report) {
  report.faces = static_cast<int64_t>(samples.size());

  std::vector<std::vector<float>> embeddings;
  embeddings.reserve(samples.size());
  for (const auto& s : samples) embeddings.push_back(s.face.embedding);
  const auto labels = cluster_embeddings(embeddings, threshold);

  std::map<int, FaceCluster> by_label;
  std::map<int, std::vector<std::vector<float>>> members;
  for (size_t i = 0; i < samples.size(); ++i) {
    if (labels[i] < 0) continue;
    auto& c = by_label[labels[i]];
    const auto& s = samples[i];
    if (c.faces == 0 || clarity(s.face) > clarity(c.best)) {
      c.best = s.face;
      c.best_time_s = s.time_s;
      c.reference = s.crop;
    }
    c.first_seen_s = c.faces == 0 ? s.time_s : std::min(c.first_seen_s, s.time_s);
    c.last_seen_s = std::max(c.last_seen_s, s.time_s);
    ++c.faces;
    members[labels[i]].push_back(s.face.embedding);
  }
  for (auto& [label, c] : by_label) {
    c.centroid = face::mean_embedding(members[label]);
    report.clusters.push_back(std::move(c));
  }
  std::stable_sort(report.clusters.begin(), report.clusters.end(), [](const auto& a, const auto& b) {
    return a.faces != b.faces ? a.faces > b.faces : a.first_seen_s < b.first_seen_s;
  });
  for (size_t i = 0; i < report.clusters.size(); ++i) report.clusters[i].id = static_cast<int>(i) + 1;
}

}  // namespace

ClusterReport cluster_video_faces(const face::FaceAnalyser& analyser, const fs::path& video,
                                  const ClusterOptions& options) {
  if (!analyser.has_recognizer()) fail(ErrorKind::Usage, "clustering faces needs the face recogniser model");
  if (options.max_samples < 1) fail(ErrorKind::Usage, "--samples must be at least 1 (got {})", options.max_samples);
  media::VideoReaderOptions trim;
  trim.start_s = options.start_s;
  trim.end_s = options.end_s;
  media::VideoReader reader(video, trim);
  const auto& info = reader.info();

  double range = info.duration_s > 0 ? info.duration_s - options.start_s : 0;
  if (options.end_s && (range <= 0 || *options.end_s - options.start_s < range))
    range = *options.end_s - options.start_s;
  const double expected = info.fps > 0 && range > 0 ? range * info.fps : double(info.frame_count);
  const int64_t stride = std::max<int64_t>(1, int64_t(std::ceil(expected / options.max_samples)));
  // Far-apart samples are reached by seeking: a seek decodes from the keyframe before the sample
  // (half a GOP on average, ~125 frames with x264's default), reading through decodes all `stride`.
  const bool seek = range > 0 && stride > options.seek_beyond_frames;
  const int64_t planned = seek ? options.max_samples : int64_t(std::ceil(expected / double(stride)));

  ClusterReport report;
  report.video = video;
  report.width = info.width;
  report.height = info.height;
  report.duration_s = info.duration_s;

  const int workers = plan_workers(hardware_cores(), options.workers, 0, false).workers;
  StagedPipeline<Sample> pipe(static_cast<size_t>(workers) + 2, options.cancel);
  pipe.parallel("analyse", workers, [&](Sample& s) { s.faces = analyser.analyse(s.frame.image, face::kEmbedding); });

  Progress progress(video.filename().string(), planned, options.progress, "frames");
  std::vector<FaceSample> samples;
  int64_t next_seek = 0;
  pipe.run(
      [&]() -> std::optional<Sample> {
        Sample s;
        if (seek) {
          while (next_seek < planned) {
            media::VideoReaderOptions at = trim;
            at.start_s = options.start_s + range * double(next_seek++) / double(planned);
            media::VideoReader sampler(video, at);
            if (sampler.read(s.frame)) return s;
          }
          return std::nullopt;
        }
        while (reader.read(s.frame))
          if (s.frame.index % stride == 0) return s;
        return std::nullopt;
      },
      [&](Sample&& s) {
        ++report.frames_sampled;
        for (auto& f : s.faces) {
          if (f.embedding.empty()) continue;
          FaceSample fs{f, s.frame.seconds, reference_crop(s.frame.image, f.box)};
          samples.push_back(std::move(fs));
        }
        progress.advance();
      });
  progress.finish();
  if (!reader.report().complete)
    log::warn("'{}': decoding stopped at {:.3f}s ({}); clustering the frames before it", video.string(),
              reader.report().stopped_at_s, reader.report().problem);
  if (report.frames_sampled == 0)
    fail(ErrorKind::InvalidData, "'{}' has no decodable video frame in range", video.string());
  group_samples(samples, options.similarity_threshold, report);
  log::info("'{}': {} frames sampled ({} {}), {} faces, {} identities", video.string(), report.frames_sampled,
            seek ? "seeking, about every" : "every", stride, report.faces, report.clusters.size());
  return report;
}

ClusterReport cluster_image_faces(const face::FaceAnalyser& analyser, const fs::path& image, float threshold) {
  if (!analyser.has_recognizer()) fail(ErrorKind::Usage, "clustering faces needs the face recogniser model");
  const cv::Mat frame = media::read_image(image);
  ClusterReport report;
  report.video = image;
  report.width = frame.cols;
  report.height = frame.rows;
  report.frames_sampled = 1;
  std::vector<FaceSample> samples;
  for (auto& f : analyser.analyse(frame, face::kEmbedding))
    if (!f.embedding.empty()) samples.push_back(FaceSample{f, 0.0, reference_crop(frame, f.box)});
  group_samples(samples, threshold, report);
  log::info("'{}': {} faces, {} identities", image.string(), report.faces, report.clusters.size());
  return report;
}

namespace {

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

fs::path faces_dir_for(const fs::path& map_file) {
  return map_file.parent_path() / (map_file.stem().string() + "_faces");
}

std::string generic_utf8(const fs::path& p) {
  const auto u8 = p.generic_u8string();
  return std::string(u8.begin(), u8.end());
}

}  // namespace

std::string cluster_report_json(const ClusterReport& report, const fs::path& map_file) {
  nlohmann::ordered_json j;
  j["video"] = generic_utf8(report.video);
  j["width"] = report.width;
  j["height"] = report.height;
  j["duration_s"] = round3(report.duration_s);
  j["frames_sampled"] = report.frames_sampled;
  j["faces"] = report.faces;
  j["identities"] = nlohmann::ordered_json::array();
  for (const auto& c : report.clusters) {
    nlohmann::ordered_json jc;
    jc["id"] = c.id;
    jc["faces"] = c.faces;
    jc["first_seen_s"] = round3(c.first_seen_s);
    jc["last_seen_s"] = round3(c.last_seen_s);
    jc["best_time_s"] = round3(c.best_time_s);
    jc["best_bbox"] = {round3(c.best.box.x), round3(c.best.box.y), round3(c.best.box.x + c.best.box.width),
                       round3(c.best.box.y + c.best.box.height)};
    if (!map_file.empty())
      jc["reference"] = generic_utf8(faces_dir_for(map_file) / fmt::format("identity_{}.png", c.id));
    j["identities"].push_back(std::move(jc));
  }
  if (!map_file.empty()) j["map_file"] = generic_utf8(map_file);
  return j.dump();
}

std::vector<fs::path> cluster_map_outputs(const ClusterReport& report, const fs::path& map_file) {
  std::vector<fs::path> out{map_file};
  for (const auto& c : report.clusters)
    if (!c.reference.empty()) out.push_back(faces_dir_for(map_file) / fmt::format("identity_{}.png", c.id));
  return out;
}

std::string write_cluster_map(const ClusterReport& report, const fs::path& map_file,
                              std::span<const fs::path> sources) {
  if (report.clusters.empty())
    fail(ErrorKind::InvalidData, "no face found in '{}'; no map file written", report.video.string());
  if (sources.size() > report.clusters.size())
    log::warn("{} sources for {} identities: the extra sources are not used", sources.size(), report.clusters.size());
  const fs::path dir = faces_dir_for(map_file);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) fail(ErrorKind::Io, "cannot create '{}': {}", dir.string(), ec.message());

  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (size_t i = 0; i < report.clusters.size(); ++i) {
    const auto& c = report.clusters[i];
    const fs::path ref_name = fs::path(dir.filename()) / fmt::format("identity_{}.png", c.id);
    media::ImageWriteOptions w;
    w.provenance = false;  // a frame of the input, not a swap
    if (!c.reference.empty()) media::write_image(c.reference, map_file.parent_path() / ref_name, w);
    nlohmann::ordered_json e;
    // Relative paths resolve against the map file's directory (read_face_map).
    e["source"] = i < sources.size() ? generic_utf8(fs::absolute(sources[i])) : std::string();
    e["reference"] = generic_utf8(ref_name);
    e["identity"] = c.id;
    e["faces"] = c.faces;
    e["first_seen_s"] = round3(c.first_seen_s);
    e["last_seen_s"] = round3(c.last_seen_s);
    j.push_back(std::move(e));
  }
  const std::string text = j.dump(2) + "\n";
  media::AtomicFile out(map_file);
  {
    std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
    f << text;
    if (!f.flush()) fail(ErrorKind::Io, "cannot write map file '{}'", map_file.string());
  }
  out.commit();
  return text;
}

}  // namespace swapcam::pipeline
