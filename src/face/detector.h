#pragma once
// SCRFD face detector (models.md, "Detector: SCRFD"). Preprocessing, decoding and NMS are free
// functions so they can be tested (and fuzzed) on hand-built tensors without a model.
#include <span>
#include <vector>

#include <opencv2/core.hpp>

#include "face/face.h"
#include "runtime/model_slot.h"
#include "runtime/tensor.h"

namespace swapcam::face {

// Bounds that keep one frame's detection finite (docs/RELIABILITY.md, "Bounded work"): the largest
// network input side accepted (a model declaring a bigger fixed input is refused at load), the
// candidates that enter NMS (the best-scoring ones; NMS is quadratic in what it keeps) and the faces
// kept per frame.
inline constexpr int kMaxDetectorSide = 4096;
inline constexpr size_t kMaxNmsCandidates = 5000;
inline constexpr size_t kMaxFacesPerFrame = 1000;

struct DetectorOptions {
  int det_width = 640;  // network input size; multiples of 32 (the largest stride)
  int det_height = 640;
  float score_threshold = 0.5f;
  float nms_threshold = 0.4f;
  int max_faces = 0;  // 0: no limit; else the best-scoring max_faces after NMS
};

// Where the frame lands in the letterboxed network input (top-left anchored, aspect kept).
struct Letterbox {
  int width = 0, height = 0;  // size of the resized frame inside the canvas
  float scale = 1.f;          // det_scale: network pixels per frame pixel
};
Letterbox letterbox_geometry(int frame_width, int frame_height, int det_width, int det_height);

// Writes the NCHW RGB blob (x-127.5)/128 of a BGR 8-bit frame letterboxed to det_width x det_height.
// `blob` is resized to 3*det_height*det_width. The frame is resized once (skipped when it already
// has the letterbox size) and the pixels are written straight into the blob's planes.
Letterbox make_detector_blob(const cv::Mat& bgr, int det_width, int det_height, std::vector<float>& blob);

struct ScrfdDecodeParams {
  int input_width = 640;  // network input size the outputs belong to
  int input_height = 640;
  float score_threshold = 0.5f;
  float det_scale = 1.f;  // boxes and keypoints are divided by this (back to frame pixels)
};

// Decodes SCRFD outputs given by index: scores s8,s16,s32, boxes s8,s16,s32[, keypoints s8,s16,s32].
// Each tensor is [N,C] or [1,N,C] with N = (H/s)*(W/s)*anchors. Returns every candidate with
// score >= threshold in frame coordinates, not yet sorted or suppressed. Throws Error(InvalidData)
// for a wrong number of outputs or inconsistent shapes; never reads outside a tensor.
Faces decode_scrfd(std::span<const runtime::Tensor> outputs, const ScrfdDecodeParams& params);

// Intersection over union with insightface's +1 pixel area convention.
float iou_plus1(const cv::Rect2f& a, const cv::Rect2f& b);

// Greedy NMS: sorts by score (descending, stable) and drops every face whose IoU (+1 convention)
// with an already kept face exceeds iou_threshold. Returns the kept faces, best first. Only the
// max_candidates best-scoring faces are considered (ties: the earlier one) and at most max_kept are
// returned; *capped (if given) says whether either bound dropped a face that would have been kept.
Faces non_max_suppression(Faces faces, float iou_threshold, size_t max_candidates = kMaxNmsCandidates,
                          size_t max_kept = kMaxFacesPerFrame, bool* capped = nullptr);

// Refuses (Error(InvalidData), naming the file) a detector whose first input is not [N,3,H,W] or
// declares a fixed side above kMaxDetectorSide. Run at load, before the warm-up.
void validate_detector_model(const runtime::Model& model);

// The detector on a lazily loaded model slot. detect() is const and safe to call from many threads.
class Detector {
 public:
  Detector(runtime::ModelSpec spec, runtime::RuntimeConfig cfg, DetectorOptions options = {});

  // Faces of a BGR 8-bit frame (CV_8UC3; CV_8UC1/CV_8UC4 are converted), best score first.
  Faces detect(const cv::Mat& bgr) const;

  // Runs the network on an already built blob (input size det_width x det_height) and returns
  // the decoded, suppressed faces in network coordinates divided by det_scale.
  Faces detect_blob(std::span<const float> blob, int det_width, int det_height, float det_scale) const;

  const DetectorOptions& options() const { return options_; }
  runtime::ModelSlot& slot() const { return slot_; }

 private:
  DetectorOptions options_;
  mutable runtime::ModelSlot slot_;
};

}  // namespace swapcam::face
