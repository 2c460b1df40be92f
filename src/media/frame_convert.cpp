#include "media/frame_convert.h"

#include <algorithm>
#include <cstring>
#include <tuple>
#include <utility>
#include <vector>

#include <opencv2/core.hpp>

extern "C" {
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
}

#include "core/error.h"
#include "media/av_util.h"

namespace swapcam::media {
using namespace detail;

namespace {

constexpr int kSwsFlags = SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT | SWS_FULL_CHR_H_INP;
// The detector's input, scaled down: area averaging, measured 0.8 ms for 1080p to 640x360 on this
// CPU against 4.3 ms with the flags above (their chroma work is lost in a 3x reduction anyway).
constexpr int kSwsScaleDownFlags = SWS_AREA | SWS_ACCURATE_RND;

// Converters kept per thread, a few shapes at once (patch tiles come in a handful of sizes),
// rebuilt when a picture's shape or colours are new.
class ConverterCache {
 public:
  // The converter and whether it was just made (its colour details still to set).
  std::pair<SwsContext*, bool> get(int width, int height, int src_fmt, int dst_fmt, int matrix, int full_range) {
    return get(width, height, src_fmt, {width, height}, dst_fmt, matrix, full_range, kSwsFlags);
  }
  // With scaling to `out` (the detector's input straight from the decoded planes).
  std::pair<SwsContext*, bool> get(int width, int height, int src_fmt, cv::Size out, int dst_fmt, int matrix,
                                   int full_range, int flags) {
    const Key k{width, height, out.width, out.height, src_fmt, dst_fmt, matrix, full_range, flags};
    for (auto& e : entries_)
      if (e.key == k) return {e.sws.get(), false};
    SwsPtr sws(sws_getContext(width, height, AVPixelFormat(src_fmt), out.width, out.height, AVPixelFormat(dst_fmt),
                              flags, nullptr, nullptr, nullptr));
    if (!sws) return {nullptr, false};
    if (entries_.size() < kEntries) entries_.push_back({k, std::move(sws)});
    else entries_[next_++ % kEntries] = {k, std::move(sws)};
    for (auto& e : entries_)
      if (e.key == k) return {e.sws.get(), true};
    return {nullptr, false};
  }

