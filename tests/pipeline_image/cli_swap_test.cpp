// `swapcam swap` through the command line: the good path and every bad input of the issue. Each
// failure is a one-line error with exit 1 (2 for usage), never a crash, never a partial output.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include "media/atomic_file.h"
#include "media/image_io.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }
fs::path astronaut() { return testdata_dir() / "images" / "astronaut.png"; }

class CliSwap : public ::testing::Test {
 protected:
  void SetUp() override { SWAPCAM_REQUIRE_TESTDATA(); }

  // The command with every model given explicitly and an empty models directory.
  std::string swap(const std::string& args, const std::string& swapper = "swapper_identity.onnx") const {
    return q(cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") + " --detector-model " +
           q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
           q(model("recognizer_arcface.onnx")) + " --swapper-model " + q(model(swapper)) + " --landmark-model " +
           q(model("landmarks_106.onnx")) + " " + args;
  }

  // No output and no temporary file left in `dir`.
  void expect_nothing_written(const fs::path& out) const {
    EXPECT_FALSE(fs::exists(out)) << out;
    for (const auto& e : fs::directory_iterator(out.parent_path()))
      EXPECT_EQ(e.path().filename().string().find(media::kTempFileMarker), std::string::npos) << e.path();
  }

  TempDir dir_;
};

TEST_F(CliSwap, SwapsAnImageAndLabelsTheOutput) {
  const auto out = dir_ / "out.png";
  const auto r = run_command(swap("-s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("1 of 1 faces swapped"), std::string::npos) << r.output;
  const cv::Mat a = media::read_image(astronaut()), b = media::read_image(out);
  EXPECT_GT(cv::PSNR(a, b), 35.0);
  EXPECT_FALSE(media::read_provenance_label(out).empty());
}

TEST_F(CliSwap, EverySwapOptionIsAccepted) {
  const auto out = dir_ / "out.jpg";
  const auto r =
      run_command(swap("-s " + q(astronaut()) + " -s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(out) +
                           " --many-faces --face-selector best --similarity-threshold 0.3 --mouth-mask 0.3"
                           " --color-match --poisson-blend --opacity 0.9 --sharpness 0.5 --enhancer gfpgan"
                           " --enhancer-model " +
                           q(model("enhancer_identity_512.onnx")) +
                           " --enhancer-blend 0.7 --det-size 320x320 --det-thresh 0.4 --require-face"
                           " --keep-fps --no-audio --keep-frames --video-encoder libx264 --video-quality 20",
                       "swapper_tint.onnx"));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(out));
  // --mouth-mask without a size takes the default.
  const auto r2 = run_command(
      swap("-s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(dir_ / "m.png") + " --mouth-mask"));
  EXPECT_EQ(r2.exit_code, 0) << r2.output;
}

TEST_F(CliSwap, CorruptZeroByteAndTruncatedImagesAreClearErrors) {
  std::ifstream in(astronaut(), std::ios::binary);
  const std::string png((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::pair<const char*, std::string> cases[] = {
      {"zero.png", ""},
      {"corrupt.png", std::string(4096, 'x')},
      {"truncated.png", png.substr(0, png.size() / 2)},
  };
  for (const auto& [name, bytes] : cases) {
    const auto bad = dir_ / name;
    std::ofstream(bad, std::ios::binary) << bytes;
    const auto out = dir_ / (std::string("out_") + name);
    for (const bool as_source : {false, true}) {
      const auto r = run_command(as_source ? swap("-s " + q(bad) + " -t " + q(astronaut()) + " -o " + q(out))
                                           : swap("-s " + q(astronaut()) + " -t " + q(bad) + " -o " + q(out)));
      EXPECT_EQ(r.exit_code, 1) << name << ": " << r.output;
      EXPECT_NE(r.output.find("swapcam: error:"), std::string::npos) << r.output;
      EXPECT_NE(r.output.find(name), std::string::npos) << "the message names the file: " << r.output;
      expect_nothing_written(out);
    }
  }
}

TEST_F(CliSwap, ImageWithoutAFaceIsWrittenUnchangedUnlessAFaceIsRequired) {
  const auto blank = dir_ / "blank.png";
  cv::Mat img(240, 320, CV_8UC3, cv::Scalar(90, 120, 150));
  media::write_image(img, blank, {});
  const auto out = dir_ / "out.png";
  const auto r = run_command(swap("-s " + q(astronaut()) + " -t " + q(blank) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("no face found"), std::string::npos) << r.output;
  EXPECT_EQ(cv::norm(media::read_image(out), img, cv::NORM_INF), 0);

  const auto out2 = dir_ / "out2.png";
  const auto r2 = run_command(swap("-s " + q(astronaut()) + " -t " + q(blank) + " -o " + q(out2) + " --require-face"));
  EXPECT_EQ(r2.exit_code, 1) << r2.output;
  EXPECT_NE(r2.output.find("no face found"), std::string::npos) << r2.output;
  expect_nothing_written(out2);

  // A source without a face is an error naming it.
  const auto r3 = run_command(swap("-s " + q(blank) + " -t " + q(astronaut()) + " -o " + q(out2)));
  EXPECT_EQ(r3.exit_code, 1) << r3.output;
  EXPECT_NE(r3.output.find("blank.png"), std::string::npos) << r3.output;
}

TEST_F(CliSwap, UnwritableOutputPathsAreErrors) {
  const auto file = dir_ / "afile";
  std::ofstream(file) << "x";
  for (const fs::path out : {dir_ / "no_such_dir" / "out.png", file / "out.png"}) {
    const auto r = run_command(swap("-s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(out)));
    EXPECT_EQ(r.exit_code, 1) << out << ": " << r.output;
    EXPECT_NE(r.output.find("swapcam: error:"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out));
  }
  // An output extension that is not an image format is a usage error.
  const auto r = run_command(swap("-s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(dir_ / "out.txt")));
  EXPECT_EQ(r.exit_code, 2) << r.output;
}

TEST_F(CliSwap, OutputEqualToInputIsRefusedAndTheInputKept) {
  const auto target = dir_ / "target.png";
  fs::copy_file(astronaut(), target);
  const auto before = fs::file_size(target);
  const auto link = dir_ / "link.png";
  fs::create_symlink(target, link);
  for (const fs::path out : {target, link, dir_ / "." / "target.png"}) {
    const auto r = run_command(swap("-s " + q(astronaut()) + " -t " + q(target) + " -o " + q(out)));
    EXPECT_EQ(r.exit_code, 2) << out << ": " << r.output;
    EXPECT_EQ(fs::file_size(target), before);
  }
  EXPECT_EQ(cv::norm(media::read_image(target), media::read_image(astronaut()), cv::NORM_INF), 0);
}

TEST_F(CliSwap, MissingModelNamesTheFileAndTheFetchCommand) {
  fs::create_directories(dir_ / "models");
  const std::string cmd = q(cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") +
                          " --detector-model " + q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") +
                          " --recognizer-model " + q(model("recognizer_arcface.onnx")) + " -s " + q(astronaut()) +
                          " -t " + q(astronaut()) + " -o " + q(dir_ / "out.png");
  const auto r = run_command(cmd);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("inswapper_128.onnx"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("swapcam models fetch inswapper_128"), std::string::npos) << r.output;
  const auto r2 = run_command(
      swap("-s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(dir_ / "out.png") + " --enhancer gpen512"));
  EXPECT_EQ(r2.exit_code, 1) << r2.output;
  EXPECT_NE(r2.output.find("swapcam models fetch GPEN-BFR-512"), std::string::npos) << r2.output;
}

TEST_F(CliSwap, UsageErrorsExitTwo) {
  const std::string io = " -t " + q(astronaut()) + " -o " + q(dir_ / "o.png");
  for (const std::string bad :
       {"-s " + q(astronaut()) + io + " --opacity 2", "-s " + q(astronaut()) + io + " --face-selector tallest",
        "-s " + q(astronaut()) + io + " --det-size 100", "-s " + q(astronaut()) + io + " --mouth-mask big", io,
        "-s " + q(astronaut()) + io + " --face-selector reference"}) {
    const auto r = run_command(swap(bad));
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.output;
  }
  // A text file named like a video goes to the video pipeline, which rejects it as a runtime
  // error (exit 1) naming the file, and writes nothing.
  const auto video = dir_ / "clip.mp4";
  std::ofstream(video) << "not really";
  const auto r = run_command(swap("-s " + q(astronaut()) + " -t " + q(video) + " -o " + q(dir_ / "o.mp4")));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("clip.mp4"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "o.mp4"));
}

TEST_F(CliSwap, MapFacesFile) {
  const auto map = dir_ / "map.json";
  std::ofstream(map) << R"([{"source": ")" << astronaut().string() << R"(", "reference": ")" << astronaut().string()
                     << R"("}])";
  const auto out = dir_ / "out.png";
  const auto r =
      run_command(swap("--map-faces " + q(map) + " -t " + q(astronaut()) + " -o " + q(out), "swapper_tint.onnx"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("1 of 1 faces swapped"), std::string::npos) << r.output;
  std::ofstream(map, std::ios::trunc) << "[{\"source\": 3}]";
  const auto r2 = run_command(swap("--map-faces " + q(map) + " -t " + q(astronaut()) + " -o " + q(dir_ / "o2.png")));
  EXPECT_EQ(r2.exit_code, 1) << r2.output;
  EXPECT_NE(r2.output.find("map.json"), std::string::npos) << r2.output;
}

}  // namespace
}  // namespace swapcam::test
