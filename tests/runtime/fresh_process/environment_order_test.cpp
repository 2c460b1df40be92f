// The only test of its binary: it needs a process whose Ort::Env does not exist yet.
#include <gtest/gtest.h>
#include <onnxruntime_cxx_api.h>

#include "runtime/environment.h"
#include "runtime/provider_options.h"

namespace swapcam::runtime {
namespace {

// GPU builds of ORT throw "Attempt to use DefaultLogger but none has been registered" when CUDA or
// TensorRT options are built before the environment; the CPU build does not, so the order is checked.
TEST(FreshProcess, ProviderOptionsAreBuiltOnlyOnceTheEnvironmentExists) {
  ASSERT_FALSE(environment_created()) << "something in this binary created the environment before the test";
  Ort::SessionOptions so;
  RuntimeConfig cfg;
  try {
    append_providers(so, providers_to_append(Provider::Cuda, cfg, Precision::Fp16));
  } catch (const Ort::Exception&) {
    // Expected without the GPU plugins; only the order matters here.
  }
  EXPECT_TRUE(environment_created());
}

}  // namespace
}  // namespace swapcam::runtime
