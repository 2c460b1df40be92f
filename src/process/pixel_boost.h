#pragma once
// Pixel boost (docs/QUALITY.md): a face crop warped at k times the swapper's size is split into k*k
// interleaved sub-images of the model's size, each swapped, and woven back together, so a 128-px
// model paints every pixel of a 512-px crop. Tile (i, j) holds the crop's pixels (y*k + i, x*k + j).
#include <span>
#include <vector>

#include <opencv2/core.hpp>

namespace swapcam::process {

// The k*k tiles of a square crop whose side is a multiple of k, row-major in (i, j). k = 1: the crop.
std::vector<cv::Mat> split_boost_tiles(const cv::Mat& crop, int k);
// The inverse: weaves k*k equal square tiles (same type) into one crop k times their side.
cv::Mat merge_boost_tiles(std::span<const cv::Mat> tiles, int k);

}  // namespace swapcam::process
