#pragma once
// The occlusion mask (docs/MODELS.md, "Face masks"): XSeg models (DeepFaceLab, as FaceFusion publishes
// them) say which crop pixels are face and which are covered (a hand, hair, a microphone), so that what
// covers the target's face stays in front of the swap.
#include <filesystem>
#include <memory>
#include <vector>

#include <opencv2/core.hpp>

#include "runtime/model_slot.h"

namespace swapcam::process {

// Refuses (Error(InvalidData) naming the file) a model that is not NHWC [1,S,S,3] in, S*S values out.
void validate_occluder_model(const runtime::Model& model);

class Occluder {
 public:
  // One file (xseg_1, xseg_2 or xseg_3), or three (`many`: the minimum of their masks).
  Occluder(const std::vector<std::filesystem::path>& files, const runtime::RuntimeConfig& cfg);

  // The mask of an 8-bit BGR square crop of any size, at the crop's size, CV_32F in [0,1] (1: the
  // face is visible): each model's raw mask (input resized to its side, BGR / 255, NHWC), their
  // minimum, then refine_mask. Safe to call from many threads at once.
  cv::Mat mask(const cv::Mat& crop) const;
  // The models' minimum before refine_mask, at the models' side.
  cv::Mat raw_mask(const cv::Mat& crop) const;

 private:
  std::vector<std::unique_ptr<runtime::ModelSlot>> slots_;
};

}  // namespace swapcam::process
