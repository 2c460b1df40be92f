#pragma once
// Colour match of the swapped face to the target (off by default; Deep-Live-Cam has none): the
// mean and standard deviation of each Lab channel of the swapped crop are moved to those of the
// original crop, both measured inside the face mask.
#include <opencv2/core.hpp>

namespace swapcam::process {

// `swapped` and `target`: 8-bit BGR of the same size; `weights`: CV_32F of that size (the face
// mask; weight 0 pixels are not measured). Returns the adjusted swapped image. When the mask is
// empty it returns `swapped` unchanged.
cv::Mat match_color(const cv::Mat& swapped, const cv::Mat& target, const cv::Mat& weights);

}  // namespace swapcam::process
