// Model files under a published name are checked against the manifest before use (issue 16): the size
// always, the sha256 once per unchanged file (cached), a loud warning on a mismatch, never silence.
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "models/locate.h"
#include "models/manifest.h"
#include "models/sha256.h"
#include "models/status.h"
#include "runtime/log_capture.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;
using models::FileState;

const std::string kAbcSha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";  // sha256("abc")

models::ModelEntry entry(std::uint64_t size, std::optional<std::string> sha) {
  models::ModelEntry e;
  e.id = "demo";
  e.file_name = "demo.onnx";
  e.known = {{size, std::move(sha), "test"}};
  return e;
}

fs::path write(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
  return p;
}

TEST(VerifyModel, TheSizeIsAlwaysCheckedAndAMismatchIsAWarningNamingFileExpectedAndFetch) {
  TempDir dir;
  const auto f = write(dir / "demo.onnx", "abcd");
  LogCapture log;
  EXPECT_EQ(models::verify_model_file(entry(3, std::nullopt), f, dir.path(), "swapcam models fetch demo"),
            FileState::SizeMismatch);
  const std::string t = log.text();
  EXPECT_NE(t.find("warning"), std::string::npos) << t;
  for (const char* m : {"demo.onnx", "4 bytes", "expected 3 bytes", "swapcam models fetch demo"})
    EXPECT_NE(t.find(m), std::string::npos) << m << " in " << t;
  EXPECT_FALSE(fs::exists(dir / ".sha256-cache.json")) << "a size mismatch needs no hash";
}

TEST(VerifyModel, NoPublishedSizeOrTheRightSizeWithoutAHashIsAcceptedQuietly) {
  TempDir dir;
  const auto f = write(dir / "demo.onnx", "abc");
  LogCapture log;
  models::ModelEntry none = entry(0, std::nullopt);
  none.known.clear();
  EXPECT_EQ(models::verify_model_file(none, f, dir.path(), "fetch"), FileState::Present);
  EXPECT_EQ(models::verify_model_file(entry(3, std::nullopt), f, dir.path(), "fetch"), FileState::Present);
  EXPECT_EQ(log.text().find("warning"), std::string::npos) << log.text();
}

TEST(VerifyModel, TheHashIsComparedOnceAndRememberedWhileTheFileIsUnchanged) {
  TempDir dir;
  const auto f = write(dir / "demo.onnx", "abd");  // the published size, not the published content
  {
    LogCapture log;
    EXPECT_EQ(models::verify_model_file(entry(3, kAbcSha), f, dir.path(), "fetch it"), FileState::HashMismatch);
    EXPECT_NE(log.text().find("sha256 " + models::sha256_file(f)), std::string::npos) << log.text();
    EXPECT_NE(log.text().find("expected " + kAbcSha), std::string::npos) << log.text();
  }
  // The cache is what is consulted the second time: forge its hash and the file passes unhashed.
  const auto cache = dir / ".sha256-cache.json";
  ASSERT_TRUE(fs::exists(cache));
  nlohmann::json j;
  std::ifstream(cache) >> j;
  ASSERT_EQ(j.size(), 1u);
  j.begin().value()["sha256"] = kAbcSha;
  std::ofstream(cache, std::ios::trunc) << j.dump();
  EXPECT_EQ(models::verify_model_file(entry(3, kAbcSha), f, dir.path(), "fetch it"), FileState::Present);
  // A change of the file (its time) invalidates the entry: hashed again, the mismatch is back.
  fs::last_write_time(f, fs::last_write_time(f) + std::chrono::seconds(5));
  EXPECT_EQ(models::verify_model_file(entry(3, kAbcSha), f, dir.path(), "fetch it"), FileState::HashMismatch);
  // The real file passes, and no temporary file is left beside the cache.
  write(f, "abc");
  EXPECT_EQ(models::verify_model_file(entry(3, kAbcSha), f, dir.path(), "fetch it"), FileState::Present);
  for (const auto& e : fs::directory_iterator(dir.path()))
    EXPECT_TRUE(e.path().filename() == "demo.onnx" || e.path().filename() == ".sha256-cache.json") << e.path();
}

TEST(VerifyModel, AnUnwritableModelsDirectoryFallsBackToTheUserCache) {
  TempDir dir, home;
  fs::create_directory(dir / "models");
  const auto f = write(dir / "models" / "demo.onnx", "abc");
  fs::permissions(dir / "models", fs::perms::owner_read | fs::perms::owner_exec);
  if (std::ofstream(dir / "models" / "probe")) GTEST_SKIP() << "running as a user who can write anywhere";
  const char* old_home = std::getenv("HOME");
  const std::string saved = old_home ? old_home : "";
  ::setenv("HOME", home.path().c_str(), 1);
  EXPECT_EQ(models::verify_model_file(entry(3, kAbcSha), f, dir / "models", "fetch"), FileState::Present);
  EXPECT_TRUE(fs::exists(home / ".cache" / "swapcam" / "sha256-cache.json"));
  ::setenv("HOME", saved.c_str(), 1);
  fs::permissions(dir / "models", fs::perms::owner_all);
}

TEST(Locate, APublishedNameWithTheWrongSizeIsUsedWithAWarning) {
  TempDir dir;
  write(dir / "det_10g.onnx", "not the detector");
  LogCapture log;
  EXPECT_EQ(models::require_model(dir.path(), "det_10g"), dir / "det_10g.onnx");
  EXPECT_NE(log.text().find("is not the published det_10g"), std::string::npos) << log.text();
  EXPECT_NE(log.text().find("expected 16923827 bytes"), std::string::npos) << log.text();
  EXPECT_NE(log.text().find("swapcam models fetch det_10g --models-dir"), std::string::npos) << log.text();
}

}  // namespace
}  // namespace swapcam::test
