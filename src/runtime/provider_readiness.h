#pragma once
// Whether a GPU provider of this ONNX Runtime build can be used on this machine, and why not in words
// a user can act on: ORT's own reason names a missing library ("libcudnn.so.9: cannot open shared
// object file"); the hint says what that library belongs to and what to install.
#include <optional>
#include <string>
#include <string_view>

#include "runtime/model.h"

namespace swapcam::runtime {

// What a loader error means for the user: "the NVIDIA driver is not installed (libcuda.so.1)", "the
// CUDA 13 runtime is missing (libcudart.so.13)", cuDNN 9, TensorRT 10, the provider plugins; empty
// when the reason names none of them.
std::string explain_provider_failure(std::string_view reason);

// Appends provider p to a throw-away session configuration; nullopt when that works, else ORT's
// reason (one line) followed by the hint. CPU is always usable.
std::optional<std::string> provider_unusable_reason(Provider p, const RuntimeConfig& cfg);

// The file the ONNX Runtime library was loaded from (empty where the platform cannot say).
std::string ort_library_file();

}  // namespace swapcam::runtime
