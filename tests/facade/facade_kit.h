#pragma once
// What the facade tests share: the portrait and a CPU swap of it with the test models.
#include <filesystem>

#include "pipeline/swap_options.h"
#include "test_support.h"

namespace swapcam::test {

inline std::filesystem::path astronaut() { return testdata_dir() / "images" / "astronaut.png"; }

// The real SCRFD-500M, the generated recogniser and identity swapper, one CPU thread.
inline pipeline::SwapOptions cpu_swap_options() {
  pipeline::SwapOptions o;
  o.sources = {astronaut()};
  o.models.detector = testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  o.models.recognizer = model("recognizer_arcface.onnx");
  o.models.swapper = model("swapper_identity.onnx");
  o.runtime.providers = {runtime::Provider::Cpu};
  o.runtime.intra_op_threads = 1;
  return o;
}

}  // namespace swapcam::test
