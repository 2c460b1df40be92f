#pragma once
// The one ONNX Runtime environment of the process.
#include <string>

namespace Ort { struct Env; }

namespace swapcam::runtime {

// Created on first use (thread-safe), lives until exit. Provider options need it to exist first: they
// log through ORT's default logger, which the environment registers.
Ort::Env& environment();
// Whether environment() has run in this process (for the ordering test).
bool environment_created();
// "1.29.0"
std::string ort_version();

}  // namespace swapcam::runtime
