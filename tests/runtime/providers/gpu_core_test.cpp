// Against ONNX Runtime's GPU core without a GPU (.ci/gpu-core sets SWAPCAM_EXPECT_GPU_CORE=1 and puts
// the core from scripts/bootstrap-onnxruntime.sh --gpu first on LD_LIBRARY_PATH): CUDA is in the
// build, cannot run here, and every model role must say so with the real reason and load on the CPU.
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "runtime/provider_readiness.h"
#include "runtime/providers.h"
#include "test_support.h"

namespace swapcam::runtime {
namespace {

bool expect_gpu_core() {
  const char* v = std::getenv("SWAPCAM_EXPECT_GPU_CORE");
  return v && std::string(v) == "1";
}

#define SWAPCAM_REQUIRE_GPU_CORE()                                                                      \
  do {                                                                                                  \
    if (!expect_gpu_core())                                                                             \
      GTEST_SKIP() << "SWAPCAM_EXPECT_GPU_CORE=1 is not set: .ci/gpu-core runs this against ONNX "      \
                      "Runtime's GPU core (scripts/bootstrap-onnxruntime.sh --gpu on LD_LIBRARY_PATH)"; \
  } while (0)

TEST(GpuCore, TheGpuCoreIsTheLibraryLoaded) {
  SWAPCAM_REQUIRE_GPU_CORE();
  EXPECT_TRUE(is_available(Provider::Cuda)) << "loaded: " << ort_library_file();
  EXPECT_TRUE(is_available(Provider::TensorRt)) << "loaded: " << ort_library_file();
  // Without a GPU, CUDA is in the build but not usable, and the reason says what is missing.
  const auto why = provider_unusable_reason(Provider::Cuda, {});
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(explain_provider_failure(*why), "") << *why;
}

// One model per role, as doctor --load loads them (each role's own slot and spec).
struct Role {
  const char* name;    // doctor's role name, the prefix of its log lines
  const char* option;  // the CLI option that names its file
  const char* file;    // a generated test model
};
constexpr Role kRoles[] = {
    {"detector", "--detector-model", "det_scrfd_nobatch.onnx"},
    {"recognizer", "--recognizer-model", "recognizer_arcface.onnx"},
    {"landmarks", "--landmark-model", "landmarks_106.onnx"},
    {"swapper", "--swapper-model", "swapper_identity.onnx"},
    {"enhancer", "--enhancer-model", "enhancer_identity_512.onnx"},
    {"nsfw_1", "--nsfw-model", "nsfw_1_no.onnx"},
    {"nsfw_2", "--nsfw-model", "nsfw_2_no.onnx"},
    {"nsfw_3", "--nsfw-model", "nsfw_3_no.onnx"},
};

// The log line "<role>: execution provider <p> failed for '<file>': <reason>", or "".
std::string failure_line(const std::string& output, const std::string& role, const std::string& provider) {
  const std::string key = role + ": execution provider " + provider + " failed for '";
  const size_t at = output.find(key);
  if (at == std::string::npos) return {};
  return output.substr(at, output.find('\n', at) - at);
}

TEST(GpuCore, EveryModelRoleFallsBackLoudlyWithTheRealReason) {
  SWAPCAM_REQUIRE_GPU_CORE();
  test::TempDir empty_models;
  std::string cmd = "'" + test::cli_path().string() +
                    "' doctor --json --load --execution-provider cuda,cpu --models-dir '" +
                    empty_models.path().string() + "'";
  for (const Role& r : kRoles) cmd += std::string(" ") + r.option + " '" + test::model(r.file).string() + "'";
  const auto result = test::run_command(cmd);
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const auto j = nlohmann::json::parse(result.output.substr(result.output.find('{')));
  const auto available = j["available_providers"].get<std::vector<std::string>>();
  ASSERT_NE(std::find(available.begin(), available.end(), "CUDAExecutionProvider"), available.end())
      << "the GPU core is not the library loaded: " << j["onnxruntime_library"];

  for (const Role& r : kRoles) {
    SCOPED_TRACE(r.name);
    const nlohmann::json* role = nullptr;
    for (const auto& x : j["roles"])
      if (x["role"] == r.name) role = &x;
    ASSERT_NE(role, nullptr) << result.output;
    EXPECT_EQ((*role)["provider"], "cpu") << role->dump();
    // Loudly: a warning that CUDA failed for this file, with ORT's reason and what it means...
    const std::string line = failure_line(result.output, r.name, "cuda");
    ASSERT_FALSE(line.empty()) << result.output;
    EXPECT_NE(line.find(r.file), std::string::npos) << line;
    EXPECT_NE(explain_provider_failure(line), "") << "no reason a user can act on: " << line;
    // ...not the missing-logger error of options built before the environment...
    EXPECT_EQ(line.find("DefaultLogger"), std::string::npos) << line;
    // ...and which provider is used instead.
    EXPECT_NE(result.output.find(std::string(r.name) + ": using execution provider cpu"), std::string::npos)
        << result.output;
  }
}

}  // namespace
}  // namespace swapcam::runtime
