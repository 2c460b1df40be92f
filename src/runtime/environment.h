#pragma once
// The one ONNX Runtime environment of the process.
#include <string>
#include <string_view>

namespace Ort {
struct Env;
}

namespace swapcam::runtime {

// Created on first use (thread-safe), lives until exit. Provider options need it to exist first: they
// log through ORT's default logger, which the environment registers.
Ort::Env& environment();
// Whether environment() has run in this process (for the ordering test).
bool environment_created();
// "1.29.0"
std::string ort_version();

// An ORT exception message in a user's terms: the source location and C++ signature before
// "[ONNXRuntimeError] : N : CODE :" dropped, line breaks folded, so errors stay one line.
std::string user_message(std::string_view ort_what);

}  // namespace swapcam::runtime
