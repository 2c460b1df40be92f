#include "process/paste_back.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

#include <opencv2/imgproc.hpp>
#include <opencv2/photo.hpp>

#include "core/error.h"
#include "core/geometry.h"

namespace swapcam::process {

namespace {

constexpr int kMaskSize = 128;

cv::Mat make_swap_alpha() {
  cv::Mat mask = cv::Mat::zeros(kMaskSize, kMaskSize, CV_32F);
  const int axis = static_cast<int>(std::lround(0.44 * kMaskSize));  // 56
  cv::ellipse(mask, cv::Point(kMaskSize / 2, kMaskSize / 2), cv::Size(axis, axis), 0, 0, 360, cv::Scalar(1.0),
              cv::FILLED);
  cv::GaussianBlur(mask, mask, cv::Size(31, 31), 12.0);
  return mask;
}

inline uint8_t round_u8(float v) { return static_cast<uint8_t>(std::clamp(v + 0.5f, 0.f, 255.f)); }

}  // namespace

const cv::Mat& swap_alpha_mask() {
  static const cv::Mat mask = make_swap_alpha();  // thread-safe static initialisation
  return mask;
}

cv::Mat swap_alpha_mask(int size) {
  if (size <= 0) fail(ErrorKind::InvalidData, "mask size must be positive (got {})", size);
  if (size == 128) return swap_alpha_mask();
  static std::mutex mutex;
  static std::map<int, cv::Mat> cache;
  std::lock_guard lock(mutex);
  auto& mask = cache[size];
  if (mask.empty()) cv::resize(swap_alpha_mask(), mask, cv::Size(size, size), 0, 0, cv::INTER_LINEAR);
  return mask;
}

cv::Mat box_alpha_mask(int size, float ramp_fraction) {
  if (size <= 0) fail(ErrorKind::InvalidData, "mask size must be positive (got {})", size);
  static std::mutex mutex;
  static std::map<std::pair<int, float>, cv::Mat> cache;
  std::lock_guard lock(mutex);
  auto& mask = cache[{size, ramp_fraction}];
  if (mask.empty()) {
    const float ramp = std::max(1.f, ramp_fraction * static_cast<float>(size));
    std::vector<float> profile(static_cast<size_t>(size));
    for (int i = 0; i < size; ++i) {
      // Distance from the nearer edge, measured at pixel centres.
      const float d = std::min(static_cast<float>(i) + 0.5f, static_cast<float>(size - i) - 0.5f);
      profile[static_cast<size_t>(i)] = std::clamp(d / ramp, 0.f, 1.f);
    }
    mask.create(size, size, CV_32F);
    for (int y = 0; y < size; ++y) {
      float* row = mask.ptr<float>(y);
      for (int x = 0; x < size; ++x)
        row[x] = std::min(profile[static_cast<size_t>(y)], profile[static_cast<size_t>(x)]);
    }
  }
  return mask;
}

cv::Rect crop_region(const cv::Mat& matrix, int crop_size, cv::Size frame_size, int margin) {
  const cv::Mat inv = invert_affine(matrix);
  const float s = static_cast<float>(crop_size);
  float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
  for (cv::Point2f c : {cv::Point2f(0, 0), cv::Point2f(s, 0), cv::Point2f(0, s), cv::Point2f(s, s)}) {
    const cv::Point2f p = transform_point(inv, c);
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return {};
    x0 = std::min(x0, p.x);
    y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x);
    y1 = std::max(y1, p.y);
  }
  // Clamp in float first: a degenerate transform must not overflow the int conversion.
  const float fw = static_cast<float>(frame_size.width), fh = static_cast<float>(frame_size.height);
  const int left = static_cast<int>(std::floor(std::clamp(x0 - margin, 0.f, fw)));
  const int top = static_cast<int>(std::floor(std::clamp(y0 - margin, 0.f, fh)));
  const int right = static_cast<int>(std::ceil(std::clamp(x1 + margin, 0.f, fw)));
  const int bottom = static_cast<int>(std::ceil(std::clamp(y1 + margin, 0.f, fh)));
  if (right <= left || bottom <= top) return {};
  return {left, top, right - left, bottom - top};
}

