// Precision decided at load: auto on pre-Volta GPUs, and TensorRT's fp16 from an fp32 file, which the
// NaN/Inf guard must see and its reload must turn off.
#include "runtime/precision.h"

#include <gtest/gtest.h>

#include "runtime/provider_options.h"

namespace swapcam::runtime {
namespace {

TEST(AutoPrecision, Fp32OnGpusBeforeVoltaWithTheReason) {
  for (Provider p : {Provider::Cuda, Provider::TensorRt}) {
    for (ComputeCapability old : {ComputeCapability{6, 1}, ComputeCapability{5, 2}, ComputeCapability{3, 7}}) {
      const auto c = resolve_precision_for_device(Precision::Auto, p, old, 1);
      EXPECT_EQ(c.precision, Precision::Fp32) << old.major << "." << old.minor;
      EXPECT_NE(c.reason.find("GPU 1"), std::string::npos) << c.reason;
      EXPECT_NE(c.reason.find(std::to_string(old.major) + "." + std::to_string(old.minor)), std::string::npos)
          << c.reason;
    }
    for (ComputeCapability tensor_cores : {ComputeCapability{7, 0}, ComputeCapability{7, 5}, ComputeCapability{9, 0}}) {
      const auto c = resolve_precision_for_device(Precision::Auto, p, tensor_cores);
      EXPECT_EQ(c.precision, Precision::Fp16);
      EXPECT_EQ(c.reason, "");
    }
    // Unknown (no driver to ask): as before, fp16 under the NaN guard.
    EXPECT_EQ(resolve_precision_for_device(Precision::Auto, p, std::nullopt).precision, Precision::Fp16);
  }
}

TEST(AutoPrecision, ExplicitRequestsAndOtherProvidersAreKept) {
  const ComputeCapability pascal{6, 1};
  EXPECT_EQ(resolve_precision_for_device(Precision::Fp16, Provider::Cuda, pascal).precision, Precision::Fp16);
  EXPECT_EQ(resolve_precision_for_device(Precision::Fp32, Provider::Cuda, ComputeCapability{9, 0}).precision,
            Precision::Fp32);
  EXPECT_EQ(resolve_precision_for_device(Precision::Auto, Provider::Cpu, pascal).precision, Precision::Fp32);
  EXPECT_EQ(resolve_precision_for_device(Precision::Auto, Provider::CoreMl, pascal).precision, Precision::Fp16);
}

TEST(PrecisionPlan, TensorRtFp16FromTheFp32FileIsReportedAsFp16) {
  // No fp16 file: TensorRT builds fp16 kernels itself; the model reports Fp16, so the guard watches it.
  const auto trt = plan_precision(Precision::Fp16, Precision::Auto, Provider::TensorRt, true, false);
  EXPECT_FALSE(trt.fp16_file);
  EXPECT_TRUE(trt.provider_fp16);
  EXPECT_EQ(trt.precision, Precision::Fp16);
  // Asked for: every role, variant or not.
  EXPECT_TRUE(plan_precision(Precision::Fp16, Precision::Fp16, Provider::TensorRt, false, false).provider_fp16);
  // Auto on a role without an fp16 variant (no guard: the detector, the recogniser): fp32.
  EXPECT_EQ(plan_precision(Precision::Fp16, Precision::Auto, Provider::TensorRt, false, false).precision,
            Precision::Fp32);
  // CUDA has no such flag: no fp16 file, fp32.
  const auto cuda = plan_precision(Precision::Fp16, Precision::Auto, Provider::Cuda, true, false);
  EXPECT_FALSE(cuda.provider_fp16);
  EXPECT_EQ(cuda.precision, Precision::Fp32);
  // With the file: the file (and TensorRT's flag with it).
  const auto file = plan_precision(Precision::Fp16, Precision::Auto, Provider::TensorRt, true, true);
  EXPECT_TRUE(file.fp16_file);
  EXPECT_EQ(file.precision, Precision::Fp16);
  EXPECT_TRUE(plan_precision(Precision::Fp16, Precision::Auto, Provider::Cuda, true, true).fp16_file);
}

TEST(PrecisionPlan, TheGuardsReloadTurnsTensorRtFp16Off) {
  RuntimeConfig cfg;
  cfg.precision = Precision::Fp16;
  cfg.options.cache_root = "/nonexistent-cache-root";
  const auto before = plan_precision(resolve_precision(cfg.precision, Provider::TensorRt), cfg.precision,
                                     Provider::TensorRt, true, false);
  ASSERT_EQ(before.precision, Precision::Fp16);
  EXPECT_EQ(*find_option(provider_option_map(Provider::TensorRt, cfg, before.precision), "trt_fp16_enable"), "1");

  const RuntimeConfig demoted = fp32_config(cfg);
  EXPECT_EQ(demoted.precision, Precision::Fp32);
  const auto after = plan_precision(resolve_precision(demoted.precision, Provider::TensorRt), demoted.precision,
                                    Provider::TensorRt, true, false);
  EXPECT_FALSE(after.provider_fp16);
  EXPECT_FALSE(after.fp16_file);
  EXPECT_EQ(after.precision, Precision::Fp32);
  EXPECT_EQ(*find_option(provider_option_map(Provider::TensorRt, demoted, after.precision), "trt_fp16_enable"), "0");
  // Everything else the user chose survives the reload.
  EXPECT_EQ(demoted.options.cache_root, cfg.options.cache_root);
}

TEST(GpuInfo, WithoutADriverTheCapabilityIsUnknownAndSaysWhy) {
  std::string why;
  const auto cc = cuda_compute_capability(0, &why);
  if (cc) GTEST_SKIP() << "this machine has a CUDA device: " << cc->major << "." << cc->minor;
  EXPECT_FALSE(why.empty());
}

}  // namespace
}  // namespace swapcam::runtime
