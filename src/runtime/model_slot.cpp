#include "runtime/model_slot.h"

#include "core/log.h"
#include "runtime/precision.h"

namespace swapcam::runtime {

ModelSlot::ModelSlot(ModelSpec spec, RuntimeConfig cfg)
    : spec_(std::move(spec)), cfg_(std::move(cfg)), slot_([this] { return load_with(cfg_); }) {}

std::unique_ptr<Model> ModelSlot::load_with(const RuntimeConfig& cfg) const { return Model::load(spec_, cfg); }

bool ModelSlot::demote_to_fp32(const std::string& reason) {
  if (demoted_.exchange(true)) return false;
  const std::string role = spec_.role.empty() ? "model" : spec_.role;
  if (const Model* m = slot_.peek(); m && m->fp16_by_provider())
    log::warn("{}: {} fp16 kernels (built from the fp32 file '{}') produced {}; reloading with fp16 off (fp32)", role,
              short_name(m->provider()), m->path().filename().string(), reason);
  else log::warn("{}: fp16 inference produced {}; switching to fp32", role, reason);
  const RuntimeConfig fp32 = fp32_config(cfg_);
  slot_.reset([this, fp32] { return load_with(fp32); });
  return true;
}

}  // namespace swapcam::runtime
