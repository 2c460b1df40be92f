#include "runtime/environment.h"

#include <onnxruntime_cxx_api.h>

namespace swapcam::runtime {

Ort::Env& environment() {
  // One environment per process (ORT's own requirement); created on first use, thread-safe.
  static Ort::Env env(ORT_LOGGING_LEVEL_ERROR, "swapcam");
  return env;
}

std::string ort_version() { return Ort::GetVersionString(); }

}  // namespace swapcam::runtime
