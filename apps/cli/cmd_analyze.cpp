// swapcam analyze IMAGE [--json]: detect faces and print boxes, scores and five landmarks.
#include <cmath>

#include <nlohmann/json.hpp>

#include "apps/cli/analyze_video.h"
#include "apps/cli/cli.h"
#include "core/error.h"
#include "face/detector.h"
#include "media/image_io.h"

namespace swapcam::cli {
namespace {

struct AnalyzeOptions {
  std::string image;
  bool json = false;
  std::string det_size = "640";
  float det_thresh = 0.5f;
};

// "640" or "640x480" (width x height).
std::pair<int, int> parse_det_size(const std::string& s) {
  int w = 0, h = 0;
  char extra = 0;
  if (std::sscanf(s.c_str(), "%dx%d%c", &w, &h, &extra) == 2 ||
      (std::sscanf(s.c_str(), "%d%c", &w, &extra) == 1 && (h = w))) {
    if (w >= 32 && h >= 32 && w <= 4096 && h <= 4096) return {w, h};
  }
  fail(ErrorKind::Usage, "--det-size must be N or WxH with sides from 32 to 4096 (got '{}')", s);
}

// Two decimals are well below detector precision and keep the output readable.
double round2(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }

void run_analyze(const GlobalOptions& g, const AnalyzeOptions& o) {
  face::DetectorOptions det;
  std::tie(det.det_width, det.det_height) = parse_det_size(o.det_size);
  det.score_threshold = o.det_thresh;
  runtime::ModelSpec spec;
  spec.role = "detector";
  spec.path = g.model_path(models::Role::Detector);
  const cv::Mat image = media::read_image(o.image);
  face::Detector detector(spec, g.runtime_config(), det);
  const face::Faces faces = detector.detect(image);

  if (o.json) {
    nlohmann::ordered_json j;
    j["width"] = image.cols;
    j["height"] = image.rows;
    j["faces"] = nlohmann::ordered_json::array();
    for (const auto& f : faces) {
      nlohmann::ordered_json jf;
      jf["bbox"] = {round2(f.box.x), round2(f.box.y), round2(f.box.x + f.box.width), round2(f.box.y + f.box.height)};
      jf["score"] = std::round(static_cast<double>(f.score) * 10000.0) / 10000.0;
      jf["landmarks5"] = nlohmann::ordered_json::array();
      if (f.has_kps)
        for (const auto& p : f.kps) jf["landmarks5"].push_back({round2(p.x), round2(p.y)});
      j["faces"].push_back(std::move(jf));
    }
    fmt::print("{}\n", j.dump());
    return;
  }
  fmt::print("{}: {}x{}, {} face{}\n", o.image, image.cols, image.rows, faces.size(), faces.size() == 1 ? "" : "s");
  for (size_t i = 0; i < faces.size(); ++i) {
    const auto& f = faces[i];
    fmt::print("  face {}: box ({:.1f}, {:.1f}) - ({:.1f}, {:.1f}), score {:.3f}", i, f.box.x, f.box.y,
               f.box.x + f.box.width, f.box.y + f.box.height, f.score);
    if (f.has_kps)
      fmt::print(
          ", eyes ({:.1f}, {:.1f}) ({:.1f}, {:.1f}), nose ({:.1f}, {:.1f}), mouth ({:.1f}, {:.1f}) ({:.1f}, {:.1f})",
          f.kps[0].x, f.kps[0].y, f.kps[1].x, f.kps[1].y, f.kps[2].x, f.kps[2].y, f.kps[3].x, f.kps[3].y, f.kps[4].x,
          f.kps[4].y);
    fmt::print("\n");
  }
}

Registrar reg(20, [](CLI::App& root, GlobalOptions& g) {
  auto* sub = root.add_subcommand("analyze", "Detect faces in an image and print boxes, scores and landmarks");
  add_global_options(*sub, g);
  static AnalyzeOptions o;
  sub->add_option("IMAGE", o.image, "Image file")->required();
  sub->add_flag("--json", o.json, "Machine-readable output");
  sub->add_option("--det-size", o.det_size, "Detector input size: N or WxH (default 640)");
  sub->add_option("--det-thresh", o.det_thresh, "Detection score threshold (default 0.5)")->check(CLI::Range(0.0, 1.0));
  add_video_analyze_options(*sub);  // VIDEO --clusters (analyze_video.cpp)
  sub->callback([&g] {
    if (!run_video_analyze_if_requested(g, o.image, o.json)) run_analyze(g, o);
  });
});

}  // namespace
}  // namespace swapcam::cli
