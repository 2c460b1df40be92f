#include "apps/cli/analyze_video.h"

#include <cstdio>
#include <vector>

#include "apps/cli/cancel_signal.h"
#include "core/error.h"
#include "core/progress.h"
#include "facade/face_maps.h"
#include "media/image_io.h"
#include "pipeline/output_guard.h"
#include "pipeline/video_pipeline.h"

namespace swapcam::cli {
namespace {

struct VideoAnalyzeArgs {
  bool clusters = false;
  std::string map_file;
  int samples = 100;
  float threshold = 0.4f;
  std::vector<std::string> sources;
};

VideoAnalyzeArgs& args() {
  static VideoAnalyzeArgs a;  // outlives parsing
  return a;
}

}  // namespace

void add_video_analyze_options(CLI::App& sub) {
  auto& a = args();
  auto* grp = sub.add_option_group("Video");
  grp->add_flag("--clusters", a.clusters, "VIDEO: group the faces of a video into identities (embedding clustering)");
  grp->add_option("-o,--output", a.map_file,
                  "With --clusters: write a --map-faces file here (plus one reference image per identity)");
  grp->add_option("--samples", a.samples, "With --clusters: frames to analyse, spread evenly (default 100)")
      ->check(whole_number_in(1, 100000));
  grp->add_option("--cluster-threshold", a.threshold,
                  "With --clusters: cosine similarity that joins two groups (default 0.4)")
      ->check(CLI::Range(-1.0, 1.0));
  grp->add_option("-s,--source", a.sources,
                  "With -o: source photo for identity 1, 2, ... (largest first); the rest are left to fill in");
}

bool run_video_analyze_if_requested(const GlobalOptions& g, const std::string& input, bool json) {
  const auto& a = args();
  const bool is_image = media::image_format_from_extension(input) != media::ImageFormat::Unknown;
  if (!a.clusters) {
    if (!a.map_file.empty() || !a.sources.empty()) fail(ErrorKind::Usage, "-o and -s belong with --clusters");
    if (is_image || !pipeline::is_video_extension(input)) return false;
    fail(ErrorKind::Usage, "'{}' is a video: add --clusters to group its faces into identities", input);
  }
  if (is_image) fail(ErrorKind::Usage, "--clusters needs a video (got the image '{}')", input);
  if (!a.sources.empty() && a.map_file.empty()) fail(ErrorKind::Usage, "-s needs -o MAP_FILE");

  facade::PeopleSearch search;
  search.models.detector = g.model_path(models::Role::Detector);
  search.models.recognizer = g.model_path(models::Role::Recognizer);
  search.runtime = g.runtime_config();
  search.samples = a.samples;
  search.similarity_threshold = a.threshold;
  search.cancel = &install_cancel_handler();
  search.progress = make_console_progress_sink(g.quiet || json);
  // The map file (and the pictures beside it) never overwrite the video, a -s photo or a model: checked
  // here before any model loads, and again for every picture before anything is written.
  const std::vector<std::filesystem::path> sources(a.sources.begin(), a.sources.end());
  std::vector<std::filesystem::path> inputs = sources;
  inputs.insert(inputs.end(), {input, search.models.detector, search.models.recognizer});
  if (!a.map_file.empty()) pipeline::ensure_outputs_spare_inputs(inputs, {a.map_file});
  const auto report = facade::find_people(input, search);
  if (!a.map_file.empty()) facade::write_face_map(report, a.map_file, sources, inputs);

  if (json) {
    std::printf("%s\n", pipeline::cluster_report_json(report, a.map_file).c_str());
    return true;
  }
  std::printf("%s: %lld frames sampled, %lld faces, %zu identit%s\n", input.c_str(),
              static_cast<long long>(report.frames_sampled), static_cast<long long>(report.faces),
              report.clusters.size(), report.clusters.size() == 1 ? "y" : "ies");
  for (const auto& c : report.clusters)
    std::printf("  identity %d: %d faces, seen %.2fs - %.2fs\n", c.id, c.faces, c.first_seen_s, c.last_seen_s);
  if (!a.map_file.empty()) {
    std::printf("map file: %s\n", a.map_file.c_str());
    if (sources.size() < report.clusters.size())
      std::printf("fill in \"source\" for identities %zu..%zu before swap --map-faces\n", sources.size() + 1,
                  report.clusters.size());
  }
  return true;
}

}  // namespace swapcam::cli
