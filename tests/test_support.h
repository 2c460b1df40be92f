#pragma once
// Helpers shared by the tests: where generated models and shared test data live.
#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace swapcam::test {

inline std::filesystem::path models_dir() { return SWAPCAM_TEST_MODELS_DIR; }
inline std::filesystem::path model(const std::string& file) { return models_dir() / file; }
inline std::filesystem::path testdata_dir() { return SWAPCAM_TESTDATA_DIR; }
inline bool has_testdata() { return std::filesystem::exists(testdata_dir() / "README.md"); }
inline std::filesystem::path cli_path() { return SWAPCAM_CLI_PATH; }

// A fresh, empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    auto base = std::filesystem::temp_directory_path();
    for (;;) {
      path_ = base / ("swapcam-test-" + std::to_string(std::random_device{}()) + "-" + std::to_string(counter++));
      if (std::filesystem::create_directory(path_)) break;
    }
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Runs a shell command line; returns the exit status and captures stdout+stderr.
struct CommandResult {
  int exit_code = -1;
  std::string output;
};
inline CommandResult run_command(const std::string& command_line) {
  CommandResult r;
  std::string cmd = command_line + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace swapcam::test

// Skips the current test when ../shared/testdata is absent (a user's clone).
#define SWAPCAM_REQUIRE_TESTDATA()                                                         \
  do {                                                                                     \
    if (!::swapcam::test::has_testdata())                                                  \
      GTEST_SKIP() << "shared test data not found at " << ::swapcam::test::testdata_dir(); \
  } while (0)
