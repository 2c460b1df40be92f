#include "runtime/provider_options.h"

#include <cstdlib>
#include <optional>

#include <gtest/gtest.h>

#include "core/error.h"

namespace swapcam::runtime {
namespace {

// Sets (or, with nullptr, unsets) an environment variable for one test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::string option(const OptionList& options, std::string_view key) {
  const std::string* v = find_option(options, key);
  return v ? *v : "<absent>";
}

TEST(ProviderOptions, CoreMlComputeUnitsDefaultToAllAndTakeOnlyOrtsValues) {
  RuntimeConfig cfg;
  EXPECT_EQ(option(provider_option_map(Provider::CoreMl, cfg, Precision::Fp16), "MLComputeUnits"), "ALL");
  for (std::string_view units : kCoreMlComputeUnits) {
    cfg.options.coreml_compute_units = std::string(units);
    EXPECT_EQ(option(provider_option_map(Provider::CoreMl, cfg, Precision::Fp16), "MLComputeUnits"), units);
  }
  cfg.options.coreml_compute_units = "MLComputeUnitsAll";  // the old spelling, which ORT rejects
  try {
    provider_option_map(Provider::CoreMl, cfg, Precision::Fp16);
    FAIL() << "MLComputeUnitsAll was passed on";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("CPUAndNeuralEngine"), std::string::npos) << e.what();
  }
}

TEST(ProviderOptions, TensorRtFp16FollowsTheResolvedPrecision) {
  RuntimeConfig cfg;
  EXPECT_EQ(option(provider_option_map(Provider::TensorRt, cfg, Precision::Fp32), "trt_fp16_enable"), "0");
  EXPECT_EQ(option(provider_option_map(Provider::TensorRt, cfg, Precision::Fp16), "trt_fp16_enable"), "1");
}

TEST(ProviderOptions, DefaultCacheRootIsPerUser) {
  EXPECT_EQ(default_cache_root("/x/cache", "/home/u"), std::filesystem::path("/x/cache/swapcam"));
  EXPECT_EQ(default_cache_root(nullptr, "/home/u"), std::filesystem::path("/home/u/.cache/swapcam"));
  EXPECT_EQ(default_cache_root("", "/home/u"), std::filesystem::path("/home/u/.cache/swapcam"));
  EXPECT_EQ(default_cache_root("relative/cache", "/home/u"), std::filesystem::path("/home/u/.cache/swapcam"))
      << "XDG ignores relative paths";
  EXPECT_TRUE(default_cache_root(nullptr, nullptr).empty());
  EXPECT_TRUE(default_cache_root("", "").empty());
}

TEST(ProviderOptions, TensorRtCachesGoToTheUsersCacheNotTmp) {
  ScopedEnv xdg("XDG_CACHE_HOME", "/xdg/cache");
  RuntimeConfig cfg;
  auto opts = provider_option_map(Provider::TensorRt, cfg, Precision::Fp16);
  EXPECT_EQ(option(opts, "trt_engine_cache_enable"), "1");
  EXPECT_EQ(option(opts, "trt_engine_cache_path"), "/xdg/cache/swapcam/tensorrt");
  EXPECT_EQ(option(opts, "trt_timing_cache_path"), "/xdg/cache/swapcam/tensorrt");
  {
    ScopedEnv no_xdg("XDG_CACHE_HOME", nullptr);
    ScopedEnv home("HOME", "/home/someone");
    opts = provider_option_map(Provider::TensorRt, cfg, Precision::Fp16);
    EXPECT_EQ(option(opts, "trt_engine_cache_path"), "/home/someone/.cache/swapcam/tensorrt");
  }
  cfg.options.cache_root = "/configured/root";
  EXPECT_EQ(option(provider_option_map(Provider::TensorRt, cfg, Precision::Fp16), "trt_engine_cache_path"),
            "/configured/root/tensorrt");
  cfg.options.tensorrt_engine_cache = "/configured/engines";
  EXPECT_EQ(option(provider_option_map(Provider::TensorRt, cfg, Precision::Fp16), "trt_engine_cache_path"),
            "/configured/engines");
}

TEST(ProviderOptions, WithoutAHomeTheCachesAreOffRatherThanShared) {
  ScopedEnv no_xdg("XDG_CACHE_HOME", nullptr);
  ScopedEnv no_home("HOME", nullptr);
  RuntimeConfig cfg;
  const auto trt = provider_option_map(Provider::TensorRt, cfg, Precision::Fp16);
  EXPECT_EQ(option(trt, "trt_engine_cache_enable"), "0");
  EXPECT_EQ(option(trt, "trt_timing_cache_enable"), "0");
  EXPECT_EQ(find_option(trt, "trt_engine_cache_path"), nullptr);
  EXPECT_EQ(find_option(provider_option_map(Provider::CoreMl, cfg, Precision::Fp16), "ModelCacheDirectory"), nullptr);
}

TEST(ProviderOptions, TensorRtSessionsHaveCudaBehindThem) {
  RuntimeConfig cfg;
  cfg.options.cuda_device_id = 1;
  cfg.tuning.cuda_graph = true;
  const auto appends = providers_to_append(Provider::TensorRt, cfg, Precision::Fp16);
  ASSERT_EQ(appends.size(), 2u);
  EXPECT_EQ(appends[0].provider, Provider::TensorRt);
  EXPECT_EQ(option(appends[0].options, "trt_cuda_graph_enable"), "1");
  EXPECT_EQ(appends[1].provider, Provider::Cuda);
  EXPECT_EQ(option(appends[1].options, "device_id"), "1") << "the same GPU as TensorRT";
  EXPECT_EQ(option(appends[1].options, "enable_cuda_graph"), "0") << "one provider captures the graph";

  const auto cuda = providers_to_append(Provider::Cuda, cfg, Precision::Fp16);
  ASSERT_EQ(cuda.size(), 1u);
  EXPECT_EQ(option(cuda[0].options, "enable_cuda_graph"), "1");
  const auto cpu = providers_to_append(Provider::Cpu, cfg, Precision::Fp32);
  ASSERT_EQ(cpu.size(), 1u);
  EXPECT_TRUE(cpu[0].options.empty());
}

}  // namespace
}  // namespace swapcam::runtime

namespace swapcam::runtime {
namespace {

TEST(ProviderOptions, TheSharedSessionNeverCapturesACudaGraph) {
  // ORT forbids ordinary runs on a capturing session: only a BoundRun's own session captures.
  RuntimeConfig cfg;
  cfg.tuning.cuda_graph = true;
  cfg.options.cache_root = "/nonexistent-cache-root";
  const auto shared_cuda = providers_to_append(Provider::Cuda, session_config(cfg, false), Precision::Fp32);
  EXPECT_EQ(option(shared_cuda[0].options, "enable_cuda_graph"), "0");
  const auto shared_trt = providers_to_append(Provider::TensorRt, session_config(cfg, false), Precision::Fp32);
  EXPECT_EQ(option(shared_trt[0].options, "trt_cuda_graph_enable"), "0");
  const auto graph_cuda = providers_to_append(Provider::Cuda, session_config(cfg, true), Precision::Fp32);
  EXPECT_EQ(option(graph_cuda[0].options, "enable_cuda_graph"), "1");
  const auto graph_trt = providers_to_append(Provider::TensorRt, session_config(cfg, true), Precision::Fp32);
  EXPECT_EQ(option(graph_trt[0].options, "trt_cuda_graph_enable"), "1");
  // Without the tuning, no session captures.
  EXPECT_FALSE(session_config(RuntimeConfig{}, true).tuning.cuda_graph);
}

}  // namespace
}  // namespace swapcam::runtime
