#include "process/color_match.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace swapcam::process {

namespace {

struct Stats {
  double mean[3] = {0, 0, 0};
  double stddev[3] = {0, 0, 0};
};

Stats weighted_stats(const cv::Mat& lab, const cv::Mat& weights, double total) {
  Stats s;
  for (int y = 0; y < lab.rows; ++y) {
    const float* p = lab.ptr<float>(y);
    const float* w = weights.ptr<float>(y);
    for (int x = 0; x < lab.cols; ++x)
      for (int c = 0; c < 3; ++c) s.mean[c] += w[x] * p[3 * x + c];
  }
  for (double& m : s.mean) m /= total;
  for (int y = 0; y < lab.rows; ++y) {
    const float* p = lab.ptr<float>(y);
    const float* w = weights.ptr<float>(y);
    for (int x = 0; x < lab.cols; ++x)
      for (int c = 0; c < 3; ++c) {
        const double d = p[3 * x + c] - s.mean[c];
        s.stddev[c] += w[x] * d * d;
      }
  }
  for (double& v : s.stddev) v = std::sqrt(v / total);
  return s;
}

cv::Mat to_lab(const cv::Mat& bgr) {
  cv::Mat f, lab;
  bgr.convertTo(f, CV_32F, 1.0 / 255.0);
  cv::cvtColor(f, lab, cv::COLOR_BGR2Lab);
  return lab;
}

}  // namespace

cv::Mat match_color(const cv::Mat& swapped, const cv::Mat& target, const cv::Mat& weights) {
  if (swapped.type() != CV_8UC3 || target.type() != CV_8UC3 || swapped.size() != target.size() ||
      weights.type() != CV_32F || weights.size() != swapped.size())
    fail(ErrorKind::InvalidData, "colour match needs two 8-bit BGR images and a float mask of the same size");
  const double total = cv::sum(weights)[0];
  if (!(total > 1.0)) return swapped.clone();

  cv::Mat src = to_lab(swapped);
  const Stats s = weighted_stats(src, weights, total);
  const Stats t = weighted_stats(to_lab(target), weights, total);
  float gain[3], offset[3];
  for (int c = 0; c < 3; ++c) {
    // A flat channel has no spread to scale: shift it only. Large gains would amplify noise.
    const double g = s.stddev[c] > 1e-3 ? std::clamp(t.stddev[c] / s.stddev[c], 0.25, 4.0) : 1.0;
    gain[c] = static_cast<float>(g);
    offset[c] = static_cast<float>(t.mean[c] - g * s.mean[c]);
  }
  for (int y = 0; y < src.rows; ++y) {
    float* p = src.ptr<float>(y);
    for (int x = 0; x < src.cols; ++x)
      for (int c = 0; c < 3; ++c) p[3 * x + c] = gain[c] * p[3 * x + c] + offset[c];
  }
  cv::Mat bgr, out;
  cv::cvtColor(src, bgr, cv::COLOR_Lab2BGR);
  bgr.convertTo(out, CV_8U, 255.0);  // saturating
  return out;
}

}  // namespace swapcam::process
