// Responsible use through the command line: --watermark draws a visible mark where it was asked for
// and nowhere else, --no-label removes the metadata label (and says so), --nsfw-filter refuses a target
// that two of three classifiers flag (generated yes/no classifiers), bad values are usage errors that
// write nothing.
#include <array>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include "media/image_io.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }
fs::path astronaut() { return testdata_dir() / "images" / "astronaut.png"; }

class CliMarks : public ::testing::Test {
 protected:
  void SetUp() override { SWAPCAM_REQUIRE_TESTDATA(); }

  // Swaps the astronaut onto itself with the identity swapper into `out`, with `args` added.
  CommandResult swap(const fs::path& out, const std::string& args = "") const {
    return run_command(q(cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") +
                       " --detector-model " + q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") +
                       " --recognizer-model " + q(model("recognizer_arcface.onnx")) + " --swapper-model " +
                       q(model("swapper_identity.onnx")) + " -s " + q(astronaut()) + " -t " + q(astronaut()) + " -o " +
                       q(out) + " " + args);
  }

  // Pixels that differ between two images, counted per quadrant (TL, TR, BL, BR).
  static std::array<int, 4> changed_per_quadrant(const cv::Mat& a, const cv::Mat& b) {
    std::array<int, 4> n{};
    for (int y = 0; y < a.rows; ++y)
      for (int x = 0; x < a.cols; ++x)
        if (a.at<cv::Vec3b>(y, x) != b.at<cv::Vec3b>(y, x)) ++n[(y >= a.rows / 2) * 2 + (x >= a.cols / 2)];
    return n;
  }

  TempDir dir_;
};

TEST_F(CliMarks, WatermarkIsDrawnInTheCornerAskedForAndNowhereElse) {
  const auto plain = dir_ / "plain.png";
  ASSERT_EQ(swap(plain).exit_code, 0);
  const cv::Mat base = media::read_image(plain);

  const auto marked = dir_ / "marked.png";
  const auto r = swap(marked, "--watermark");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto n = changed_per_quadrant(base, media::read_image(marked));
  EXPECT_GT(n[3], 500) << "no mark in the bottom-right corner";
  EXPECT_EQ(n[0] + n[1] + n[2], 0) << "the mark spilled outside its corner";

  const auto top_left = dir_ / "top_left.png";
  ASSERT_EQ(swap(top_left, "--watermark 'Made with AI' --watermark-position top-left --watermark-opacity 1").exit_code,
            0);
  n = changed_per_quadrant(base, media::read_image(top_left));
  EXPECT_GT(n[0], 500);
  EXPECT_EQ(n[1] + n[2] + n[3], 0);
  // The label stays on with a watermark.
  EXPECT_FALSE(media::read_provenance_label(top_left).empty());
}

TEST_F(CliMarks, TheWatermarkTextAndOpacityChangeTheMark) {
  const auto a = dir_ / "a.png", b = dir_ / "b.png", c = dir_ / "c.png";
  ASSERT_EQ(swap(a, "--watermark").exit_code, 0);
  ASSERT_EQ(swap(b, "--watermark 'Synthetic face'").exit_code, 0);
  ASSERT_EQ(swap(c, "--watermark --watermark-opacity 0.3").exit_code, 0);
  const cv::Mat ia = media::read_image(a), ib = media::read_image(b), ic = media::read_image(c);
  EXPECT_GT(cv::norm(ia, ib, cv::NORM_L1), 0.0) << "the text made no difference";
  EXPECT_GT(cv::norm(ia, ic, cv::NORM_L1), 0.0) << "the opacity made no difference";
}

TEST_F(CliMarks, NoLabelRemovesTheMetadataLabelAndSaysSo) {
  const auto out = dir_ / "unlabelled.png";
  const auto r = swap(out, "--no-label");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(media::read_provenance_label(out).empty());
  EXPECT_NE(r.output.find("--no-label"), std::string::npos) << "no word about what --no-label does: " << r.output;
  const auto jpg = dir_ / "unlabelled.jpg";
  ASSERT_EQ(swap(jpg, "--no-label -q").exit_code, 0);
  EXPECT_TRUE(media::read_provenance_label(jpg).empty());
}

TEST_F(CliMarks, BadWatermarkValuesAreUsageErrorsThatWriteNothing) {
  const char* cases[] = {
      "--watermark --watermark-opacity 0",
      "--watermark --watermark-opacity 1.5",
      "--watermark --watermark-opacity nan",
      "--watermark --watermark-position middle",
      "--watermark 'caf\xc3\xa9'",
      "--watermark '0123456789012345678901234567890123456789012345678901234567890'",  // 61 characters
  };
  for (const char* args : cases) {
    const auto out = dir_ / "never.png";
    const auto r = swap(out, args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.output;
    EXPECT_NE(r.output.find("watermark"), std::string::npos) << args << "\n" << r.output;
    EXPECT_FALSE(fs::exists(out)) << args;
  }
}

std::string classifiers(const char* v1, const char* v2, const char* v3) {
  return " --nsfw-filter --nsfw-model " + q(model(std::string("nsfw_1_") + v1 + ".onnx")) + " --nsfw-model " +
         q(model(std::string("nsfw_2_") + v2 + ".onnx")) + " --nsfw-model " +
         q(model(std::string("nsfw_3_") + v3 + ".onnx"));
}

TEST_F(CliMarks, NsfwFilterRefusesATargetTwoClassifiersFlagAndWritesNothing) {
  const auto out = dir_ / "refused.png";
  const auto r = swap(out, classifiers("yes", "no", "yes"));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("refused by the content filter"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("2 of 3 classifiers (nsfw_1, nsfw_3)"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("astronaut.png"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(out));
  for (const auto& e : fs::directory_iterator(dir_.path())) ADD_FAILURE() << "left behind: " << e.path();
}

TEST_F(CliMarks, NsfwFilterLetsThroughWhatOnlyOneClassifierFlags) {
  const auto out = dir_ / "passed.png";
  const auto r = swap(out, classifiers("no", "yes", "no"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(out));
}

TEST_F(CliMarks, NsfwFilterWithoutItsModelsNamesTheFetchCommand) {
  const auto r = swap(dir_ / "never.png", "--nsfw-filter");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("nsfw_1.onnx"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("swapcam models fetch nsfw_1"), std::string::npos) << r.output;
  const auto two = swap(dir_ / "never.png", "--nsfw-filter --nsfw-model " + q(model("nsfw_1_no.onnx")) +
                                                " --nsfw-model " + q(model("nsfw_2_no.onnx")));
  EXPECT_EQ(two.exit_code, 2) << two.output;
  EXPECT_NE(two.output.find("three times"), std::string::npos) << two.output;
  EXPECT_FALSE(fs::exists(dir_ / "never.png"));
}

}  // namespace
}  // namespace swapcam::test