 private:
  struct Key {
    int w, h, out_w, out_h, src, dst, matrix, full, flags;
    bool operator==(const Key&) const = default;
  };
  struct Entry {
    Key key;
    SwsPtr sws;
  };
  static constexpr std::size_t kEntries = 32;  // merged patch rectangles come in many sizes
  std::vector<Entry> entries_;
  std::size_t next_ = 0;
};

bool is_yuv(int format) {
  const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(AVPixelFormat(format));
  return d && !(d->flags & AV_PIX_FMT_FLAG_RGB) && d->nb_components >= 3;
}

bool is_full_range(const AVFrame* f) {
  return f->color_range == AVCOL_RANGE_JPEG || f->format == AV_PIX_FMT_YUVJ420P || f->format == AV_PIX_FMT_YUVJ422P ||
         f->format == AV_PIX_FMT_YUVJ444P;
}

std::shared_ptr<AVFrame> new_frame() {
  return std::shared_ptr<AVFrame>(av_frame_alloc(), [](AVFrame* f) { av_frame_free(&f); });
}

std::shared_ptr<AVFrame> new_yuv420(int width, int height) {
  auto f = new_frame();
  if (!f) fail(ErrorKind::Runtime, "out of memory allocating a video frame");
  f->format = AV_PIX_FMT_YUV420P;
  f->width = width;
  f->height = height;
  if (av_frame_get_buffer(f.get(), 0) < 0) fail(ErrorKind::Runtime, "out of memory allocating a video frame");
  f->color_range = AVCOL_RANGE_MPEG;
  f->colorspace = AVCOL_SPC_BT709;
  f->color_primaries = AVCOL_PRI_BT709;
  f->color_trc = AVCOL_TRC_BT709;
  return f;
}

// BGR `rect` (even origin and size) into the 4:2:0 planes of `out`: at the same place, or at its
// origin when `in_place` is false (a scratch picture of rect's size).
void bgr_into_yuv420(const cv::Mat& bgr, cv::Rect rect, AVFrame* out, bool in_place = true) {
  thread_local ConverterCache cache;
  const auto [sws, fresh] = cache.get(rect.width, rect.height, AV_PIX_FMT_BGR24, AV_PIX_FMT_YUV420P, SWS_CS_ITU709, 0);
  if (!sws) fail(ErrorKind::Runtime, "no colour converter for {}x{} BGR", rect.width, rect.height);
  if (fresh)
    sws_setColorspaceDetails(sws, sws_getCoefficients(SWS_CS_DEFAULT), 1, sws_getCoefficients(SWS_CS_ITU709), 0, 0,
                             1 << 16, 1 << 16);
  const cv::Mat src = bgr(rect);
  const std::uint8_t* in[4] = {src.data, nullptr, nullptr, nullptr};
  const int in_stride[4] = {int(src.step[0]), 0, 0, 0};
  const int x = in_place ? rect.x : 0, y = in_place ? rect.y : 0;
  std::uint8_t* dst[4] = {out->data[0] + y * out->linesize[0] + x, out->data[1] + y / 2 * out->linesize[1] + x / 2,
                          out->data[2] + y / 2 * out->linesize[2] + x / 2, nullptr};
  sws_scale(sws, in, in_stride, 0, rect.height, dst, out->linesize);
}

}  // namespace

Picture Picture::reference(const AVFrame* frame, int rotation_degrees) {
  Picture p;
  p.frame_ = new_frame();
  if (!p.frame_ || av_frame_ref(p.frame_.get(), frame) < 0)
    fail(ErrorKind::Runtime, "out of memory keeping a video frame");
  p.rotation_ = rotation_degrees;
  return p;
}

int Picture::width() const { return frame_ ? frame_->width : 0; }
int Picture::height() const { return frame_ ? frame_->height : 0; }

cv::Mat Picture::plane(int index) const {
  if (!frame_ || index < 0 || index > 3 || !frame_->data[index]) return {};
  const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(AVPixelFormat(frame_->format));
  const int w = index == 0 || !d ? frame_->width : AV_CEIL_RSHIFT(frame_->width, d->log2_chroma_w);
  const int h = index == 0 || !d ? frame_->height : AV_CEIL_RSHIFT(frame_->height, d->log2_chroma_h);
  return cv::Mat(h, w, CV_8UC1, frame_->data[index], std::size_t(frame_->linesize[index]));
}

namespace {

// A converter from `f`'s format and colours to BGR, for a `width` x `height` part of it scaled to `out`.
SwsContext* converter_to_bgr(const AVFrame* f, int width, int height, cv::Size out, int flags = kSwsFlags) {
  thread_local ConverterCache cache;
  const bool yuv = is_yuv(f->format);
  const int matrix = yuv ? sws_colorspace_for(f->colorspace, f->height) : -1;
  const int full = yuv ? int(is_full_range(f)) : -1;
  const auto [sws, fresh] = cache.get(width, height, f->format, out, AV_PIX_FMT_BGR24, matrix, full, flags);
  if (!sws) {
    const char* n = av_get_pix_fmt_name(AVPixelFormat(f->format));
    fail(ErrorKind::InvalidData, "unsupported pixel format {}", n ? n : "?");
  }
  if (fresh && yuv)
    sws_setColorspaceDetails(sws, sws_getCoefficients(matrix), full, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16,
                             1 << 16);
  return sws;
}

// Error(Usage) for a tile that is not even (chroma is shared by 2x2 pixels) or not inside the frame.
void check_tiles(const std::vector<cv::Rect>& tiles, const cv::Rect& frame, const char* caller) {
  for (const cv::Rect& t : tiles)
    if (t.x % 2 || t.y % 2 || t.width % 2 || t.height % 2 || (t & frame) != t)
      fail(ErrorKind::Usage, "{}: tile {}x{} at {},{} is not even or not inside the frame", caller, t.width, t.height,
           t.x, t.y);
}

cv::Rect grown(const cv::Rect& r, int by) { return cv::Rect(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by); }

// Tiles merged into fewer, larger rectangles: tiles of one row that touch become one run, and runs
// of the same columns in touching rows one rectangle. Each is converted with a margin, so fewer,
// larger pieces convert fewer margin pixels (a lone 64-pixel tile with its margin is 1.56 times its
// area). Same pixels, so the same bytes.
std::vector<cv::Rect> merged(std::vector<cv::Rect> tiles) {
  std::sort(tiles.begin(), tiles.end(), [](const cv::Rect& a, const cv::Rect& b) {
    return std::tie(a.y, a.height, a.x) < std::tie(b.y, b.height, b.x);
  });
  std::vector<cv::Rect> runs;
  for (const cv::Rect& t : tiles) {
    if (!runs.empty() && runs.back().y == t.y && runs.back().height == t.height &&
        runs.back().x + runs.back().width == t.x)
      runs.back().width += t.width;
    else runs.push_back(t);
  }
  std::vector<cv::Rect> out;
  for (const cv::Rect& r : runs) {
    auto above = std::find_if(out.begin(), out.end(), [&](const cv::Rect& o) {
      return o.x == r.x && o.width == r.width && o.y + o.height == r.y;
    });
    if (above != out.end()) above->height += r.height;
    else out.push_back(r);
  }
  return out;
}

}  // namespace

cv::Mat to_bgr(const Picture& picture) {
  const AVFrame* f = picture.frame();
  if (!f) fail(ErrorKind::Usage, "no picture to convert");
  SwsContext* sws = converter_to_bgr(f, f->width, f->height, {f->width, f->height});
  cv::Mat bgr(f->height, f->width, CV_8UC3);
  std::uint8_t* dst[4] = {bgr.data, nullptr, nullptr, nullptr};
  const int dst_stride[4] = {int(bgr.step[0]), 0, 0, 0};
  sws_scale(sws, f->data, f->linesize, 0, f->height, dst, dst_stride);
  switch (picture.rotation_degrees()) {
    case 90: {
      cv::Mat r;
      cv::rotate(bgr, r, cv::ROTATE_90_CLOCKWISE);
      return r;
    }
    case 180: {
      cv::Mat r;
      cv::rotate(bgr, r, cv::ROTATE_180);
      return r;
    }
    case 270: {
      cv::Mat r;
      cv::rotate(bgr, r, cv::ROTATE_90_COUNTERCLOCKWISE);
      return r;
    }
    default: return bgr;
  }
}

Picture to_yuv420(const cv::Mat& bgr) {
  if (bgr.type() != CV_8UC3 || bgr.cols % 2 || bgr.rows % 2)
    fail(ErrorKind::InvalidData, "to_yuv420 takes 8-bit BGR of even sides (got {}x{})", bgr.cols, bgr.rows);
  auto f = new_yuv420(bgr.cols, bgr.rows);
  bgr_into_yuv420(bgr, cv::Rect(0, 0, bgr.cols, bgr.rows), f.get());
  Picture p = Picture::reference(f.get());
  return p;
}

std::vector<cv::Rect> changed_tiles(const cv::Mat& a, const cv::Mat& b) {
  return changed_tiles(a, b, tiles_covering({cv::Rect(0, 0, a.cols, a.rows)}, a.size()));
}

Picture patch_yuv420(const Picture& base, const cv::Mat& bgr, const std::vector<cv::Rect>& tiles) {
  const AVFrame* b = base.frame();
  if (!b || b->format != AV_PIX_FMT_YUV420P || b->width != bgr.cols || b->height != bgr.rows || bgr.type() != CV_8UC3)
    fail(ErrorKind::Usage, "patch_yuv420 needs a 4:2:0 picture of the frame's size");
  auto f = new_yuv420(b->width, b->height);
  if (av_frame_copy(f.get(), b) < 0) fail(ErrorKind::Runtime, "cannot copy a video frame");
  const cv::Rect frame(0, 0, bgr.cols, bgr.rows);
  check_tiles(tiles, frame, "patch_yuv420");
  for (const cv::Rect& t : merged(tiles)) {
    const cv::Rect outer =
        cv::Rect(t.x - kPatchMargin, t.y - kPatchMargin, t.width + 2 * kPatchMargin, t.height + 2 * kPatchMargin) &
        frame;
    // The tile with its margin into a scratch picture, then the tile's part of it into the frame.
    thread_local std::shared_ptr<AVFrame> scratch;
    if (!scratch || scratch->width != outer.width || scratch->height != outer.height)
      scratch = new_yuv420(outer.width, outer.height);
    bgr_into_yuv420(bgr, outer, scratch.get(), false);
    for (int p = 0; p < 3; ++p) {
      const int s = p == 0 ? 0 : 1;
      const int w = t.width >> s, h = t.height >> s, dx = (t.x - outer.x) >> s, dy = (t.y - outer.y) >> s;
      for (int y = 0; y < h; ++y)
        std::memcpy(f->data[p] + std::size_t((t.y >> s) + y) * f->linesize[p] + (t.x >> s),
                    scratch->data[p] + std::size_t(dy + y) * scratch->linesize[p] + dx, std::size_t(w));
    }
  }
  return Picture::reference(f.get());
}

bool encodes_as_is(const Picture& picture, cv::Size size) {
  const AVFrame* f = picture.frame();
  return f && f->format == AV_PIX_FMT_YUV420P && f->width == size.width && f->height == size.height &&
         picture.rotation_degrees() == 0 && !is_full_range(f) &&
         sws_colorspace_for(f->colorspace, f->height) == SWS_CS_ITU709;
}

bool has_luma(const Picture& picture) {
  const AVFrame* f = picture.frame();
  if (!f || picture.rotation_degrees() != 0 || !is_yuv(f->format)) return false;
  const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(AVPixelFormat(f->format));
  return d && (d->flags & AV_PIX_FMT_FLAG_PLANAR) && d->comp[0].plane == 0 && d->comp[0].depth == 8 &&
         d->comp[0].step == 1;
}

cv::Mat to_bgr_scaled(const Picture& picture, cv::Size size) {
  const AVFrame* f = picture.frame();
  if (!f) fail(ErrorKind::Usage, "no picture to convert");
  if (size.width <= 0 || size.height <= 0) fail(ErrorKind::Usage, "to_bgr_scaled: empty size");
  const int rot = picture.rotation_degrees();
  const cv::Size stored = rot == 90 || rot == 270 ? cv::Size(size.height, size.width) : size;
  const bool down = stored.width <= f->width && stored.height <= f->height;
  SwsContext* sws = converter_to_bgr(f, f->width, f->height, stored, down ? kSwsScaleDownFlags : kSwsFlags);
  cv::Mat bgr(stored, CV_8UC3);
  std::uint8_t* dst[4] = {bgr.data, nullptr, nullptr, nullptr};
  const int dst_stride[4] = {int(bgr.step[0]), 0, 0, 0};
  sws_scale(sws, f->data, f->linesize, 0, f->height, dst, dst_stride);
  if (rot == 0) return bgr;
  cv::Mat r;
  cv::rotate(bgr, r,
             rot == 90    ? cv::ROTATE_90_CLOCKWISE
             : rot == 180 ? cv::ROTATE_180
                          : cv::ROTATE_90_COUNTERCLOCKWISE);
  return r;
}

void bgr_tiles(const Picture& picture, const std::vector<cv::Rect>& tiles, cv::Mat& bgr) {
  const AVFrame* f = picture.frame();
  if (!f || f->format != AV_PIX_FMT_YUV420P || picture.rotation_degrees() != 0)
    fail(ErrorKind::Usage, "bgr_tiles needs an upright 4:2:0 picture");
  if (bgr.empty()) bgr.create(f->height, f->width, CV_8UC3);
  if (bgr.size() != cv::Size(f->width, f->height) || bgr.type() != CV_8UC3)
    fail(ErrorKind::Usage, "bgr_tiles: the BGR frame is not the picture's size");
  const cv::Rect frame(0, 0, f->width, f->height);
  thread_local cv::Mat scratch;
  check_tiles(tiles, frame, "bgr_tiles");
  for (const cv::Rect& piece : merged(tiles)) {
    // The piece and the kPatchMargin pixels around it (what a later patch of it reads), converted
    // with another kPatchMargin around that as a picture of its own (even, so the chroma planes
    // start on a sample); the margin gives the chroma filters what they see in a whole conversion.
    const cv::Rect t = grown(piece, kPatchMargin) & frame;
    const cv::Rect outer = grown(t, kPatchMargin) & frame;
    SwsContext* sws = converter_to_bgr(f, outer.width, outer.height, outer.size());
    scratch.create(outer.size(), CV_8UC3);
    const std::uint8_t* src[4] = {f->data[0] + std::size_t(outer.y) * f->linesize[0] + outer.x,
                                  f->data[1] + std::size_t(outer.y / 2) * f->linesize[1] + outer.x / 2,
                                  f->data[2] + std::size_t(outer.y / 2) * f->linesize[2] + outer.x / 2, nullptr};
    std::uint8_t* dst[4] = {scratch.data, nullptr, nullptr, nullptr};
    const int dst_stride[4] = {int(scratch.step[0]), 0, 0, 0};
    sws_scale(sws, src, f->linesize, 0, outer.height, dst, dst_stride);
    scratch(cv::Rect(t.x - outer.x, t.y - outer.y, t.width, t.height)).copyTo(bgr(t));
  }
}

std::vector<cv::Rect> tiles_covering(const std::vector<cv::Rect>& rects, cv::Size size) {
  const int cols = (size.width + kPatchTile - 1) / kPatchTile, rows = (size.height + kPatchTile - 1) / kPatchTile;
  std::vector<char> hit(std::size_t(cols) * rows, 0);
  const cv::Rect frame(0, 0, size.width, size.height);
  for (const cv::Rect& r0 : rects) {
    const cv::Rect r = r0 & frame;
    if (r.empty()) continue;
    for (int ty = r.y / kPatchTile; ty <= (r.y + r.height - 1) / kPatchTile; ++ty)
      for (int tx = r.x / kPatchTile; tx <= (r.x + r.width - 1) / kPatchTile; ++tx)
        hit[std::size_t(ty) * cols + tx] = 1;
  }
  std::vector<cv::Rect> out;
  for (int ty = 0; ty < rows; ++ty)
    for (int tx = 0; tx < cols; ++tx)
      if (hit[std::size_t(ty) * cols + tx])
        out.push_back(cv::Rect(tx * kPatchTile, ty * kPatchTile, std::min(kPatchTile, size.width - tx * kPatchTile),
                               std::min(kPatchTile, size.height - ty * kPatchTile)));
  return out;
}

std::vector<cv::Rect> changed_tiles(const cv::Mat& a, const cv::Mat& b, const std::vector<cv::Rect>& candidates) {
  if (a.size() != b.size() || a.type() != b.type())
    fail(ErrorKind::Usage, "changed_tiles: images differ in size or type");
  std::vector<cv::Rect> out;
  const std::size_t px = a.elemSize();
  for (const cv::Rect& t : candidates) {
    const std::size_t bytes = std::size_t(t.width) * px;
    for (int y = t.y; y < t.y + t.height; ++y)
      if (std::memcmp(a.ptr<std::uint8_t>(y) + t.x * px, b.ptr<std::uint8_t>(y) + t.x * px, bytes) != 0) {
        out.push_back(t);
        break;
      }
  }
  return out;
}

}  // namespace swapcam::media
