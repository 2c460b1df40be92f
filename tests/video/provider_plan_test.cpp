// The worker plan and hardware decoding follow the provider inference actually loaded on, not the
// one asked for: on this CPU-only ONNX Runtime, `--execution-provider cuda,cpu` must give a CPU plan
// and CPU decoding.
#include <gtest/gtest.h>

#include "pipeline/image_pipeline.h"
#include "pipeline/video_pipeline.h"
#include "runtime/providers.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

TEST(ProviderPlan, UsesGpuOnlyForAProviderTheBuildHas) {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cuda, runtime::Provider::Cpu};
  EXPECT_FALSE(pipeline::uses_gpu(cfg, {"CPUExecutionProvider"})) << "CUDA is not in a CPU build";
  EXPECT_TRUE(pipeline::uses_gpu(cfg, {"CUDAExecutionProvider", "CPUExecutionProvider"}));
  cfg.providers = {runtime::Provider::TensorRt, runtime::Provider::Cuda, runtime::Provider::Cpu};
  EXPECT_TRUE(pipeline::uses_gpu(cfg, {"CUDAExecutionProvider", "CPUExecutionProvider"}))
      << "TensorRT absent, CUDA next";
  cfg.providers = {runtime::Provider::Cpu, runtime::Provider::Cuda};
  EXPECT_FALSE(pipeline::uses_gpu(cfg, {"CUDAExecutionProvider", "CPUExecutionProvider"}));
  cfg.providers = {};
  EXPECT_FALSE(pipeline::uses_gpu(cfg, {"CPUExecutionProvider"}));
  EXPECT_TRUE(pipeline::uses_gpu(cfg, {"CUDAExecutionProvider", "CPUExecutionProvider"}));
}

TEST(ProviderPlan, DecodeFollowsTheLoadedProvider) {
  pipeline::SwapOptions o;
  o.runtime.providers = {runtime::Provider::Cuda, runtime::Provider::Cpu};
  EXPECT_EQ(pipeline::decode_hardware(o), "cuda");
  EXPECT_EQ(pipeline::decode_hardware(o, runtime::Provider::Cpu), "") << "CUDA asked for, the CPU loaded";
  EXPECT_EQ(pipeline::decode_hardware(o, runtime::Provider::Cuda), "cuda");
  o.hardware_decode = "vaapi";
  EXPECT_EQ(pipeline::decode_hardware(o, runtime::Provider::Cpu), "vaapi") << "an explicit device stays";
}

TEST(ProviderPlan, WorkOfAProcessorWhoseCudaFellBackIsPlannedForTheCpu) {
  SWAPCAM_REQUIRE_TESTDATA();
  if (runtime::is_available(runtime::Provider::Cuda)) GTEST_SKIP() << "this ONNX Runtime has CUDA";
  pipeline::SwapOptions o;
  o.sources = {testdata_dir() / "images" / "astronaut.png"};
  o.models.detector = testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  o.models.recognizer = model("recognizer_arcface.onnx");
  o.models.swapper = model("swapper_identity.onnx");
  o.runtime.providers = {runtime::Provider::Cuda, runtime::Provider::Cpu};
  const pipeline::FrameProcessor processor(o);
  const pipeline::VideoFrameWork work = pipeline::frame_processor_work(processor);
  ASSERT_TRUE(work.provider.has_value());
  EXPECT_EQ(*work.provider, runtime::Provider::Cpu);
  EXPECT_FALSE(work.gpu) << "a GPU plan (2 workers) for CPU inference";
  EXPECT_EQ(pipeline::decode_hardware(o, work.provider), "");
}

}  // namespace
}  // namespace swapcam::test
