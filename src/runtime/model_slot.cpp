#include "runtime/model_slot.h"

#include "core/log.h"

namespace swapcam::runtime {

ModelSlot::ModelSlot(ModelSpec spec, RuntimeConfig cfg)
    : spec_(std::move(spec)), cfg_(std::move(cfg)), slot_([this] { return load_with(cfg_); }) {}

std::unique_ptr<Model> ModelSlot::load_with(const RuntimeConfig& cfg) const { return Model::load(spec_, cfg); }

bool ModelSlot::demote_to_fp32(const std::string& reason) {
  if (demoted_.exchange(true)) return false;
  log::warn("{}: fp16 inference produced {}; switching to fp32", spec_.role.empty() ? "model" : spec_.role, reason);
  RuntimeConfig fp32 = cfg_;
  fp32.precision = Precision::Fp32;
  slot_.reset([this, fp32] { return load_with(fp32); });
  return true;
}

}  // namespace swapcam::runtime
