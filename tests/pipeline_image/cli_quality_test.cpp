// Face quality from the command line (docs/QUALITY.md): --pixel-boost, --swapper with 256/512-px
// contracts and their converters, enhancing without a source, --enhancer-weight. The swappers are the
// pointwise models of tools/testmodels/quality.py, so a round trip shows what the pipeline itself loses.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "media/image_io.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// PSNR of `a` against `b` over the pixels where `mask` is set.
double masked_psnr(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask) {
  cv::Mat d;
  cv::absdiff(a, b, d);
  d.convertTo(d, CV_64FC3);
  d = d.mul(d);
  const double n = cv::countNonZero(mask) * 3.0;
  const cv::Scalar s = cv::sum(d.setTo(cv::Scalar::all(0), ~mask));
  const double mse = (s[0] + s[1] + s[2]) / n;
  return mse > 0 ? 10.0 * std::log10(255.0 * 255.0 / mse) : 99.0;
}

class CliQuality : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    fs::create_directories(dir_ / "models");
    // A portrait with a large face (~300 px): the astronaut at twice its size.
    cv::Mat a = media::read_image(testdata_dir() / "images" / "astronaut.png"), big;
    cv::resize(a, big, cv::Size(), 2.0, 2.0, cv::INTER_CUBIC);
    media::write_image(big, portrait_);
  }

  // Every model given explicitly except the swapper, which `swapper_args` names.
  std::string swap(const std::string& args) const {
    return q(cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") + " --detector-model " +
           q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
           q(model("recognizer_arcface.onnx")) + " -t " + q(portrait_) + " " + args;
  }

  TempDir dir_;
  fs::path portrait_ = dir_ / "portrait.png";
};

TEST_F(CliQuality, PixelBoost512KeepsTheDetailA128SwapLoses) {
  const auto out128 = dir_ / "b128.png", out512 = dir_ / "b512.png";
  const std::string common = "-s " + q(portrait_) + " --swapper-model " + q(model("swapper_identity_batch.onnx"));
  const auto r1 = run_command(swap(common + " -o " + q(out128)));
  ASSERT_EQ(r1.exit_code, 0) << r1.output;
  const auto r2 = run_command(swap(common + " --pixel-boost 512 -o " + q(out512)));
  ASSERT_EQ(r2.exit_code, 0) << r2.output;
  const cv::Mat in = media::read_image(portrait_), a = media::read_image(out128), b = media::read_image(out512);
  // The face hull: where the 128 swap changed anything.
  cv::Mat diff, hull;
  cv::absdiff(in, a, diff);
  cv::cvtColor(diff, diff, cv::COLOR_BGR2GRAY);
  hull = diff > 0;
  ASSERT_GT(cv::countNonZero(hull), 20000) << "the face region is too small to measure";
  const double p128 = masked_psnr(a, in, hull), p512 = masked_psnr(b, in, hull);
  std::printf("face hull PSNR: boost 128 %.2f dB, boost 512 %.2f dB (%d px)\n", p128, p512, cv::countNonZero(hull));
  EXPECT_GT(p512, p128 + 4.0);
}

TEST_F(CliQuality, A256SwapperRoundTripsAndTheWrongSizeIsRefused) {
  const auto out = dir_ / "h256.png";
  const auto r = run_command(swap("-s " + q(portrait_) + " --swapper hyperswap_1a_256 --swapper-model " +
                                  q(model("swapper_signed_256.onnx")) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_GT(cv::PSNR(media::read_image(out), media::read_image(portrait_)), 38.0);
  // A 128 inswapper file under a 256 contract: one line naming the file and the shape it needs.
  const auto bad = run_command(swap("-s " + q(portrait_) + " --swapper hyperswap_1a_256 --swapper-model " +
                                    q(model("swapper_identity.onnx")) + " -o " + q(dir_ / "bad.png")));
  EXPECT_EQ(bad.exit_code, 1) << bad.output;
  EXPECT_NE(bad.output.find("swapper_identity.onnx"), std::string::npos) << bad.output;
  EXPECT_NE(bad.output.find("256"), std::string::npos) << bad.output;
  EXPECT_FALSE(fs::exists(dir_ / "bad.png"));
  // A boost that is not a multiple of the model's size is a usage error.
  const auto odd =
      run_command(swap("-s " + q(portrait_) + " --swapper hyperswap_1a_256 --swapper-model " +
                       q(model("swapper_signed_256.onnx")) + " --pixel-boost 384 -o " + q(dir_ / "o.png")));
  EXPECT_EQ(odd.exit_code, 2) << odd.output;
  EXPECT_NE(odd.output.find("multiple"), std::string::npos) << odd.output;
}

TEST_F(CliQuality, SimswapFindsItsConverterInTheModelsDirectory) {
  const auto out = dir_ / "sim.png";
  const std::string args = "-s " + q(portrait_) + " --swapper simswap_256 --swapper-model " +
                           q(model("swapper_imagenet_256.onnx")) + " -o " + q(out);
  const auto missing = run_command(swap(args));
  EXPECT_EQ(missing.exit_code, 1) << missing.output;
  EXPECT_NE(missing.output.find("arcface_converter_simswap"), std::string::npos) << missing.output;
  fs::copy_file(model("converter_x3.onnx"), dir_ / "models" / "arcface_converter_simswap.onnx");
  const auto r = run_command(swap(args));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_GT(cv::PSNR(media::read_image(out), media::read_image(portrait_)), 38.0);
}

TEST_F(CliQuality, EnhancingWithoutASourceNeedsNoSwapperAndUsesTheWeight) {
  const auto keep = dir_ / "keep.png", grey = dir_ / "grey.png";
  const std::string e =
      " --enhancer codeformer --enhancer-blend 1 --enhancer-model " + q(model("enhancer_weighted_512.onnx"));
  // The models directory is empty: no swapper file exists, and none is needed.
  const auto r1 = run_command(swap(e + " --enhancer-weight 1 -o " + q(keep)));
  ASSERT_EQ(r1.exit_code, 0) << r1.output;
  EXPECT_NE(r1.output.find("enhanced 1 of 1 faces"), std::string::npos) << r1.output;
  EXPECT_NE(r1.output.find("keep.png: 1 of 1 faces enhanced"), std::string::npos) << r1.output;
  EXPECT_EQ(r1.output.find("swapped"), std::string::npos) << "nothing was swapped: " << r1.output;
  const auto r2 = run_command(swap(e + " --enhancer-weight 0 -o " + q(grey)));
  ASSERT_EQ(r2.exit_code, 0) << r2.output;
  const cv::Mat in = media::read_image(portrait_), a = media::read_image(keep), b = media::read_image(grey);
  EXPECT_GT(cv::PSNR(a, in), 33.0);  // weight 1: the face as it was, up to the warp
  // weight 0: the face painted mid-grey by the model (the rest of the picture as it was).
  EXPECT_LT(cv::PSNR(b, in), cv::PSNR(a, in) - 10.0);
  // Without a source and without an enhancer there is nothing to do.
  const auto none = run_command(swap("-o " + q(dir_ / "none.png")));
  EXPECT_EQ(none.exit_code, 2) << none.output;
}

}  // namespace
}  // namespace swapcam::test
