#include "apps/gui/face_map.h"

#include <algorithm>

#include <QCoreApplication>

#include "apps/gui/swap_request.h"
#include "core/error.h"

namespace swapcam::gui {

namespace fs = std::filesystem;

namespace {

// The settings' options as the face search needs them: only the detector and recogniser are used, so
// what swap validation wants beyond them (a source, no map, one face) is filled in or cleared.
pipeline::SwapOptions search_options(const GuiSettings& settings) {
  GuiSettings s = settings;
  s.output.clear();
  if (s.sources.isEmpty()) s.sources << "unused";
  s.map_faces.clear();
  s.reference_face.clear();
  s.set_option("face-selector", "largest");
  return make_swap_options(s);
}

}  // namespace

pipeline::ClusterReport find_target_people(const GuiSettings& settings, int max_frames,
                                           const std::atomic<bool>* cancel) {
  const auto kind = classify_target(settings.target);
  if (kind != TargetKind::Image && kind != TargetKind::Video)
    fail(ErrorKind::Usage, "{}",
         QCoreApplication::translate("swapcam::gui::FaceMap", "face mapping needs an image or video target (got '%1')")
             .arg(settings.target)
             .toStdString());
  const auto options = search_options(settings);
  facade::PeopleSearch search;
  search.models = {options.models.detector, options.models.recognizer, {}};
  search.runtime = options.runtime;
  search.samples = std::max(1, max_frames);
  search.similarity_threshold = options.similarity_threshold;
  search.cancel = cancel;
  return facade::find_people(to_path(settings.target), search);
}

fs::path write_face_map(const GuiSettings& settings, const pipeline::ClusterReport& people,
                        const std::vector<fs::path>& sources, const fs::path& dir) {
  if (std::none_of(sources.begin(), sources.end(), [](const fs::path& p) { return !p.empty(); }))
    fail(ErrorKind::Usage, "{}",
         QCoreApplication::translate("swapcam::gui::FaceMap",
                                     "the face map is empty: give at least one person a source photo")
             .toStdString());
  const auto options = search_options(settings);
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path file = dir / "map.json";
  facade::write_face_map(people, file, sources, {options.target, options.models.detector, options.models.recognizer});
  return file;
}

}  // namespace swapcam::gui
