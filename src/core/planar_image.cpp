#include "core/planar_image.h"

#include <cstdint>

namespace swapcam {

void bgr8_to_planar_rgb(const cv::Mat& bgr, float scale, float offset, float* dst) {
  CV_Assert(bgr.type() == CV_8UC3);
  const size_t plane = static_cast<size_t>(bgr.rows) * bgr.cols;
  float* r = dst;
  float* g = r + plane;
  float* b = g + plane;
  for (int y = 0; y < bgr.rows; ++y) {
    const uint8_t* px = bgr.ptr<uint8_t>(y);
    const size_t row = static_cast<size_t>(y) * bgr.cols;
    for (int x = 0; x < bgr.cols; ++x) {
      b[row + x] = px[3 * x] * scale + offset;
      g[row + x] = px[3 * x + 1] * scale + offset;
      r[row + x] = px[3 * x + 2] * scale + offset;
    }
  }
}

cv::Mat planar_rgb_to_bgr8(const float* src, int width, int height, float scale, float offset) {
  cv::Mat out(height, width, CV_8UC3);
  const size_t plane = static_cast<size_t>(width) * height;
  const float* r = src;
  const float* g = r + plane;
  const float* b = g + plane;
  auto to8 = [scale, offset](float v) {
    const float s = v * scale + offset;
    // NaN compares false everywhere: map it to 0 rather than to an undefined cast.
    if (!(s > 0.f)) return uint8_t{0};
    if (s >= 255.f) return uint8_t{255};
    return static_cast<uint8_t>(s + 0.5f);
  };
  for (int y = 0; y < height; ++y) {
    uint8_t* px = out.ptr<uint8_t>(y);
    const size_t row = static_cast<size_t>(y) * width;
    for (int x = 0; x < width; ++x) {
      px[3 * x] = to8(b[row + x]);
      px[3 * x + 1] = to8(g[row + x]);
      px[3 * x + 2] = to8(r[row + x]);
    }
  }
  return out;
}

}  // namespace swapcam
