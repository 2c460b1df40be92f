// The only test of its binary: it needs a process whose Ort::Env does not exist yet.
#include <iostream>
#include <string>

#include <gtest/gtest.h>
#include <onnxruntime_cxx_api.h>

#include "runtime/environment.h"
#include "runtime/provider_options.h"

namespace swapcam::runtime {
namespace {

// GPU builds of ORT throw "Attempt to use DefaultLogger but none has been registered" when CUDA or
// TensorRT options are built before the environment (run this binary on that core to see it); the
// CPU build does not, so the order is checked too.
TEST(FreshProcess, ProviderOptionsAreBuiltOnlyOnceTheEnvironmentExists) {
  ASSERT_FALSE(environment_created()) << "something in this binary created the environment before the test";
  Ort::SessionOptions so;
  RuntimeConfig cfg;
  try {
    append_providers(so, providers_to_append(Provider::Cuda, cfg, Precision::Fp16));
  } catch (const Ort::Exception& e) {
    // Expected without the GPU plugins; the reason must be theirs, not the missing logger.
    EXPECT_EQ(std::string(e.what()).find("DefaultLogger"), std::string::npos) << e.what();
    std::cout << "append failed as expected: " << e.what() << "\n";
  }
  EXPECT_TRUE(environment_created());
}

}  // namespace
}  // namespace swapcam::runtime
