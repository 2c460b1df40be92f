#include "process/pixel_boost.h"

#include "core/error.h"

namespace swapcam::process {

namespace {

// Copies the pixels of tile (i, j) between the crop and the tile, in the direction `to_tile` says.
template <typename Pixel>
void weave(cv::Mat& crop, cv::Mat& tile, int k, int i, int j, bool to_tile) {
  for (int y = 0; y < tile.rows; ++y) {
    Pixel* t = tile.ptr<Pixel>(y);
    Pixel* c = crop.ptr<Pixel>(y * k + i) + j;
    for (int x = 0; x < tile.cols; ++x, c += k) {
      if (to_tile) t[x] = *c;
      else *c = t[x];
    }
  }
}

void weave_typed(cv::Mat& crop, cv::Mat& tile, int k, int i, int j, bool to_tile) {
  switch (crop.elemSize()) {
    case 1: return weave<uint8_t>(crop, tile, k, i, j, to_tile);
    case 3: return weave<cv::Vec3b>(crop, tile, k, i, j, to_tile);
    case 4: return weave<float>(crop, tile, k, i, j, to_tile);  // any 4-byte pixel: copied bit for bit
    default: fail(ErrorKind::InvalidData, "pixel boost: unsupported pixel size {}", crop.elemSize());
  }
}

}  // namespace

std::vector<cv::Mat> split_boost_tiles(const cv::Mat& crop, int k) {
  if (k < 1 || crop.empty() || crop.rows != crop.cols || crop.rows % k != 0)
    fail(ErrorKind::InvalidData, "pixel boost: a {}x{} crop cannot be split into {}x{} tiles", crop.cols, crop.rows, k,
         k);
  if (k == 1) return {crop};
  const int side = crop.rows / k;
  cv::Mat src = crop;  // weave() takes non-const; nothing is written to it here
  std::vector<cv::Mat> tiles;
  tiles.reserve(static_cast<size_t>(k) * k);
  for (int i = 0; i < k; ++i)
    for (int j = 0; j < k; ++j) {
      cv::Mat t(side, side, crop.type());
      weave_typed(src, t, k, i, j, /*to_tile=*/true);
      tiles.push_back(std::move(t));
    }
  return tiles;
}

cv::Mat merge_boost_tiles(std::span<const cv::Mat> tiles, int k) {
  if (k < 1 || tiles.size() != static_cast<size_t>(k) * k)
    fail(ErrorKind::InvalidData, "pixel boost: {} tiles cannot make a {}x{} weave", tiles.size(), k, k);
  if (k == 1) return tiles[0];
  const int side = tiles[0].rows;
  cv::Mat crop(side * k, side * k, tiles[0].type());
  for (int i = 0; i < k; ++i)
    for (int j = 0; j < k; ++j) {
      cv::Mat t = tiles[static_cast<size_t>(i) * k + j];
      if (t.rows != side || t.cols != side || t.type() != crop.type())
        fail(ErrorKind::InvalidData, "pixel boost: tiles of different sizes or types");
      weave_typed(crop, t, k, i, j, /*to_tile=*/false);
    }
  return crop;
}

}  // namespace swapcam::process
