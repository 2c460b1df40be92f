#pragma once
// Face enhancers (models.md, "Enhancers: GFPGAN, GPEN") behind one interface. Each enhancer is one
// file (gfpgan.cpp, gpen.cpp) with a factory listed in the registry table of enhancer.cpp.
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <opencv2/core.hpp>

#include "core/geometry.h"
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

// The common implementation: align to a template at the model's input size, RGB in [-1,1], output
// (clip(-1,1)+1)/2*255, paste back with a box mask whose linear ramps are 5% of the size.
class AlignedEnhancer : public FaceEnhancer {
 public:
  AlignedEnhancer(std::string name, runtime::ModelSpec spec, runtime::RuntimeConfig cfg, int default_size);
  std::string_view name() const override { return name_; }
  cv::Rect region(const Landmarks5& kps, cv::Size frame_size) const override;
  void enhance(cv::Mat& frame, const Landmarks5& kps, float blend) const override;

  // The square input size read from the model (default_size when the model leaves it dynamic).
  int input_size() const;
  runtime::ModelSlot& slot() const { return slot_; }

 protected:
  // The five-point template of the enhancer at crop size `size`.
  virtual Landmarks5 face_template(int size) const = 0;

 private:
  std::string name_;
  int default_size_;
  mutable runtime::ModelSlot slot_;
};

struct EnhancerInfo {
  std::string_view name;              // as on the command line: gfpgan, gpen256, gpen512
  std::string_view default_model_id;  // models::model_file_name id of its default file
  std::unique_ptr<FaceEnhancer> (*make)(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);
};

// Every registered enhancer, in the order shown to users.
std::span<const EnhancerInfo> enhancer_registry();
// The entry for a name; Error(Usage) listing the known names when unknown.
const EnhancerInfo& find_enhancer(std::string_view name);
// "gfpgan, gpen256, gpen512"
std::string enhancer_names();

// Factories, one per enhancer file.
std::unique_ptr<FaceEnhancer> make_gfpgan(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);
std::unique_ptr<FaceEnhancer> make_gpen256(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);
std::unique_ptr<FaceEnhancer> make_gpen512(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);

}  // namespace swapcam::process
