#pragma once
// The runtime configuration every front end builds the same way: providers in preference order, the
// inference threads and the precision, as the user wrote them.
#include <string>

#include "runtime/model.h"

namespace swapcam::facade {

// The most inference threads one session may ask for (ORT starts that many per session: a typo such
// as 10000 would exhaust a container's limit).
inline constexpr int kMaxExecutionThreads = 256;

struct RuntimeChoice {
  std::string providers;  // "cuda,cpu"; empty or "auto": the best available, CPU last
  int threads = 0;        // 0: ORT's default (one per physical core)
  std::string precision = "auto";
  int device_id = 0;  // the GPU for CUDA/TensorRT/DirectML
};

// Error(Usage) naming the option for an unknown provider or precision, or threads out of range.
runtime::RuntimeConfig make_runtime_config(const RuntimeChoice& c);

}  // namespace swapcam::facade
