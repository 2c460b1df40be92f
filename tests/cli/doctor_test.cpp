// The command line's contract for doctor, exit codes and usage errors.
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "test_support.h"

namespace swapcam {
namespace {

std::string cli() { return "'" + test::cli_path().string() + "'"; }

nlohmann::json json_of(const std::string& out) {
  // Logs go to stderr (merged here); the JSON document starts at the first '{'.
  return nlohmann::json::parse(out.substr(out.find('{')));
}

TEST(CliDoctor, JsonListsCpuProviderAndOrtVersion) {
  test::TempDir models;
  auto r = test::run_command(cli() + " doctor --json --models-dir '" + models.path().string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto j = json_of(r.output);
  EXPECT_FALSE(j["onnxruntime_version"].get<std::string>().empty());
  auto providers = j["available_providers"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(providers.begin(), providers.end(), "CPUExecutionProvider"), providers.end());
  ASSERT_TRUE(j["roles"].is_array());
  for (const auto& role : j["roles"]) {
    EXPECT_FALSE(role["present"].get<bool>());
    EXPECT_NE(role["fetch"].get<std::string>().find("swapcam models fetch"), std::string::npos);
  }
}

TEST(CliDoctor, RequestingCudaReportsTheFallBackAndLoadsOnCpu) {
  SWAPCAM_REQUIRE_TESTDATA();
  auto det = test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  auto r = test::run_command(cli() + " doctor --json --load --execution-provider cuda --detector-model '" +
                             det.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("cuda is not available"), std::string::npos) << r.output;
  auto j = json_of(r.output);
  ASSERT_FALSE(j["warnings"].empty());
  EXPECT_EQ(j["roles"][0]["role"], "detector");
  EXPECT_EQ(j["roles"][0]["provider"], "cpu");
  EXPECT_EQ(j["roles"][0]["precision"], "fp32");
}

TEST(CliDoctor, AModelThatFailsToLoadIsReportedInTextAndJson) {
  const auto bad = test::model("corrupt_truncated.onnx").string();
  for (const char* form : {"", " --json"}) {
    auto r = test::run_command(cli() + " doctor --load" + form + " --detector-model '" + bad + "'");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output.find("json.exception"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("corrupt_truncated.onnx"), std::string::npos) << r.output;
    if (*form) {
      auto j = json_of(r.output);
      EXPECT_FALSE(j["roles"][0]["error"].get<std::string>().empty()) << r.output;
    } else {
      EXPECT_NE(r.output.find("error: "), std::string::npos) << r.output;
    }
  }
}

TEST(CliDoctor, ListsTheContentFilterClassifiers) {
  test::TempDir models;
  auto r = test::run_command(cli() + " doctor --json --models-dir '" + models.path().string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::vector<std::string> roles;
  const auto j = json_of(r.output);
  for (const auto& role : j["roles"]) roles.push_back(role["role"].get<std::string>());
  for (const char* id : {"nsfw_1", "nsfw_2", "nsfw_3"})
    EXPECT_NE(std::find(roles.begin(), roles.end(), id), roles.end()) << id;
}

TEST(CliExitCodes, UsageErrorsExitTwo) {
  EXPECT_EQ(test::run_command(cli()).exit_code, 2) << "no subcommand";
  EXPECT_EQ(test::run_command(cli() + " doctor --no-such-option").exit_code, 2);
  auto r = test::run_command(cli() + " doctor --execution-provider gpu");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("'gpu'"), std::string::npos);
  EXPECT_EQ(test::run_command(cli() + " --help").exit_code, 0);
}

}  // namespace
}  // namespace swapcam
