// swapcam analyze: the JSON contract of product.md, options and errors.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "test_support.h"

namespace swapcam {
namespace {

std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::string analyze(const std::string& args) { return q(test::cli_path()) + " analyze " + args; }
// stdout only (a PNG decoder may warn on stderr), for parsing.
std::string analyze_stdout(const std::string& args) { return "( " + analyze(args) + " 2>/dev/null )"; }

TEST(AnalyzeCli, JsonHasExactlyTheDocumentedShape) {
  test::TempDir dir;
  const auto image = dir / "squares.png";
  cv::Mat img(400, 640, CV_8UC3, cv::Scalar::all(0));
  cv::rectangle(img, cv::Rect(56, 56, 80, 80), cv::Scalar::all(255), cv::FILLED);
  ASSERT_TRUE(cv::imwrite(image.string(), img));
  const auto r =
      test::run_command(analyze_stdout(q(image) + " --json --det-size 320 --detector-model " +
                                       q(test::model("det_scrfd_nobatch.onnx")) + " --execution-provider cpu -q"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // Key order as documented; one line.
  EXPECT_EQ(r.output.rfind("{\"width\":640,\"height\":400,\"faces\":[{\"bbox\":[", 0), 0u) << r.output;
  const auto j = nlohmann::json::parse(r.output);
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j["width"], 640);
  EXPECT_EQ(j["height"], 400);
  ASSERT_EQ(j["faces"].size(), 1u);
  const auto& f = j["faces"][0];
  ASSERT_EQ(f.size(), 3u);
  ASSERT_EQ(f["bbox"].size(), 4u);
  EXPECT_NEAR(f["bbox"][0].get<double>(), 56, 0.01);
  EXPECT_NEAR(f["bbox"][1].get<double>(), 56, 0.01);
  EXPECT_NEAR(f["bbox"][2].get<double>(), 136, 0.01);
  EXPECT_NEAR(f["bbox"][3].get<double>(), 136, 0.01);
  EXPECT_GT(f["score"].get<double>(), 0.99);
  ASSERT_EQ(f["landmarks5"].size(), 5u);
  for (const auto& p : f["landmarks5"]) ASSERT_EQ(p.size(), 2u);
  EXPECT_NEAR(f["landmarks5"][0][0].get<double>(), 56 + 38.2946 * 80 / 112, 0.02);

  // Threshold above every score: no faces, still the full shape.
  const auto none =
      test::run_command(analyze_stdout(q(image) + " --json --det-size 320 --det-thresh 0.999 --detector-model " +
                                       q(test::model("det_scrfd_nobatch.onnx")) + " -q"));
  ASSERT_EQ(none.exit_code, 0) << none.output;
  EXPECT_EQ(none.output, "{\"width\":640,\"height\":400,\"faces\":[]}\n");

  // Human-readable output mentions the face count.
  const auto text = test::run_command(
      analyze(q(image) + " --det-size 320 --detector-model " + q(test::model("det_scrfd_nobatch.onnx")) + " -q"));
  ASSERT_EQ(text.exit_code, 0) << text.output;
  EXPECT_NE(text.output.find("1 face"), std::string::npos) << text.output;
}

TEST(AnalyzeCli, RealDetectorOnThePortrait) {
  SWAPCAM_REQUIRE_TESTDATA();
  const auto r = test::run_command(
      analyze_stdout(q(test::testdata_dir() / "images" / "astronaut.png") + " --json --detector-model " +
                     q(test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " -q"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["width"], 512);
  EXPECT_EQ(j["height"], 512);
  ASSERT_EQ(j["faces"].size(), 1u);
  const auto& lm = j["faces"][0]["landmarks5"];
  EXPECT_LT(lm[0][0].get<double>(), lm[1][0].get<double>());  // left eye left of the right eye
  EXPECT_LT(lm[0][1].get<double>(), lm[2][1].get<double>());  // eyes above the nose
  EXPECT_LT(lm[2][1].get<double>(), lm[3][1].get<double>());  // nose above the mouth
}

TEST(AnalyzeCli, ErrorsAndUsage) {
  test::TempDir dir;
  const std::string det = " --detector-model " + q(test::model("det_scrfd_nobatch.onnx"));
  auto r = test::run_command(analyze(q(dir / "missing.png") + det));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("swapcam: error:"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("missing.png"), std::string::npos) << r.output;

  const auto image = dir / "black.png";
  ASSERT_TRUE(cv::imwrite(image.string(), cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(0))));
  r = test::run_command(analyze(q(image) + det + " --det-size 12"));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  r = test::run_command(analyze(q(image) + det + " --det-thresh 1.5"));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  r = test::run_command(analyze(q(image) + " --models-dir " + q(dir.path())));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("det_10g.onnx"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("models fetch"), std::string::npos) << r.output;
  r = test::run_command(analyze(q(image) + " --detector-model " + q(dir / "nope.onnx")));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  r = test::run_command(analyze(""));
  EXPECT_EQ(r.exit_code, 2) << r.output;
}

}  // namespace
}  // namespace swapcam
