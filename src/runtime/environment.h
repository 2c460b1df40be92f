#pragma once
// The one ONNX Runtime environment of the process.
#include <string>

namespace Ort { struct Env; }

namespace swapcam::runtime {

// Created on first use (thread-safe), lives until exit.
Ort::Env& environment();
// "1.29.0"
std::string ort_version();

}  // namespace swapcam::runtime
