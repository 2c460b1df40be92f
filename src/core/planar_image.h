#pragma once
// 8-bit BGR images <-> planar RGB float tensors (NCHW without the batch), the layout every face model
// consumes and produces. One definition of the channel order and the rounding.
#include <array>

#include <opencv2/core.hpp>

namespace swapcam {

// dst[c][y][x] = bgr(y, x)[2 - c] * scale + offset, for an 8-bit 3-channel image; dst holds 3*rows*cols.
void bgr8_to_planar_rgb(const cv::Mat& bgr, float scale, float offset, float* dst);

// pixel = round(value * scale + offset) clamped to 0..255 (NaN becomes 0), RGB planes to BGR pixels.
cv::Mat planar_rgb_to_bgr8(const float* src, int width, int height, float scale, float offset);

// Per-channel forms (scale and offset in RGB order), for models normalised per channel.
using Rgb3 = std::array<float, 3>;
void bgr8_to_planar_rgb(const cv::Mat& bgr, const Rgb3& scale, const Rgb3& offset, float* dst);
cv::Mat planar_rgb_to_bgr8(const float* src, int width, int height, const Rgb3& scale, const Rgb3& offset);

}  // namespace swapcam