void blend_region(cv::Mat& frame, const cv::Mat& src, cv::Rect region, const cv::Mat& weights, float scale) {
  CV_Assert(frame.type() == CV_8UC3 && src.type() == CV_8UC3 && src.size() == region.size());
  CV_Assert(weights.empty() || (weights.type() == CV_32F && weights.size() == region.size()));
  CV_Assert((region & cv::Rect(0, 0, frame.cols, frame.rows)) == region);
  if (!(scale > 0.f)) return;
  for (int y = 0; y < region.height; ++y) {
    uint8_t* f = frame.ptr<uint8_t>(region.y + y) + 3 * region.x;
    const uint8_t* s = src.ptr<uint8_t>(y);
    const float* w = weights.empty() ? nullptr : weights.ptr<float>(y);
    for (int x = 0; x < region.width; ++x) {
      const float a = (w ? w[x] : 1.f) * scale;
      if (a <= 0.f) continue;  // untouched: bit-identical
      for (int c = 0; c < 3; ++c) {
        const float fv = f[3 * x + c];
        f[3 * x + c] = a >= 1.f ? s[3 * x + c] : round_u8(fv + a * (static_cast<float>(s[3 * x + c]) - fv));
      }
    }
  }
}

cv::Rect paste_back(cv::Mat& frame, const cv::Mat& crop, const cv::Mat& matrix, const cv::Mat& alpha,
                    const PasteOptions& options, float strength, cv::Mat* warped_alpha) {
  if (frame.type() != CV_8UC3) fail(ErrorKind::InvalidData, "paste-back needs an 8-bit BGR frame");
  if (crop.type() != CV_8UC3 || crop.rows != crop.cols || alpha.size() != crop.size() || alpha.type() != CV_32F)
    fail(ErrorKind::InvalidData, "paste-back needs a square 8-bit BGR crop and a float alpha of the same size");
  const cv::Rect region = crop_region(matrix, crop.cols, frame.size());
  if (region.empty()) return {};

  // Inverse transform shifted so that it lands in region coordinates: only the region is warped.
  cv::Mat inv = invert_affine(matrix);
  inv.at<double>(0, 2) -= region.x;
  inv.at<double>(1, 2) -= region.y;
  cv::Mat fake, a;
  cv::warpAffine(crop, fake, inv, region.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  cv::warpAffine(alpha, a, inv, region.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));

  if (options.poisson_blend) {
    cv::Mat mask;
    cv::compare(a, 0.5, mask, cv::CMP_GT);  // 8-bit 0/255
    const int k = std::max(3, std::min(region.width, region.height) / 16) | 1;
    cv::erode(mask, mask, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(k, k)));
    // seamlessClone clears a 1 px border of the mask; keep away from it so its ROI arithmetic holds.
    if (mask.rows > 4 && mask.cols > 4) {
      const cv::Rect inner(2, 2, mask.cols - 4, mask.rows - 4);
      cv::Mat kept = cv::Mat::zeros(mask.size(), CV_8U);
      mask(inner).copyTo(kept(inner));
      mask = kept;
    } else {
      mask.setTo(0);
    }
    const cv::Rect box = cv::boundingRect(mask);
    if (box.width >= 3 && box.height >= 3) {
      // Centre chosen so that seamlessClone places the mask's box exactly where it was.
      const cv::Point centre(box.x + box.width / 2, box.y + box.height / 2);
      cv::Mat blended;
      cv::seamlessClone(fake, frame(region), mask, centre, blended, cv::NORMAL_CLONE);
      fake = blended;
    }
  }

  blend_region(frame, fake, region, a, strength);
  if (warped_alpha) *warped_alpha = a;
  return region;
}

void sharpen_region(cv::Mat& frame, cv::Rect region, const cv::Mat& weights, float amount) {
  if (!(amount > 0.f) || region.empty()) return;
  CV_Assert(frame.type() == CV_8UC3);
  region &= cv::Rect(0, 0, frame.cols, frame.rows);
  if (region.empty()) return;
  const cv::Mat roi = frame(region);
  // Blur radius in proportion to the face so the effect looks the same at any resolution.
  const double sigma = std::max(1.0, std::min(region.width, region.height) / 96.0);
  cv::Mat blurred, sharp(region.size(), CV_8UC3);
  cv::GaussianBlur(roi, blurred, cv::Size(), sigma);
  for (int y = 0; y < region.height; ++y) {
    const uint8_t* x0 = roi.ptr<uint8_t>(y);
    const uint8_t* b = blurred.ptr<uint8_t>(y);
    uint8_t* o = sharp.ptr<uint8_t>(y);
    for (int i = 0; i < 3 * region.width; ++i)
      o[i] = round_u8(x0[i] + amount * (static_cast<float>(x0[i]) - static_cast<float>(b[i])));
  }
  blend_region(frame, sharp, region, weights, 1.f);
}

}  // namespace swapcam::process
