// Blending options that must visibly act: half strength lands half way between the frame and the
// full paste, and --poisson-blend moves pixels near the seam away from the plain feathered paste
// (while still touching nothing outside the feathered region).
#include <cmath>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/geometry.h"
#include "process/paste_back.h"
#include "process/swapper.h"

namespace swapcam::process {
namespace {

cv::Mat textured_picture(int w, int h) {
  cv::Mat small(h / 16 + 2, w / 16 + 2, CV_8UC3);
  cv::RNG(3).fill(small, cv::RNG::UNIFORM, 30, 225);
  cv::Mat img;
  cv::resize(small, img, cv::Size(w, h), 0, 0, cv::INTER_CUBIC);
  cv::GaussianBlur(img, img, cv::Size(), 3);
  return img;
}

Landmarks5 face_at(cv::Point2f centre, float scale) {
  Landmarks5 out = arcface_template(kSwapSize);
  for (auto& p : out) p = centre + (p - cv::Point2f(64, 64)) * scale;
  return out;
}

struct Paste {
  cv::Mat before, crop, matrix;
};

// A face crop that differs strongly from the frame (tinted), as a swapper's output would.
Paste tinted_paste() {
  Paste p;
  p.before = textured_picture(400, 300);
  const SwapInput in = align_for_swap(p.before, face_at({200, 150}, 1.2f));
  p.crop = in.crop * 0.5 + cv::Scalar(127, 0, 127);
  p.matrix = in.matrix;
  return p;
}

cv::Mat pasted(const Paste& p, bool poisson, float strength, cv::Mat* alpha = nullptr, cv::Rect* region = nullptr) {
  cv::Mat frame = p.before.clone();
  PasteOptions o;
  o.poisson_blend = poisson;
  const cv::Rect r = paste_back(frame, p.crop, p.matrix, swap_alpha_mask(), o, strength, alpha);
  if (region) *region = r;
  return frame;
}

cv::Mat as_int(const cv::Mat& m) {
  cv::Mat out;
  m.convertTo(out, CV_32SC3);
  return out;
}

TEST(PasteStrength, HalfStrengthMovesEveryPixelHalfWayToTheFullPaste) {
  const Paste p = tinted_paste();
  const cv::Mat full = as_int(pasted(p, false, 1.f)), half = as_int(pasted(p, false, 0.5f)), before = as_int(p.before);
  const cv::Mat full_change = full - before, half_change = half - before;
  ASSERT_GT(cv::norm(full_change, cv::NORM_L1), 1e5);  // the paste changed the frame a lot
  // half - before == (full - before) / 2 per pixel, up to the rounding of each result to 8 bits.
  cv::Mat err = half_change * 2 - full_change;
  EXPECT_LE(cv::norm(err, cv::NORM_INF), 3.0);
  const double ratio = cv::norm(half_change, cv::NORM_L1) / cv::norm(full_change, cv::NORM_L1);
  EXPECT_NEAR(ratio, 0.5, 0.02);
}

TEST(BlendRegion, HalfScaleMovesHalfWayTowardTheSource) {
  // What --opacity 0.5 does after the paste: blend back toward the original by 1 - opacity.
  const Paste p = tinted_paste();
  cv::Mat frame = pasted(p, false, 1.f);
  const cv::Mat full = as_int(frame), before = as_int(p.before);
  const cv::Rect all(0, 0, frame.cols, frame.rows);
  blend_region(frame, p.before, all, cv::Mat(), 0.5f);
  cv::Mat err = (as_int(frame) - before) * 2 - (full - before);
  EXPECT_LE(cv::norm(err, cv::NORM_INF), 3.0);
  EXPECT_GT(cv::norm(as_int(frame), full, cv::NORM_L1), 0.4 * cv::norm(full, before, cv::NORM_L1));
}

TEST(PoissonBlend, ChangesPixelsAtTheSeamAgainstTheFeatheredPasteButStaysInsideTheRegion) {
  const Paste p = tinted_paste();
  cv::Mat alpha;
  cv::Rect r;
  const cv::Mat plain = pasted(p, false, 1.f, &alpha, &r), poisson = pasted(p, true, 1.f);
  cv::Mat diff;
  cv::absdiff(plain, poisson, diff);
  // Poisson blending shifts the pasted face toward the frame's colours along its border.
  cv::Mat seam_mask;
  cv::Mat a8;
  alpha.convertTo(a8, CV_8U, 255);
  cv::inRange(a8, 10, 200, seam_mask);  // the feathered band, where the crop meets the frame
  int changed_seam = 0, changed_outside = 0;
  for (int y = 0; y < plain.rows; ++y)
    for (int x = 0; x < plain.cols; ++x) {
      const bool changed = diff.at<cv::Vec3b>(y, x) != cv::Vec3b(0, 0, 0);
      if (!changed) continue;
      const bool inside = r.contains({x, y}) && alpha.at<float>(y - r.y, x - r.x) > 0.f;
      if (!inside) ++changed_outside;
      else if (seam_mask.at<uint8_t>(y - r.y, x - r.x)) ++changed_seam;
    }
  EXPECT_EQ(changed_outside, 0);
  EXPECT_GT(changed_seam, cv::countNonZero(seam_mask) / 4) << "of " << cv::countNonZero(seam_mask) << " seam pixels";
  cv::Scalar mean_diff = cv::mean(diff(r));
  EXPECT_GT(mean_diff[0] + mean_diff[1] + mean_diff[2], 3.0);
}

}  // namespace
}  // namespace swapcam::process
