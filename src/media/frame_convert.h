#pragma once
// Pictures in the codec's own format (YUV), kept as the decoder made them and converted to BGR only
// where pixels are needed, and the way back for the encoder: a frame where no pixel changed goes to
// the encoder as it was decoded, a frame changed in one region gets only that region converted.
// Conversions are those the reader and writer always made (bicubic, accurate rounding, full chroma;
// BT.709 limited range out), so a picture converted whole is bit-identical to the old path.
// Thread-safe: each thread keeps its own converters.
#include <memory>
#include <vector>

#include <opencv2/core.hpp>

struct AVFrame;

namespace swapcam::media {

// A decoded (or encoder-ready) picture, shared without copying (FFmpeg's reference-counted buffers).
class Picture {
 public:
  Picture() = default;
  // Takes a new reference to `frame` (system memory); `rotation_degrees`: clockwise, applied by to_bgr.
  static Picture reference(const AVFrame* frame, int rotation_degrees = 0);
  bool empty() const { return !frame_; }
  int width() const;  // as stored (before rotation)
  int height() const;
  int rotation_degrees() const { return rotation_; }
  const AVFrame* frame() const { return frame_.get(); }
  // One plane of an 8-bit planar picture, no copy (read-only by contract); tests compare these.
  cv::Mat plane(int index) const;

 private:
  std::shared_ptr<AVFrame> frame_;
  int rotation_ = 0;
};

// The picture as 8-bit BGR, upright. Error(InvalidData) for a pixel format swscale cannot read.
cv::Mat to_bgr(const Picture& picture);

// 8-bit BGR (same size, even sides) to YUV 4:2:0, BT.709 limited range: what the encoder takes.
Picture to_yuv420(const cv::Mat& bgr);

// Whether plane(0) is the picture's 8-bit luma, upright: a grey picture without any conversion.
bool has_luma(const Picture& picture);

// The picture scaled to `size` (upright) as BGR in one swscale pass (area averaging when shrinking,
// the flags above otherwise): a detector's input straight from the decoded planes, never a
// full-size BGR frame.
cv::Mat to_bgr_scaled(const Picture& picture, cv::Size size);

// Where two BGR frames differ, as tiles of a kPatchTile grid (clipped to the frame): what
// patch_yuv420 converts. A swap of six faces changes six areas, not their bounding box.
constexpr int kPatchTile = 64;
std::vector<cv::Rect> changed_tiles(const cv::Mat& a, const cv::Mat& b);
// The same, looking only at `candidates` (tiles of that grid): where nothing else can have changed.
std::vector<cv::Rect> changed_tiles(const cv::Mat& a, const cv::Mat& b, const std::vector<cv::Rect>& candidates);
// The tiles of the kPatchTile grid (clipped to `size`) that any of `rects` touches, in grid order.
std::vector<cv::Rect> tiles_covering(const std::vector<cv::Rect>& rects, cv::Size size);

// `base` (YUV 4:2:0 of bgr's size) with every tile (even origin and size) replaced by the
// conversion of `bgr` there. Each tile is converted with kPatchMargin pixels of its neighbours
// around it, so the chroma filters see what they see in a whole-frame conversion: inside the tiles
// the bytes are those of to_yuv420(bgr), outside them those of `base`.
constexpr int kPatchMargin = 8;
Picture patch_yuv420(const Picture& base, const cv::Mat& bgr, const std::vector<cv::Rect>& tiles);

// The way in, region by region: `tiles` (even origin and size, inside the picture) of an upright 4:2:0
// picture, and the kPatchMargin pixels around them, converted into `bgr` (made at the picture's size
// when empty; its other pixels are left as they are, unset when just made). Those bytes are the ones
// to_bgr(picture) gives (each piece is converted with more of its neighbours around it): a swap that
// reads and writes only inside the tiles sees what it would in a whole frame, and a patch of any of
// the tiles (which reads their margin) converts back what a whole frame's patch would.
void bgr_tiles(const Picture& picture, const std::vector<cv::Rect>& tiles, cv::Mat& bgr);

// Whether an encoder that takes YUV 4:2:0 BT.709 limited range of `size` can take `picture` as it
// is: 8-bit 4:2:0, limited range, a BT.709 matrix (stated, or guessed for HD), no rotation, that size.
bool encodes_as_is(const Picture& picture, cv::Size size);

}  // namespace swapcam::media
