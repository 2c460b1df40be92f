// The content filter on generated classifiers (tools/test_classifiers.py): the input blob (fit, colour
// order, normalisation), the three scoring rules, and the two-of-three vote. The "probe" models read
// the picture's channel means, so a pure red frame votes yes on all three and a pure blue one no; a
// swapped colour order would flip every vote.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include "core/error.h"
#include "process/content_filter.h"
#include "test_support.h"

namespace swapcam::process {
namespace {

namespace fs = std::filesystem;

runtime::RuntimeConfig cpu() {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.intra_op_threads = 1;
  cfg.warmup = false;
  return cfg;
}

// The classifier files for one variant per position ("probe", "yes" or "no").
std::array<fs::path, 3> files(const char* v1, const char* v2, const char* v3) {
  return {test::model(std::string("nsfw_1_") + v1 + ".onnx"), test::model(std::string("nsfw_2_") + v2 + ".onnx"),
          test::model(std::string("nsfw_3_") + v3 + ".onnx")};
}

const cv::Mat kRed(120, 160, CV_8UC3, cv::Scalar(0, 0, 255));  // BGR
const cv::Mat kBlue(120, 160, CV_8UC3, cv::Scalar(255, 0, 0));

TEST(ContentFilterBlob, FitsCentredKeepsTheAspectAndNormalisesRgb) {
  const cv::Mat wide(2, 4, CV_8UC3, cv::Scalar(0, 0, 255));  // red, 2:1
  const auto blob = classifier_blob(wide, 4, {0.5f, 0.5f, 0.5f}, {0.5f, 0.5f, 0.5f});
  ASSERT_EQ(blob.size(), 3u * 16);
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 4; ++x) {
      const bool picture = y == 1 || y == 2;  // 4x2 centred in 4x4: rows 1 and 2
      const size_t at = size_t(y) * 4 + x;
      EXPECT_FLOAT_EQ(blob[at], picture ? 1.f : -1.f) << "R at " << x << "," << y;
      EXPECT_FLOAT_EQ(blob[16 + at], -1.f) << "G at " << x << "," << y;
      EXPECT_FLOAT_EQ(blob[32 + at], -1.f) << "B at " << x << "," << y;
    }
  EXPECT_THROW(classifier_blob(cv::Mat(4, 4, CV_8UC1), 4, {}, {1, 1, 1}), Error);
}

TEST(ContentFilterScore, EachRuleReadsItsOutput) {
  // [1, 4 + 2 classes, 3 boxes]: the highest class score of any box.
  std::vector<float> det(6 * 3, 0.f);
  det[4 * 3 + 2] = 0.7f;
  det[5 * 3 + 0] = 0.3f;
  det[0] = 99.f;  // a box coordinate, not a score
  EXPECT_FLOAT_EQ(classifier_score(ClassifierScore::MaxClassScore, {1, 6, 3}, det, "m"), 0.7f);
  EXPECT_FLOAT_EQ(classifier_score(ClassifierScore::FirstMinusSecond, {1, 2}, {0.9f, 0.2f}, "m"), 0.7f);
  EXPECT_FLOAT_EQ(classifier_score(ClassifierScore::LastTwoMinusFirst2, {1, 4}, {1, 2, 10, 20}, "m"), 27.f);
  EXPECT_THROW(classifier_score(ClassifierScore::MaxClassScore, {1, 4, 3}, std::vector<float>(12), "m"), Error);
  EXPECT_THROW(classifier_score(ClassifierScore::FirstMinusSecond, {1, 1}, {0.5f}, "m"), Error);
  EXPECT_THROW(classifier_score(ClassifierScore::LastTwoMinusFirst2, {1, 2}, {1, 2}, "m"), Error);
}

TEST(ContentFilter, ProbeModelsVoteOnThePicture) {
  ContentFilter filter(files("probe", "probe", "probe"), cpu());
  const ContentVerdict red = filter.check(kRed);
  EXPECT_TRUE(red.flagged);
  EXPECT_EQ(red.yes_votes(), 3) << red.describe();
  // The 4:3 frame fills 3/4 of the square input; the zero padding is the rest.
  EXPECT_NEAR(red.scores[0], 0.75f, 1e-4);  // mean R / 255 (mean 0, std 1)
  EXPECT_NEAR(red.scores[1], 1.5f, 1e-4);   // R' - B' = (0.75 * 1 + 0.25 * -1) - (-1)
  const ContentVerdict blue = filter.check(kBlue);
  EXPECT_FALSE(blue.flagged);
  EXPECT_EQ(blue.yes_votes(), 0);
  EXPECT_EQ(blue.describe(), "none of the 3 classifiers");
}

TEST(ContentFilter, TwoOfThreeVotesAreNeeded) {
  EXPECT_FALSE(ContentFilter(files("probe", "no", "no"), cpu()).check(kRed).flagged);
  const ContentVerdict two = ContentFilter(files("probe", "no", "probe"), cpu()).check(kRed);
  EXPECT_TRUE(two.flagged);
  EXPECT_EQ(two.describe(), "2 of 3 classifiers (nsfw_1, nsfw_3)");
  EXPECT_TRUE(ContentFilter(files("yes", "yes", "no"), cpu()).check(kBlue).flagged);
  EXPECT_FALSE(ContentFilter(files("no", "yes", "no"), cpu()).check(kRed).flagged);
}

TEST(ContentFilter, AClassifierOfTheWrongSizeIsNamed) {
  // nsfw_2's file (384 px) in nsfw_3's place (448 px).
  ContentFilter filter({test::model("nsfw_1_no.onnx"), test::model("nsfw_2_no.onnx"), test::model("nsfw_2_no.onnx")},
                       cpu());
  try {
    filter.check(kRed);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidData);
    EXPECT_NE(std::string(e.what()).find("nsfw_2_no.onnx"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("nsfw_3"), std::string::npos) << e.what();
  }
}

TEST(ContentFilter, ChecksFromManyThreadsAgree) {
  ContentFilter filter(files("probe", "probe", "probe"), cpu());
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 3; ++i)
        if (filter.check((t + i) % 2 ? kRed : kBlue).flagged != bool((t + i) % 2)) wrong.fetch_add(1);
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace swapcam::process
