// What FrameProcessor reads of a frame, so that a video pipeline converts only that (issue 19):
// detection reads the detector's letterboxed input, and a swap reads and writes only around its
// faces. docs/PERFORMANCE.md, "The video path against a plain re-encode".
#include <algorithm>

#include "core/geometry.h"
#include "face/detector.h"
#include "pipeline/image_pipeline.h"
#include "process/paste_back.h"

namespace swapcam::pipeline {

namespace {

// Pixels around a footprint beyond the crop's own margin: interpolation reads neighbours (bicubic two).
constexpr int kFootprintMargin = 4;

}  // namespace

std::optional<cv::Size> FrameProcessor::detection_size(cv::Size frame) const {
  if (analysis_ != face::kDetect || frame.width <= 0 || frame.height <= 0) return std::nullopt;
  const face::DetectorOptions& d = models_->analyser().detector().options();
  const face::Letterbox lb = face::letterbox_geometry(frame.width, frame.height, d.det_width, d.det_height);
  return cv::Size(lb.width, lb.height);
}

face::Faces FrameProcessor::detect_scaled(const cv::Mat& scaled, cv::Size frame) const {
  face::Faces faces = models_->analyser().detect(scaled);
  // One scale for both axes, the letterbox's (as the detector maps its own resize back).
  const float back = static_cast<float>(frame.height) / static_cast<float>(std::max(1, scaled.rows));
  for (auto& f : faces) {
    f.box = cv::Rect2f(f.box.x * back, f.box.y * back, f.box.width * back, f.box.height * back);
    for (auto& p : f.kps) p *= back;
    for (auto& p : f.landmarks106) p *= back;
  }
  return faces;
}

std::optional<cv::Rect> FrameProcessor::footprint(const face::Face& face, cv::Size frame) const {
  if (options_.poisson_blend || mask_.needs_landmarks()) return std::nullopt;
  if (!face.has_kps) return cv::Rect();
  cv::Rect r;
  const auto* enhancer = models_->enhancer();
  if (!enhance_only(options_)) {
    const process::Swapper& swapper = models_->swapper();
    const int size = swapper.crop_size();
    const cv::Mat m = estimate_alignment(face.kps, face_template_points(swapper.descriptor().face_template, size));
    r = process::crop_region(m, size, frame, 2 + kFootprintMargin);
  }
  if (enhancer && options_.enhancer_blend > 0.f) {
    const cv::Rect e = enhancer->region(face.kps, frame);
    r = r.empty() ? e : (e.empty() ? r : (r | e));
  }
  if (r.empty()) return r;
  const cv::Rect grown(r.x - kFootprintMargin, r.y - kFootprintMargin, r.width + 2 * kFootprintMargin,
                       r.height + 2 * kFootprintMargin);
  return grown & cv::Rect(0, 0, frame.width, frame.height);
}

}  // namespace swapcam::pipeline
