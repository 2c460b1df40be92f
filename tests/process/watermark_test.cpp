// The visible "AI-swapped" mark: drawn where asked, blended by opacity, bad options refused.
#include <gtest/gtest.h>
#include <cstdlib>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "process/watermark.h"

namespace swapcam::process {
namespace {

cv::Mat grey(int w, int h) { return cv::Mat(h, w, CV_8UC3, cv::Scalar(128, 128, 128)); }

// Number of pixels changed inside a rectangle.
int changed(const cv::Mat& a, const cv::Mat& b, cv::Rect r) {
  cv::Mat d;
  cv::absdiff(a(r), b(r), d);
  cv::Mat g;
  cv::cvtColor(d, g, cv::COLOR_BGR2GRAY);
  return cv::countNonZero(g);
}

TEST(Watermark, DrawnInTheChosenCornerOnly) {
  const cv::Mat orig = grey(640, 480);
  cv::Mat img = orig.clone();
  draw_watermark(img, {});  // default: bottom-right
  EXPECT_GT(changed(img, orig, {320, 400, 320, 80}), 500);
  EXPECT_EQ(changed(img, orig, {0, 0, 320, 240}), 0);
  EXPECT_EQ(changed(img, orig, {0, 400, 200, 80}), 0);

  cv::Mat tl = orig.clone();
  draw_watermark(tl, {"AI-swapped", WatermarkCorner::TopLeft, 0.7});
  EXPECT_GT(changed(tl, orig, {0, 0, 320, 80}), 500);
  EXPECT_EQ(changed(tl, orig, {0, 240, 640, 240}), 0);
  if (const char* out = std::getenv("SWAPCAM_WATERMARK_PNG")) cv::imwrite(out, img);
}

TEST(Watermark, OpacityBlends) {
  const cv::Mat orig = grey(320, 240);
  cv::Mat faint = orig.clone(), full = orig.clone();
  draw_watermark(faint, {"AI-swapped", WatermarkCorner::BottomRight, 0.2});
  draw_watermark(full, {"AI-swapped", WatermarkCorner::BottomRight, 1.0});
  double mn_faint, mn_full;
  cv::minMaxLoc(faint.reshape(1), &mn_faint);
  cv::minMaxLoc(full.reshape(1), &mn_full);
  EXPECT_EQ(mn_full, 0.0);    // fully opaque dark plate
  EXPECT_GT(mn_faint, 90.0);  // 20% over grey stays light
}

TEST(Watermark, BadOptionsRefused) {
  cv::Mat img = grey(64, 64);
  EXPECT_THROW(draw_watermark(img, {"", WatermarkCorner::TopLeft, 0.5}), Error);
  EXPECT_THROW(draw_watermark(img, {"x", WatermarkCorner::TopLeft, 0.0}), Error);
  EXPECT_THROW(draw_watermark(img, {"x", WatermarkCorner::TopLeft, 1.5}), Error);
  cv::Mat g(64, 64, CV_8UC1);
  EXPECT_THROW(draw_watermark(g, {}), Error);
  EXPECT_EQ(parse_watermark_corner("top-right"), WatermarkCorner::TopRight);
  EXPECT_THROW(parse_watermark_corner("middle"), Error);
}

TEST(Watermark, LongTextFitsSmallFrame) {
  cv::Mat img = grey(120, 90);
  EXPECT_NO_THROW(draw_watermark(img, {"AI-swapped by swapcam - synthetic media", WatermarkCorner::BottomLeft, 1.0}));
}

}  // namespace
}  // namespace swapcam::process
