#include "runtime/environment.h"

#include <atomic>

#include <onnxruntime_cxx_api.h>

namespace swapcam::runtime {

namespace {
std::atomic<bool> g_created{false};
}

Ort::Env& environment() {
  // One environment per process (ORT's own requirement); created on first use, thread-safe.
  static Ort::Env env(ORT_LOGGING_LEVEL_ERROR, "swapcam");
  g_created.store(true, std::memory_order_release);
  return env;
}

bool environment_created() { return g_created.load(std::memory_order_acquire); }

std::string ort_version() { return Ort::GetVersionString(); }

}  // namespace swapcam::runtime
