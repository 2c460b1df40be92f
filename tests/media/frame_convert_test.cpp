// media/frame_convert: pictures kept in YUV, converted where pixels change. The patched picture must
// equal a whole-frame conversion inside the change and the untouched picture everywhere else.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/frame_convert.h"

namespace swapcam::media {
namespace {

cv::Mat textured(int w, int h, int seed) {
  cv::Mat small(h / 8 + 1, w / 8 + 1, CV_8UC3), img, noise(h, w, CV_8UC3);
  cv::RNG rng(seed);
  rng.fill(small, cv::RNG::UNIFORM, 20, 235);
  cv::resize(small, img, cv::Size(w, h), 0, 0, cv::INTER_CUBIC);
  rng.fill(noise, cv::RNG::UNIFORM, 0, 12);
  return img + noise;
}

// Number of samples of plane `i` that differ between two pictures within `r` (plane coordinates).
int differing(const Picture& a, const Picture& b, int i, cv::Rect r) {
  cv::Mat d;
  cv::compare(a.plane(i)(r), b.plane(i)(r), d, cv::CMP_NE);
  return cv::countNonZero(d);
}

TEST(ChangedTiles, AreTheGridTilesHoldingChangedPixelsAndNoneWhenEqual) {
  const cv::Mat a = textured(320, 200, 1);  // 5 x 4 tiles of 64 (the last row 8 high)
  EXPECT_TRUE(changed_tiles(a, a.clone()).empty());
  cv::Mat b = a.clone();
  b.at<cv::Vec3b>(70, 130)[1] ^= 1;   // tile (2, 1)
  b.at<cv::Vec3b>(199, 319)[0] ^= 1;  // the last, clipped tile
  b.at<cv::Vec3b>(0, 63)[2] ^= 1;     // tile (0, 0), its last column
  const std::vector<cv::Rect> expected = {cv::Rect(0, 0, 64, 64), cv::Rect(128, 64, 64, 64), cv::Rect(256, 192, 64, 8)};
  EXPECT_EQ(changed_tiles(a, b), expected);
}

TEST(FrameConvert, WholeConversionRoundTripsCloselyAndIsEncodableAsIs) {
  const cv::Mat bgr = textured(256, 144, 2);
  const Picture p = to_yuv420(bgr);
  EXPECT_TRUE(encodes_as_is(p, bgr.size()));
  EXPECT_FALSE(encodes_as_is(p, cv::Size(258, 144)));
  const cv::Mat back = to_bgr(p);
  EXPECT_GE(cv::PSNR(back, bgr), 35.0);                           // 4:2:0 loses chroma detail; far from a broken matrix
  EXPECT_THROW(to_yuv420(bgr(cv::Rect(0, 0, 255, 144))), Error);  // odd width
}

TEST(FrameConvert, PatchIsTheWholeConversionInsideTheTilesAndTheBaseOutside) {
  const cv::Mat original = textured(640, 360, 3);
  const Picture base = to_yuv420(original);
  const cv::Mat bgr = to_bgr(base);  // what a stage sees
  for (const cv::Rect change : {cv::Rect(200, 100, 120, 90), cv::Rect(0, 0, 30, 20), cv::Rect(581, 301, 59, 59)}) {
    SCOPED_TRACE(testing::Message() << change);
    cv::Mat edited = bgr.clone();
    cv::Mat roi = edited(change);
    cv::bitwise_not(roi, roi);
    const auto tiles = changed_tiles(bgr, edited);
    ASSERT_FALSE(tiles.empty());
    const Picture patched = patch_yuv420(base, edited, tiles);
    const Picture whole = to_yuv420(edited);
    cv::Mat in_tiles(360, 640, CV_8U, cv::Scalar(0));
    for (const auto& t : tiles) in_tiles(t).setTo(255);
    EXPECT_EQ(cv::countNonZero(in_tiles(change)), change.area()) << "a changed pixel outside every tile";
    cv::Mat in_tiles_c;
    cv::resize(in_tiles, in_tiles_c, cv::Size(320, 180), 0, 0, cv::INTER_NEAREST);
    for (int p = 0; p < 3; ++p) {
      const cv::Mat& inside = p == 0 ? in_tiles : in_tiles_c;
      cv::Mat d;
      // Inside the tiles: the bytes of a whole-frame conversion of the edited frame.
      cv::compare(patched.plane(p), whole.plane(p), d, cv::CMP_NE);
      EXPECT_EQ(cv::countNonZero(d & inside), 0) << "plane " << p << " inside";
      // Outside them: the base's bytes, untouched.
      cv::compare(patched.plane(p), base.plane(p), d, cv::CMP_NE);
      EXPECT_EQ(cv::countNonZero(d & ~inside), 0) << "plane " << p << " outside";
    }
  }
  // The base itself is left alone (patches are copies).
  EXPECT_EQ(differing(base, to_yuv420(original), 0, cv::Rect(0, 0, 640, 360)), 0);
  EXPECT_THROW(patch_yuv420(base, bgr, {cv::Rect(1, 0, 64, 64)}), Error);  // odd origin
}

// Issue 19: the swap converts only the regions its faces touch. Inside the tiles and their margin the
// bytes are a whole-frame conversion's (sizes whose tiles clip at the right and bottom too); outside,
// the frame keeps what it held.
TEST(FrameConvert, TilesIntoBgrAreTheWholeConversionInsideAndLeaveTheRestAlone) {
  for (const cv::Size size : {cv::Size(640, 360), cv::Size(330, 202)}) {
    SCOPED_TRACE(testing::Message() << size);
    const Picture p = to_yuv420(textured(size.width, size.height, 6));
    const cv::Mat whole = to_bgr(p);
    const auto tiles = tiles_covering(
        {cv::Rect(100, 70, 90, 60), cv::Rect(size.width - 20, size.height - 10, 20, 10), cv::Rect(0, 0, 1, 1)}, size);
    ASSERT_FALSE(tiles.empty());
    cv::Mat bgr(size, CV_8UC3, cv::Scalar(1, 2, 3));
    bgr_tiles(p, tiles, bgr);
    cv::Mat inside(size, CV_8U, cv::Scalar(0));  // the tiles and the margin a later patch reads
    for (const auto& t : tiles)
      inside(cv::Rect(t.x - kPatchMargin, t.y - kPatchMargin, t.width + 2 * kPatchMargin, t.height + 2 * kPatchMargin) &
             cv::Rect(cv::Point(), size))
          .setTo(255);
    cv::Mat d, d1;
    cv::compare(bgr.reshape(1), whole.reshape(1), d, cv::CMP_NE);
    cv::resize(inside, d1, cv::Size(size.width * 3, size.height), 0, 0, cv::INTER_NEAREST);
    EXPECT_EQ(cv::countNonZero(d & d1), 0) << "a converted byte differs from the whole conversion";
    cv::Mat untouched;
    cv::compare(bgr.reshape(1), cv::Mat(size, CV_8UC3, cv::Scalar(1, 2, 3)).reshape(1), untouched, cv::CMP_NE);
    EXPECT_EQ(cv::countNonZero(untouched & ~d1), 0) << "a pixel outside the tiles was written";
    cv::Mat made;  // made at the picture's size when empty
    bgr_tiles(p, tiles, made);
    EXPECT_EQ(made.size(), size);
  }
  const Picture p = to_yuv420(textured(128, 64, 7));
  cv::Mat bgr;
  EXPECT_THROW(bgr_tiles(p, {cv::Rect(1, 0, 64, 64)}, bgr), Error);   // odd origin
  EXPECT_THROW(bgr_tiles(p, {cv::Rect(96, 0, 64, 64)}, bgr), Error);  // past the edge
}

TEST(FrameConvert, TilesCoveringAreTheGridTilesTheRectsTouch) {
  const cv::Size size(320, 200);  // 5 x 4 tiles, the last row 8 high
  const std::vector<cv::Rect> expected = {cv::Rect(0, 0, 64, 64), cv::Rect(64, 0, 64, 64), cv::Rect(256, 192, 64, 8)};
  EXPECT_EQ(tiles_covering({cv::Rect(60, 10, 10, 10), cv::Rect(300, 195, 100, 100), cv::Rect(-50, -50, 10, 10)}, size),
            expected);
  const cv::Mat a = textured(320, 200, 8);
  cv::Mat b = a.clone();
  b.at<cv::Vec3b>(70, 130)[1] ^= 1;  // tile (2, 1), not a candidate
  b.at<cv::Vec3b>(5, 70)[0] ^= 1;    // tile (1, 0)
  EXPECT_EQ(changed_tiles(a, b, expected), (std::vector<cv::Rect>{cv::Rect(64, 0, 64, 64)}));
}

// The detector's input made straight from the planes: close to converting whole and resizing.
TEST(FrameConvert, ScaledConversionIsCloseToConvertingThenResizing) {
  const Picture p = to_yuv420(textured(640, 360, 9));
  const cv::Mat small = to_bgr_scaled(p, cv::Size(320, 180));
  ASSERT_EQ(small.size(), cv::Size(320, 180));
  cv::Mat resized;
  cv::resize(to_bgr(p), resized, small.size(), 0, 0, cv::INTER_AREA);
  EXPECT_GE(cv::PSNR(small, resized), 25.0);  // swscale's area filter is not OpenCV's; the noise differs
  cv::Mat wrong_colours;
  cv::cvtColor(resized, wrong_colours, cv::COLOR_BGR2RGB);
  EXPECT_GT(cv::PSNR(small, resized), cv::PSNR(small, wrong_colours) + 5.0);
}

TEST(FrameConvert, ThreadsConvertIndependently) {
  const cv::Mat a = textured(320, 180, 4), b = textured(160, 90, 5);
  const Picture pa = to_yuv420(a), pb = to_yuv420(b);
  const cv::Mat ra = to_bgr(pa), rb = to_bgr(pb);
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        const bool first = (i + t) % 2 == 0;
        const cv::Mat out = to_bgr(first ? pa : pb);
        if (cv::norm(out, first ? ra : rb, cv::NORM_INF) != 0) wrong.fetch_add(1);
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace swapcam::media
