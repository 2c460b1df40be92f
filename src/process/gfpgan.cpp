// GFPGAN (v1.4 at 512, and the 1024 export): FFHQ template; the input size is read from the model.
#include "process/enhancer.h"

namespace swapcam::process {

namespace {

class Gfpgan final : public AlignedEnhancer {
 public:
  Gfpgan(runtime::ModelSpec spec, runtime::RuntimeConfig cfg) : AlignedEnhancer("gfpgan", std::move(spec), std::move(cfg), 512) {}

 protected:
  Landmarks5 face_template(int size) const override { return ffhq_template(size); }
};

}  // namespace

std::unique_ptr<FaceEnhancer> make_gfpgan(runtime::ModelSpec spec, runtime::RuntimeConfig cfg) {
  return std::make_unique<Gfpgan>(std::move(spec), std::move(cfg));
}

}  // namespace swapcam::process
