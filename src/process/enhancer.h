#pragma once
// Face enhancers (docs/MODELS.md, "Enhancers") behind one interface. Which enhancers exist, and how
// each is fed, is the model registry's (models/registry.cpp): a new one is a line there.
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <opencv2/core.hpp>

#include "core/geometry.h"
#include "models/registry.h"
#include "runtime/model_slot.h"

namespace swapcam::process {

class FaceEnhancer {
 public:
  virtual ~FaceEnhancer() = default;
  virtual std::string_view name() const = 0;
  // The frame region enhance() may change for a face with these five points (clipped to the frame).
  virtual cv::Rect region(const Landmarks5& kps, cv::Size frame_size) const = 0;
  // Enhances one face of an 8-bit BGR frame in place: the enhanced crop is pasted back with a
  // feathered box mask and mixed with the frame by `blend` (0 = unchanged, 1 = fully enhanced).
  // Safe to call from many threads at once.
  virtual void enhance(cv::Mat& frame, const Landmarks5& kps, float blend) const = 0;
};

// Every enhancer so far: align to its descriptor's template at the model's input size, normalise as the
// descriptor says, paste back with a box mask whose linear ramps are 5% of the size. The descriptor
// (models/registry.h) is all that differs between enhancers.
class AlignedEnhancer final : public FaceEnhancer {
 public:
  // `weight`: the value of the descriptor's extra inputs set by --enhancer-weight (CodeFormer's fidelity).
  AlignedEnhancer(const models::ModelDescriptor& model, runtime::ModelSpec spec, runtime::RuntimeConfig cfg,
                  float weight = 0.5f);
  std::string_view name() const override { return model_.name; }
  cv::Rect region(const Landmarks5& kps, cv::Size frame_size) const override;
  void enhance(cv::Mat& frame, const Landmarks5& kps, float blend) const override;

  // The square input size read from the model (the descriptor's when the model leaves it dynamic).
  int input_size() const;
  runtime::ModelSlot& slot() const { return slot_; }

 private:
  int image_input() const;  // index of the image input; checks the extra inputs are there

  const models::ModelDescriptor& model_;
  float weight_;
  mutable runtime::ModelSlot slot_;
};

// The enhancer of a registry name or alias (gfpgan_1.4, gpen256, ...): Error(Usage) listing the names
// when there is none.
std::unique_ptr<FaceEnhancer> make_enhancer(std::string_view name, runtime::ModelSpec spec, runtime::RuntimeConfig cfg,
                                            float weight = 0.5f);

}  // namespace swapcam::process
