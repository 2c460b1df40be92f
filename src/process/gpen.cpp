// GPEN-BFR at 256 and 512: the GPEN template (normalised, times the size), input size read from the model.
#include "process/enhancer.h"

namespace swapcam::process {

namespace {

class Gpen final : public AlignedEnhancer {
 public:
  Gpen(std::string name, runtime::ModelSpec spec, runtime::RuntimeConfig cfg, int size)
      : AlignedEnhancer(std::move(name), std::move(spec), std::move(cfg), size) {}

 protected:
  Landmarks5 face_template(int size) const override { return gpen_template(size); }
};

}  // namespace

std::unique_ptr<FaceEnhancer> make_gpen256(runtime::ModelSpec spec, runtime::RuntimeConfig cfg) {
  return std::make_unique<Gpen>("gpen256", std::move(spec), std::move(cfg), 256);
}
std::unique_ptr<FaceEnhancer> make_gpen512(runtime::ModelSpec spec, runtime::RuntimeConfig cfg) {
  return std::make_unique<Gpen>("gpen512", std::move(spec), std::move(cfg), 512);
}

}  // namespace swapcam::process
