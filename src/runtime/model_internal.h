#pragma once
// Shared by model.cpp and bound_run.cpp (internal to the runtime layer).
#include <cstdint>
#include <string>
#include <vector>

#include <onnxruntime_cxx_api.h>

#include "runtime/model.h"

namespace swapcam::runtime::detail {

// Threads and tuning for a session (no provider, no caches, no profiling).
Ort::SessionOptions session_options(const RuntimeConfig& cfg);
// Declared dims must match where they are fixed; dynamic ones (negative) take any size.
bool shape_fits(const std::vector<int64_t>& declared, const std::vector<int64_t>& given);
std::string shape_text(const std::vector<int64_t>& s);

}  // namespace swapcam::runtime::detail
