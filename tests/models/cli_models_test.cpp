// `swapcam models …` end to end: the built-in manifest against an empty directory, and fetches from
// a local mirror only (never the public sources).
#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "http_test_server.h"
#include "test_support.h"

using swapcam::test::cli_path;
using swapcam::test::HttpTestServer;
using swapcam::test::run_command;
using swapcam::test::TempDir;

namespace {
std::string swapcam_cmd(const std::string& args) { return cli_path().string() + " " + args; }

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

void write_bytes(const std::filesystem::path& p, size_t n) {
  std::mt19937 rng(1);
  std::string s(n, '\0');
  for (auto& c : s) c = char(rng());
  std::ofstream(p, std::ios::binary).write(s.data(), std::streamsize(s.size()));
}

const char* kIds[] = {"det_10g",
                      "w600k_r50",
                      "2d106det",
                      "inswapper_128",
                      "inswapper_128_fp16",
                      "GFPGANv1.4",
                      "gfpgan-1024",
                      "GPEN-BFR-256",
                      "GPEN-BFR-512",
                      "nsfw_1",
                      "nsfw_2",
                      "nsfw_3",
                      "hyperswap_1a_256",
                      "hyperswap_1b_256",
                      "hyperswap_1c_256",
                      "simswap_256",
                      "simswap_unofficial_512",
                      "arcface_converter_simswap",
                      "ghost_1_256",
                      "ghost_2_256",
                      "ghost_3_256",
                      "arcface_converter_ghost",
                      "gfpgan_1.2",
                      "gfpgan_1.3",
                      "gpen_bfr_1024",
                      "gpen_bfr_2048",
                      "codeformer",
                      "restoreformer_plus_plus",
                      "xseg_1",
                      "xseg_2",
                      "xseg_3",
                      "bisenet_resnet_18",
                      "bisenet_resnet_34"};
}  // namespace

TEST(CliModels, ListOnAnEmptyDirectoryShowsEveryModelMissingWithItsFetchCommand) {
  TempDir dir;
  auto r = run_command(swapcam_cmd("models list --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  for (const char* id : kIds) EXPECT_NE(r.output.find(std::string(id) + " "), std::string::npos) << id;
  for (const char* id : kIds)
    EXPECT_NE(
        r.output.find("missing -> swapcam models fetch " + std::string(id) + " --models-dir " + dir.path().string()),
        std::string::npos)
        << id << "\n"
        << r.output;
  EXPECT_EQ(count(r.output, "missing -> "), int(std::size(kIds)));
}

TEST(CliModels, ListJsonNamesStatusAndFetchCommand) {
  TempDir dir;
  auto r = run_command(swapcam_cmd("models list --json --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(count(r.output, "\"status\": \"missing\""), int(std::size(kIds))) << r.output;
  EXPECT_NE(r.output.find("\"fetch\": \"swapcam models fetch inswapper_128 --models-dir"), std::string::npos);
}

TEST(CliModels, AModelWithoutAPublishedSizeIsListedAsUnverified) {
  TempDir dir;
  std::ofstream(dir / "nsfw_2.onnx") << "weights";
  auto r = run_command(swapcam_cmd("models list --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  const auto line = r.output.substr(r.output.find("nsfw_2 "),
                                    r.output.find('\n', r.output.find("nsfw_2 ")) - r.output.find("nsfw_2 "));
  EXPECT_NE(line.find("unverified"), std::string::npos) << line;
  EXPECT_EQ(line.find("missing"), std::string::npos) << line;
}

TEST(CliModels, UsageErrorsExitTwo) {
  TempDir dir;
  EXPECT_EQ(run_command(swapcam_cmd("models fetch --models-dir " + dir.path().string())).exit_code, 2);
  auto r = run_command(swapcam_cmd("models fetch no_such_model --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("unknown model id 'no_such_model'"), std::string::npos) << r.output;
  EXPECT_EQ(run_command(swapcam_cmd("models fetch --for paint --models-dir " + dir.path().string())).exit_code, 2);
}

TEST(CliModels, PathPrintsTheFileLocation) {
  TempDir dir;
  auto r = run_command(swapcam_cmd("models path GPEN-BFR-256 --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.output, (dir.path() / "GPEN-BFR-256.onnx").string() + "\n");
}

TEST(CliModels, FetchFromAMirrorRejectsAFileWithTheWrongChecksum) {
  HttpTestServer server;
  TempDir dir, work;
  write_bytes(work / "2d106det.onnx", 5030888);  // the right size, not the real file
  std::ifstream in(work / "2d106det.onnx", std::ios::binary);
  server.set("/mirror/2d106det.onnx", {std::string(std::istreambuf_iterator<char>(in), {})});
  auto r = run_command(swapcam_cmd("models fetch 2d106det --only-mirror --mirror " + server.url("/mirror") +
                                   " --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_EQ(count(r.output, "swapcam: error: "), 1) << r.output;
  EXPECT_NE(r.output.find("swapcam: error: cannot fetch 2d106det.onnx: " + server.url("/mirror/2d106det.onnx") +
                          ": checksum mismatch"),
            std::string::npos)
      << r.output;
  EXPECT_FALSE(std::filesystem::exists(dir / "2d106det.onnx"));
  EXPECT_FALSE(std::filesystem::exists(dir / "2d106det.onnx.part"));
  ASSERT_EQ(server.requests().size(), 1u);  // the public sources were not tried
}

TEST(CliModels, FetchFromAMirrorWithoutTheFileSays404) {
  HttpTestServer server;
  TempDir dir;
  auto r = run_command(swapcam_cmd("models fetch GPEN-BFR-256 --quiet --only-mirror --mirror " + server.url("/m") +
                                   " --models-dir " + dir.path().string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output, "swapcam: error: cannot fetch GPEN-BFR-256.onnx: " + server.url("/m/GPEN-BFR-256.onnx") +
                          ": HTTP 404 Not Found\n");
}

TEST(CliModels, VerifyAndListReportAFileOfTheWrongSize) {
  TempDir dir;
  write_bytes(dir / "det_10g.onnx", 1000);
  auto list = run_command(swapcam_cmd("models list --models-dir " + dir.path().string()));
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.output.find("size mismatch -> swapcam models fetch det_10g"), std::string::npos) << list.output;
  auto verify = run_command(swapcam_cmd("models verify det_10g --models-dir " + dir.path().string()));
  EXPECT_EQ(verify.exit_code, 1);
  EXPECT_NE(verify.output.find("SIZE MISMATCH: 1000 bytes, expected 16923827 bytes"), std::string::npos)
      << verify.output;
}
