// Issue 19: frames stay in the decoder's YUV until pixels are needed. The outputs are compared with
// the whole-frame BGR path (VideoJobOptions::keep_pictures = false) on lossless x264 (CRF 0), so
// what is compared is exactly what each path gave the encoder:
//  - pass-through: the decoded pictures themselves, bit for bit (the old path loses a little in
//    the BGR round trip: high PSNR, not equal);
//  - a swap that changes one region: inside it the same bytes as the old path, outside it the
//    decoded bytes untouched.
#include <atomic>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "media/video_reader.h"
#include "media/video_writer.h"
#include "pipeline/video_pipeline.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

constexpr int kW = 320, kH = 240, kFrames = 12;
const cv::Rect kChange(100, 60, 90, 70);  // even origin and size: whole chroma samples

// A textured clip moving a little each frame, written by our writer (BT.709 tagged, 4:2:0).
void write_clip(const fs::path& out) {
  cv::Mat small(kH / 6, kW / 6, CV_8UC3);
  cv::RNG(7).fill(small, cv::RNG::UNIFORM, 30, 220);
  cv::Mat big;
  cv::resize(small, big, cv::Size(kW + 64, kH + 64), 0, 0, cv::INTER_CUBIC);
  media::VideoWriterOptions w;
  w.encoder = "libx264";
  w.quality = 12;
  w.time_base = {1, 25};
  w.frame_rate = {25, 1};
  media::VideoWriter writer(out, kW, kH, w);
  for (int i = 0; i < kFrames; ++i) writer.write(big(cv::Rect(2 * i, i, kW, kH)).clone(), i, 1);
  writer.finish();
}

int differing(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask = {}) {
  cv::Mat d;
  cv::compare(a, b, d, cv::CMP_NE);
  if (!mask.empty()) d &= mask;
  return cv::countNonZero(d);
}

class FramePath : public ::testing::Test {
 protected:
  void SetUp() override { write_clip(in_); }
  fs::path run(const std::string& name, bool keep_pictures, const pipeline::VideoFrameWork& work) {
    pipeline::SwapOptions o;
    o.target = in_;
    o.output = dir_ / name;
    o.video_encoder = "libx264";
    o.video_quality = 0;  // lossless: the output holds exactly what the encoder was given
    pipeline::VideoJobOptions job;
    job.keep_pictures = keep_pictures;
    job.workers = 2;
    const auto r = pipeline::run_video(o, job, work);
    EXPECT_EQ(r.frames, kFrames);
    return o.output;
  }
  TempDir dir_;
  fs::path in_ = dir_ / "in.mp4";
};

TEST_F(FramePath, PassThroughGivesTheEncoderTheDecodedPicturesBitForBit) {
  const auto input = pictures_of(in_);
  const auto fast = pictures_of(run("fast.mp4", true, {}));
  const auto old = pictures_of(run("old.mp4", false, {}));
  ASSERT_EQ(input.size(), std::size_t(kFrames));
  ASSERT_EQ(fast.size(), input.size());
  ASSERT_EQ(old.size(), input.size());
  double worst_old = 1e9;
  for (std::size_t i = 0; i < input.size(); ++i)
    for (int p = 0; p < 3; ++p) {
      EXPECT_EQ(differing(fast[i].plane(p), input[i].plane(p)), 0) << "frame " << i << " plane " << p;
      worst_old = std::min(worst_old, cv::PSNR(old[i].plane(p), input[i].plane(p)));
    }
  // The old path converts to BGR and back: close (this bound is why the change is safe), not equal.
  std::printf("pass-through: whole-frame BGR round trip, worst plane PSNR %.1f dB against the decoded pictures\n",
              worst_old);
  EXPECT_GE(worst_old, 40.0);
}

TEST_F(FramePath, ASwapChangesOnlyItsRegionAndMatchesTheOldPathThere) {
  pipeline::VideoFrameWork work;
  work.detect = [](const cv::Mat&) {
    face::Face f;
    f.box = cv::Rect2f(kChange);
    f.has_kps = true;
    return face::Faces{f};
  };
  std::atomic<int> swaps{0};
  work.swap = [&](cv::Mat& frame, const face::Faces&) {
    cv::Mat roi = frame(kChange);
    cv::bitwise_not(roi, roi);  // every pixel of the region changes
    swaps.fetch_add(1);
    return 1;
  };
  const auto input = pictures_of(in_);
  const auto fast = pictures_of(run("fast.mp4", true, work));
  const auto old = pictures_of(run("old.mp4", false, work));
  EXPECT_EQ(swaps.load(), 2 * kFrames);
  ASSERT_EQ(fast.size(), input.size());
  ASSERT_EQ(old.size(), input.size());
  const cv::Rect chroma(kChange.x / 2, kChange.y / 2, kChange.width / 2, kChange.height / 2);
  for (std::size_t i = 0; i < input.size(); ++i) {
    SCOPED_TRACE(testing::Message() << "frame " << i);
    for (int p = 0; p < 3; ++p) {
      const cv::Rect inside = p == 0 ? kChange : chroma;
      // Patches are whole tiles of the grid: what lies outside the tiles the change touches is untouched.
      const int t = p == 0 ? media::kPatchTile : media::kPatchTile / 2;
      const int x0 = inside.x / t * t, y0 = inside.y / t * t;
      const int x1 = (inside.x + inside.width + t - 1) / t * t, y1 = (inside.y + inside.height + t - 1) / t * t;
      cv::Mat outside(fast[i].plane(p).size(), CV_8U, cv::Scalar(255));
      outside(cv::Rect(x0, y0, x1 - x0, y1 - y0) & cv::Rect(0, 0, outside.cols, outside.rows)).setTo(0);
      EXPECT_EQ(differing(fast[i].plane(p)(inside), old[i].plane(p)(inside)), 0) << "plane " << p << " inside the swap";
      EXPECT_EQ(differing(fast[i].plane(p), input[i].plane(p), outside), 0) << "plane " << p << " outside the swap";
    }
  }
}

}  // namespace
}  // namespace swapcam::test
