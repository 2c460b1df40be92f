// The model slot's fast path (one acquire load) against taking a mutex on every call, 1-8 threads.
// This is what every frame of every worker pays to reach a shared model.
#include <mutex>

#include <benchmark/benchmark.h>

#include "core/lazy_slot.h"

namespace {

struct Model {
  int value = 1;
};

swapcam::LazySlot<Model>& shared_slot() {
  static swapcam::LazySlot<Model> slot([] { return std::make_unique<Model>(); });
  return slot;
}

// The naive alternative: a mutex around a lazily created value.
struct MutexSlot {
  std::mutex mutex;
  std::unique_ptr<Model> value;
  const Model& get() {
    std::lock_guard lock(mutex);
    if (!value) value = std::make_unique<Model>();
    return *value;
  }
};
MutexSlot& mutex_slot() {
  static MutexSlot slot;
  return slot;
}

void BM_LazySlotFastPath(benchmark::State& state) {
  auto& slot = shared_slot();
  slot.get();
  for (auto _ : state) benchmark::DoNotOptimize(slot.get().value);
}

void BM_MutexEveryCall(benchmark::State& state) {
  auto& slot = mutex_slot();
  for (auto _ : state) benchmark::DoNotOptimize(slot.get().value);
}

BENCHMARK(BM_LazySlotFastPath)->ThreadRange(1, 8)->UseRealTime();
BENCHMARK(BM_MutexEveryCall)->ThreadRange(1, 8)->UseRealTime();

}  // namespace
