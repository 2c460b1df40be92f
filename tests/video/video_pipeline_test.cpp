// The video pipeline with pluggable per-frame work (no models): order, tracking across frames,
// errors and cancellation leave nothing behind.
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/atomic_file.h"
#include "media/video_reader.h"
#include "pipeline/video_pipeline.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;
using pipeline::VideoFrameWork;
using pipeline::VideoJobOptions;

// "Faces": the blobs that differ from the test video's grey background.
face::Faces find_blobs(const cv::Mat& frame) {
  cv::Mat diff, mask;
  cv::absdiff(frame, cv::Scalar(90, 100, 110), diff);
  cv::cvtColor(diff, mask, cv::COLOR_BGR2GRAY);
  cv::threshold(mask, mask, 25, 255, cv::THRESH_BINARY);
  cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {15, 15}));
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  face::Faces faces;
  for (const auto& c : contours) {
    cv::Rect r = cv::boundingRect(c);
    if (r.area() < 2000) continue;
    face::Face f;
    f.box = cv::Rect2f(r);
    f.score = 0.9f;
    const cv::Point2f ctr(r.x + r.width / 2.f, r.y + r.height / 2.f);
    f.kps = {ctr, ctr, ctr, ctr, ctr};
    f.has_kps = true;
    faces.push_back(f);
  }
  return faces;
}

class VideoPipeline : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
    std::string log;
    ASSERT_TRUE(make_test_video(in_, {}, &log)) << log;
  }
  pipeline::SwapOptions options(const fs::path& out) const {
    pipeline::SwapOptions o;
    o.target = in_;
    o.output = out;
    return o;
  }
  TempDir dir_;
  fs::path in_ = dir_ / "in.mp4";
};

TEST_F(VideoPipeline, TracksFacesAcrossParallelFramesWithStableIds) {
  std::mutex m;
  std::set<int> ids;
  std::atomic<int> concurrent{0}, swaps{0};
  std::atomic<bool> overlapped{false};
  VideoFrameWork work;
  work.detect = find_blobs;
  work.swap = [&](cv::Mat&, const face::Faces& faces) {
    if (concurrent.fetch_add(1) + 1 >= 2) overlapped = true;
    // Until the first swap is done, it waits (at most 10 s) for a second one to start beside it: parallel
    // workers let one in at once, a pipeline that swaps one frame at a time never does.
    for (int i = 0; i < 1000 && !overlapped && swaps.load() == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    {
      std::lock_guard lock(m);
      for (const auto& f : faces) ids.insert(f.track_id);
    }
    concurrent.fetch_sub(1);
    swaps.fetch_add(1);
    return static_cast<int>(faces.size());
  };
  VideoJobOptions job;
  job.workers = 4;
  const auto out = dir_ / "out.mp4";
  const auto r = pipeline::run_video(options(out), job, work);
  EXPECT_EQ(r.frames, 40);
  EXPECT_EQ(r.frames_with_swaps, 40);
  EXPECT_EQ(r.faces_swapped, 80);  // two blobs in every frame
  EXPECT_EQ(r.workers, 4);
  EXPECT_GE(r.frame_budget, r.frame_window);
  // The two faces moved smoothly: the tracker kept one id each for the whole clip.
  EXPECT_EQ(ids, (std::set<int>{0, 1}));
  EXPECT_TRUE(overlapped.load()) << "no two swaps ever ran at once with 4 workers";
  EXPECT_EQ(frame_count(out), 40);
}

TEST_F(VideoPipeline, DetectionCadencePredictsInBetween) {
  std::atomic<int> detections{0};
  VideoFrameWork work;
  work.detect = [&](const cv::Mat& f) {
    detections.fetch_add(1);
    return find_blobs(f);
  };
  std::atomic<int> frames_with_faces{0};
  work.swap = [&](cv::Mat&, const face::Faces& faces) {
    if (!faces.empty()) frames_with_faces.fetch_add(1);
    return 0;
  };
  VideoJobOptions job;
  job.detect_every = 5;
  job.workers = 2;
  pipeline::run_video(options(dir_ / "out.mp4"), job, work);
  EXPECT_EQ(detections.load(), 8);          // frames 0, 5, ..., 35
  EXPECT_EQ(frames_with_faces.load(), 40);  // predicted faces on the others
}

TEST_F(VideoPipeline, AWorkerErrorLeavesNothingBehind) {
  VideoFrameWork work;
  std::atomic<int> n{0};
  work.swap = [&](cv::Mat&, const face::Faces&) -> int {
    if (n.fetch_add(1) == 7) fail(ErrorKind::Runtime, "inference failed");
    return 0;
  };
  work.detect = find_blobs;
  auto o = options(dir_ / "out.mp4");
  o.keep_frames = true;
  VideoJobOptions job;
  job.workers = 3;
  EXPECT_THROW(pipeline::run_video(o, job, work), Error);
  EXPECT_FALSE(fs::exists(dir_ / "out.mp4"));
  EXPECT_FALSE(fs::exists(dir_ / "out_frames")) << "the frames folder this run created is removed";
  EXPECT_TRUE(no_temp_files(dir_.path()));
}

TEST_F(VideoPipeline, CancelFlagStopsAndLeavesNothingBehind) {
  std::atomic<bool> cancel{false};
  VideoFrameWork work;
  std::atomic<int> n{0};
  work.swap = [&](cv::Mat&, const face::Faces&) {
    if (n.fetch_add(1) == 10) cancel = true;
    return 0;
  };
  work.detect = find_blobs;  // swap runs only on frames with faces
  VideoJobOptions job;
  job.cancel = &cancel;
  try {
    pipeline::run_video(options(dir_ / "out.mp4"), job, work);
    FAIL() << "expected Cancelled";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Cancelled);
  }
  EXPECT_FALSE(fs::exists(dir_ / "out.mp4"));
  EXPECT_TRUE(no_temp_files(dir_.path()));
}

