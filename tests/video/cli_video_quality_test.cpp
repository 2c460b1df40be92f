// Video with the quality options (docs/QUALITY.md): a 256-px swapper with pixel boost, and enhancing
// without a source, through `swapcam swap` on a clip. Frames are compared with the decoded input.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "test_support.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

class CliVideoQuality : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
    TestVideoSpec spec;
    spec.frames = 12;
    std::string log;
    ASSERT_TRUE(make_test_video(in_, spec, &log)) << log;
  }
  std::string swap(const std::string& args) const {
    return q(cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") + " --detector-model " +
           q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
           q(model("recognizer_arcface.onnx")) + " -t " + q(in_) + " " + args;
  }
  TempDir dir_;
  fs::path in_ = dir_ / "in.mp4";
};

TEST_F(CliVideoQuality, A256SwapperWithPixelBoostKeepsEveryFrame) {
  const auto out = dir_ / "out.mp4";
  const auto r = run_command(swap("-s " + q(astronaut()) + " --many-faces --swapper hyperswap_1a_256 --swapper-model " +
                                  q(model("swapper_signed_256.onnx")) + " --pixel-boost 512 -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.find("(0 with a swapped face)"), std::string::npos) << r.output;
  const auto [frames, worst] = compare_frames(in_, out, 33.0);
  EXPECT_EQ(frames, 12);
  std::printf("hyperswap-contract identity, boost 512, video: worst frame PSNR %.2f dB\n", worst);
}

TEST_F(CliVideoQuality, EnhancingWithoutASourceChangesTheFaces) {
  const auto keep = dir_ / "keep.mp4", grey = dir_ / "grey.mp4";
  const std::string e = " --many-faces --enhancer codeformer --enhancer-blend 1 --enhancer-model " +
                        q(model("enhancer_weighted_512.onnx"));
  const auto r1 = run_command(swap(e + " --enhancer-weight 1 -o " + q(keep)));
  ASSERT_EQ(r1.exit_code, 0) << r1.output;
  const auto [n1, worst_keep] = compare_frames(in_, keep, 28.0);
  EXPECT_EQ(n1, 12);
  const auto r2 = run_command(swap(e + " --enhancer-weight 0 -o " + q(grey)));
  ASSERT_EQ(r2.exit_code, 0) << r2.output;
  const auto [n2, worst_grey] = compare_frames(in_, grey, 0.0);
  EXPECT_EQ(n2, 12);
  EXPECT_LT(worst_grey, worst_keep - 6.0) << "weight 0 should have painted the faces grey";
}

}  // namespace
}  // namespace swapcam::test
