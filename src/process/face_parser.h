#pragma once
// The region mask (docs/MODELS.md, "Face masks"): a BiSeNet face parser labels every crop pixel with
// one of 19 classes (skin, eyebrows, eyes, glasses, nose, mouth, lips, hair, background, ...); the swap
// shows only on the classes asked for (--mask-regions).
#include <filesystem>

#include <opencv2/core.hpp>

#include "runtime/model_slot.h"

namespace swapcam::process {

// The parser's class count (CelebAMask-HQ).
inline constexpr int kParserClasses = 19;

// Refuses (Error(InvalidData) naming the file) a model that is not NCHW [1,3,S,S] in, [1,19,H,W] out.
void validate_parser_model(const runtime::Model& model);

class FaceParser {
 public:
  FaceParser(const std::filesystem::path& file, const runtime::RuntimeConfig& cfg);

  // The per-pixel class (argmax of the logits), CV_8U at the model's side, of an 8-bit BGR square
  // crop: resized to the side, RGB, ImageNet mean/std, NCHW.
  cv::Mat classes(const cv::Mat& crop) const;
  // 1 where the class is in `class_bits` (bit c: class c), at the crop's size after refine_mask.
  // Safe to call from many threads at once.
  cv::Mat mask(const cv::Mat& crop, unsigned class_bits) const;

 private:
  mutable runtime::ModelSlot slot_;
};

}  // namespace swapcam::process