TEST_F(VideoPipeline, PassThroughIsCloseToTheInputAndKeepsTimestamps) {
  VideoFrameWork work;  // no detection, no swap
  const auto out = dir_ / "out.mkv";
  auto o = options(out);
  o.video_quality = 10;
  const auto r = pipeline::run_video(o, {}, work);
  EXPECT_EQ(r.frames, 40);
  media::VideoReader a(in_), b(out);
  media::VideoFrame fa, fb;
  while (a.read(fa)) {
    ASSERT_TRUE(b.read(fb));
    EXPECT_NEAR(fa.seconds, fb.seconds, 1e-3);
    EXPECT_GE(cv::PSNR(fa.image, fb.image), 40.0);
  }
}

// An unknown device type stops the job before anything is written.
TEST_F(VideoPipeline, UnknownHardwareDecoderIsAUsageErrorAndLeavesNothing) {
  const auto out = dir_ / "hw.mp4";
  auto o = options(out);
  o.hardware_decode = "no-such-device";
  try {
    pipeline::run_video(o, {}, VideoFrameWork{});
    FAIL() << "accepted an unknown hardware decoder";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage) << e.what();
  }
  EXPECT_FALSE(fs::exists(out));
}

TEST(DecodeHardware, FollowsTheProviderTheModelsRunOn) {
  pipeline::SwapOptions o;
  o.runtime.providers = {runtime::Provider::Cpu};
  EXPECT_EQ(pipeline::decode_hardware(o), "");
  o.runtime.providers = {runtime::Provider::Cuda, runtime::Provider::Cpu};
  EXPECT_EQ(pipeline::decode_hardware(o), "cuda");
  o.runtime.providers = {runtime::Provider::TensorRt, runtime::Provider::Cuda};
  EXPECT_EQ(pipeline::decode_hardware(o), "cuda");
  o.runtime.providers = {runtime::Provider::CoreMl};
  EXPECT_EQ(pipeline::decode_hardware(o), "videotoolbox");
  o.runtime.providers = {runtime::Provider::DirectMl};
  EXPECT_EQ(pipeline::decode_hardware(o), "d3d11va");
  o.hardware_decode = "off";
  EXPECT_EQ(pipeline::decode_hardware(o), "");
  o.hardware_decode = "vaapi";
  EXPECT_EQ(pipeline::decode_hardware(o), "vaapi");
}

TEST(VideoExtensions, KnowsWhatItReadsAndWrites) {
  EXPECT_TRUE(pipeline::is_video_extension("a.MP4"));
  EXPECT_TRUE(pipeline::is_video_extension("a.avi"));
  EXPECT_FALSE(pipeline::is_video_extension("a.png"));
  EXPECT_TRUE(pipeline::is_writable_video_extension("a.webm"));
  EXPECT_FALSE(pipeline::is_writable_video_extension("a.avi"));
  EXPECT_EQ(pipeline::default_frames_dir("/x/out.mp4"), fs::path("/x/out_frames"));
}

}  // namespace
}  // namespace swapcam::test
