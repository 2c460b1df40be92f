#pragma once
// ModelSlot: the lazily loaded, shared model of one role (the runtime contract of product.md).
// The first get() loads (provider and precision decided then), concurrent callers wait for that
// single load, later callers take the lock-free fast path of LazySlot. A failed load is remembered
// with its message until reset(). demote_to_fp32() implements the fp16 NaN/Inf fall-back.
#include <atomic>
#include <string>

#include "core/lazy_slot.h"
#include "runtime/model.h"

namespace swapcam::runtime {

class ModelSlot {
 public:
  ModelSlot(ModelSpec spec, RuntimeConfig cfg);

  const Model& get() { return slot_.get(); }
  const Model* peek() const { return slot_.peek(); }
  void reset() { slot_.reset(); }
  std::optional<std::string> failure() const { return slot_.failure(); }
  int load_attempts() const { return slot_.load_attempts(); }
  const ModelSpec& spec() const { return spec_; }

  // Switches this slot to fp32 (once) after an fp16 run produced NaN/Inf; warns with the reason.
  // Returns true if it switched (false when already fp32). Thread-safe; references from earlier
  // get() calls stay valid.
  bool demote_to_fp32(const std::string& reason);

 private:
  std::unique_ptr<Model> load_with(const RuntimeConfig& cfg) const;

  ModelSpec spec_;
  RuntimeConfig cfg_;
  std::atomic<bool> demoted_{false};
  LazySlot<Model> slot_;
};

}  // namespace swapcam::runtime
