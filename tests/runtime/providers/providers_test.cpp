#include "runtime/providers.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "runtime/environment.h"
#include "runtime/provider_readiness.h"
#include "runtime/model.h"

namespace swapcam::runtime {
namespace {

TEST(Providers, ParsesShortAndOrtNames) {
  EXPECT_EQ(parse_provider("cpu"), Provider::Cpu);
  EXPECT_EQ(parse_provider("CUDA"), Provider::Cuda);
  EXPECT_EQ(parse_provider("TensorrtExecutionProvider"), Provider::TensorRt);
  EXPECT_EQ(parse_provider("dml"), Provider::DirectMl);
  for (Provider p :
       {Provider::Cpu, Provider::Cuda, Provider::TensorRt, Provider::CoreMl, Provider::DirectMl, Provider::OpenVino}) {
    EXPECT_EQ(parse_provider(short_name(p)), p);
    EXPECT_EQ(parse_provider(ort_name(p)), p);
  }
}

TEST(Providers, ParsesListsInOrderWithoutDuplicates) {
  auto list = parse_provider_list(" cuda, cpu ,cuda");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0], Provider::Cuda);
  EXPECT_EQ(list[1], Provider::Cpu);
}

TEST(Providers, UnknownOrEmptyIsAUsageError) {
  try {
    parse_provider_list("cpu,gpu");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("'gpu'"), std::string::npos);
  }
  EXPECT_THROW(parse_provider_list(" , "), Error);
}

TEST(Providers, RocmIsRejectedNamingMigraphx) {
  // ORT 1.29 has no ROCm provider: asking for it must say why, not fail later in a session.
  for (const char* name : {"rocm", "ROCMExecutionProvider"}) {
    try {
      parse_provider(name);
      FAIL() << name << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Usage);
      EXPECT_NE(std::string(e.what()).find("MIGraphX"), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW(parse_provider_list("rocm,cpu"), Error);
}

TEST(Providers, CpuIsAvailableAndLastInTheDefaultOrder) {
  EXPECT_TRUE(is_available(Provider::Cpu));
  auto order = default_provider_order();
  ASSERT_FALSE(order.empty());
  EXPECT_EQ(order.back(), Provider::Cpu);
  EXPECT_FALSE(ort_version().empty());
}

TEST(Precision, Fp16OnlyWhereTheProviderRunsItWell) {
  EXPECT_EQ(resolve_precision(Precision::Auto, Provider::Cpu), Precision::Fp32);
  EXPECT_EQ(resolve_precision(Precision::Auto, Provider::Cuda), Precision::Fp16);
  EXPECT_EQ(resolve_precision(Precision::Auto, Provider::TensorRt), Precision::Fp16);
  EXPECT_EQ(resolve_precision(Precision::Auto, Provider::CoreMl), Precision::Fp16);
  EXPECT_EQ(resolve_precision(Precision::Auto, Provider::DirectMl), Precision::Fp16);
  EXPECT_EQ(resolve_precision(Precision::Auto, Provider::OpenVino), Precision::Fp32);
  EXPECT_EQ(resolve_precision(Precision::Fp16, Provider::Cpu), Precision::Fp16);
  EXPECT_EQ(resolve_precision(Precision::Fp32, Provider::Cuda), Precision::Fp32);
  EXPECT_EQ(parse_precision("fp16"), Precision::Fp16);
  EXPECT_THROW(parse_precision("int8"), Error);
}

}  // namespace
}  // namespace swapcam::runtime

namespace swapcam::runtime {
namespace {

TEST(OrtMessages, SourceLocationsAndLineBreaksAreDropped) {
  const std::string raw =
      "/onnxruntime_src/onnxruntime/core/session/provider_bridge_ort.cc:1988 onnxruntime::Provider& "
      "onnxruntime::ProviderLibrary::Get() [ONNXRuntimeError] : 1 : FAIL : Failed to load library "
      "libonnxruntime_providers_shared.so with error: cannot open shared object file\n\n";
  EXPECT_EQ(user_message(raw),
            "Failed to load library libonnxruntime_providers_shared.so with error: cannot open shared object file");
  EXPECT_EQ(user_message("plain reason"), "plain reason");
  EXPECT_EQ(user_message("two\nlines"), "two lines");
}

}  // namespace
}  // namespace swapcam::runtime

namespace swapcam::runtime {
namespace {

TEST(ProviderTraits, CompilingProvidersAndSerialRuns) {
  for (Provider p : {Provider::TensorRt, Provider::CoreMl, Provider::DirectMl}) EXPECT_TRUE(compiles_graph(p));
  for (Provider p : {Provider::Cpu, Provider::Cuda, Provider::OpenVino}) EXPECT_FALSE(compiles_graph(p));
  EXPECT_FALSE(allows_concurrent_runs(Provider::DirectMl));
  for (Provider p : {Provider::Cpu, Provider::Cuda, Provider::TensorRt, Provider::CoreMl})
    EXPECT_TRUE(allows_concurrent_runs(p));
}

}  // namespace
}  // namespace swapcam::runtime

namespace swapcam::runtime {
namespace {

TEST(ProviderOrder, TheGpuCoreDefaultsToCudaNotTensorRt) {
  const std::vector<std::string> gpu_core{"TensorrtExecutionProvider", "CUDAExecutionProvider",
                                          "WebGpuExecutionProvider", "CPUExecutionProvider"};
  EXPECT_EQ(default_provider_order(gpu_core), (std::vector<Provider>{Provider::Cuda, Provider::Cpu}));
  EXPECT_EQ(default_provider_order(std::vector<std::string>{"CPUExecutionProvider"}),
            std::vector<Provider>{Provider::Cpu});
  EXPECT_EQ(default_provider_order(std::vector<std::string>{"CoreMLExecutionProvider", "CPUExecutionProvider"}),
            (std::vector<Provider>{Provider::CoreMl, Provider::Cpu}));
}

TEST(ProviderFailures, LoaderErrorsGetAHintAUserCanActOn) {
  EXPECT_NE(
      explain_provider_failure("Failed to load library libonnxruntime_providers_cuda.so with error: libcuda.so.1: "
                               "cannot open shared object file: No such file or directory")
          .find("NVIDIA driver"),
      std::string::npos);
  EXPECT_NE(explain_provider_failure("... with error: libcudnn.so.9: cannot open shared object file").find("cuDNN 9"),
            std::string::npos);
  EXPECT_NE(
      explain_provider_failure("... libonnxruntime_providers_tensorrt.so with error: libnvinfer.so.10: cannot open "
                               "shared object file")
          .find("TensorRT 10"),
      std::string::npos);
  EXPECT_NE(explain_provider_failure("with error: libcudart.so.13: cannot open shared object file").find("CUDA 13"),
            std::string::npos);
  EXPECT_EQ(explain_provider_failure("some other failure"), "");
  EXPECT_EQ(provider_unusable_reason(Provider::Cpu, {}), std::nullopt);
}

TEST(ProviderFailures, TheLoadedLibraryIsNamed) {
  EXPECT_NE(ort_library_file().find("libonnxruntime"), std::string::npos) << ort_library_file();
}

}  // namespace
}  // namespace swapcam::runtime
