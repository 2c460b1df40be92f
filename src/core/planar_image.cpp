#include "core/planar_image.h"

#include <cstdint>

namespace swapcam {

void bgr8_to_planar_rgb(const cv::Mat& bgr, float scale, float offset, float* dst) {
  bgr8_to_planar_rgb(bgr, Rgb3{scale, scale, scale}, Rgb3{offset, offset, offset}, dst);
}

void bgr8_to_planar_rgb(const cv::Mat& bgr, const Rgb3& scale, const Rgb3& offset, float* dst) {
  CV_Assert(bgr.type() == CV_8UC3);
  const size_t plane = static_cast<size_t>(bgr.rows) * bgr.cols;
  float* r = dst;
  float* g = r + plane;
  float* b = g + plane;
  for (int y = 0; y < bgr.rows; ++y) {
    const uint8_t* px = bgr.ptr<uint8_t>(y);
    const size_t row = static_cast<size_t>(y) * bgr.cols;
    for (int x = 0; x < bgr.cols; ++x) {
      b[row + x] = px[3 * x] * scale[2] + offset[2];
      g[row + x] = px[3 * x + 1] * scale[1] + offset[1];
      r[row + x] = px[3 * x + 2] * scale[0] + offset[0];
    }
  }
}

cv::Mat planar_rgb_to_bgr8(const float* src, int width, int height, float scale, float offset) {
  return planar_rgb_to_bgr8(src, width, height, Rgb3{scale, scale, scale}, Rgb3{offset, offset, offset});
}

cv::Mat planar_rgb_to_bgr8(const float* src, int width, int height, const Rgb3& scale, const Rgb3& offset) {
  cv::Mat out(height, width, CV_8UC3);
  const size_t plane = static_cast<size_t>(width) * height;
  const float* r = src;
  const float* g = r + plane;
  const float* b = g + plane;
  auto to8 = [](float v, float scale, float offset) {
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
      px[3 * x] = to8(b[row + x], scale[2], offset[2]);
      px[3 * x + 1] = to8(g[row + x], scale[1], offset[1]);
      px[3 * x + 2] = to8(r[row + x], scale[0], offset[0]);
    }
  }
  return out;
}

}  // namespace swapcam
