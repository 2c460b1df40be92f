// Resource bounds in the default run (docs/RELIABILITY.md, "Resource bounds"): repeated image and
// video runs in one process (good and failing ones) leave no descriptor or thread behind; memory on
// a long video stays flat (the frame budget, not the length, bounds it); a 10 s live soak keeps
// memory flat. The 2-minute soaks are in long/ (label slow).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/cpu_cores.h"
#include "core/error.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/live_pipeline.h"
#include "pipeline/video_pipeline.h"
#include "soak/resource_probe.h"
#include "soak/soak_setup.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

// A fixed face in the middle of the frame: synthetic work that still runs the track and swap stages
// (the swap stage only sees frames with faces).
face::Faces centre_face(const cv::Mat& frame) {
  face::Face f;
  const float cx = frame.cols / 2.f, cy = frame.rows / 2.f, s = std::min(frame.cols, frame.rows) / 3.f;
  f.box = cv::Rect2f(cx - s / 2, cy - s / 2, s, s);
  f.score = 0.9f;
  f.kps = {cv::Point2f(cx - s / 5, cy - s / 8), cv::Point2f(cx + s / 5, cy - s / 8), cv::Point2f(cx, cy + s / 20),
           cv::Point2f(cx - s / 6, cy + s / 5), cv::Point2f(cx + s / 6, cy + s / 5)};
  f.has_kps = true;
  return {f};
}

std::string leak_report(int fds_before, int threads_before, const std::vector<std::string>& targets_before) {
  std::string s = "descriptors " + std::to_string(fds_before) + " -> " + std::to_string(open_fds()) + ", threads " +
                  std::to_string(threads_before) + " -> " + std::to_string(thread_count()) + "; now open:";
  for (const auto& t : fd_targets())
    if (std::find(targets_before.begin(), targets_before.end(), t) == targets_before.end()) s += " [" + t + "]";
  return s;
}

TEST(ResourceBounds, RepeatedImageRunsLeakNoDescriptorsOrThreads) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  auto o = soak_swap_options(1);
  o.target = astronaut();
  o.output = dir / "warm.png";
  pipeline::swap_image(o);  // first use: lazily created globals (ORT environment, logger) are not leaks

  std::ofstream(dir / "empty.png").flush();
  std::ofstream(dir / "bad.onnx") << "not a model";
  const int fds = open_fds(), threads = thread_count();
  const auto targets = fd_targets();
  for (int i = 0; i < 6; ++i) {
    o.target = astronaut();
    o.output = dir / ("out" + std::to_string(i) + ".png");
    const auto r = pipeline::swap_image(o);
    EXPECT_EQ(r.frame.faces_swapped, 1);
    // Failing runs too: a bad target, a bad model, an unwritable output.
    auto bad = o;
    bad.target = dir / "empty.png";
    EXPECT_THROW(pipeline::swap_image(bad), Error);
    bad = o;
    bad.models.swapper = dir / "bad.onnx";
    EXPECT_THROW(pipeline::swap_image(bad), Error);
    bad = o;
    bad.output = dir / "empty.png" / "out.png";
    EXPECT_THROW(pipeline::swap_image(bad), Error);
  }
  EXPECT_EQ(open_fds(), fds) << leak_report(fds, threads, targets);
  EXPECT_EQ(thread_count(), threads) << leak_report(fds, threads, targets);
}

TEST(ResourceBounds, RepeatedVideoRunsLeakNoDescriptorsOrThreads) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const auto clip = dir / "clip.mp4";
  write_face_video(clip, 12, 320, 240, 25);
  {
    std::ifstream in(clip, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(dir / "cut.mp4", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  auto o = soak_swap_options(1);
  o.target = clip;
  pipeline::VideoJobOptions job;
  job.encoder_preset = "ultrafast";
  job.workers = 2;
  o.output = dir / "warm.mp4";
  pipeline::swap_video(o, job);

  const int fds = open_fds(), threads = thread_count();
  const auto targets = fd_targets();
  for (int i = 0; i < 3; ++i) {
    o.target = clip;
    o.output = dir / ("out" + std::to_string(i) + ".mp4");
    const auto r = pipeline::swap_video(o, job);
    EXPECT_EQ(r.frames, 12);
    EXPECT_GT(r.faces_swapped, 0);
    // Failing runs: a damaged input, a stage that throws half-way, a cancel.
    auto bad = o;
    bad.target = dir / "cut.mp4";
    bad.output = dir / "bad.mp4";
    EXPECT_THROW(pipeline::swap_video(bad, job), Error);
    pipeline::VideoFrameWork work;
    work.detect = centre_face;
    std::atomic<int> seen{0};
    work.swap = [&](cv::Mat&, const face::Faces&) {
      if (++seen == 5) throw Error(ErrorKind::Runtime, "stage failure for the test");
      return 0;
    };
    bad.target = clip;
    EXPECT_THROW(pipeline::run_video(bad, job, work), Error);
    std::atomic<bool> cancel{false};
    auto cancelled_job = job;
    cancelled_job.cancel = &cancel;
    work.swap = [&](cv::Mat&, const face::Faces&) {
      cancel = true;
      return 0;
    };
    EXPECT_THROW(pipeline::run_video(bad, cancelled_job, work), Error);
    EXPECT_FALSE(fs::exists(bad.output));
  }
  EXPECT_EQ(open_fds(), fds) << leak_report(fds, threads, targets);
  EXPECT_EQ(thread_count(), threads) << leak_report(fds, threads, targets);
}

// A minute of video through the streaming pipeline with a swap stage slower than decoding: a
// pipeline that buffered ahead (or kept frames) would grow by a frame per frame; the bounded hops
// keep memory flat. The work is synthetic so the test is cheap; long/ runs the real models.
TEST(ResourceBounds, LongVideoMemoryIsBoundedByTheFrameBudget) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  constexpr int kFrames = 1500, kWidth = 320, kHeight = 240;  // 60 s at 25 fps
  const auto clip = dir / "long.mp4";
  write_face_video(clip, kFrames, kWidth, kHeight, 25);
  pipeline::SwapOptions o;
  o.target = clip;
  o.output = dir / "out.mp4";
  o.video_encoder = "libx264";
  o.video_quality = 30;
  pipeline::VideoJobOptions job;
  job.encoder_preset = "ultrafast";
  job.workers = 2;
  pipeline::VideoFrameWork work;
  work.detect = centre_face;
  work.swap = [](cv::Mat& frame, const face::Faces&) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    cv::bitwise_not(frame, frame);
    return 1;
  };
  const long before = rss_kib();
  RssSampler sampler(std::chrono::milliseconds(50));
  const auto r = pipeline::run_video(o, job, work);
  sampler.stop();
  EXPECT_EQ(r.frames, kFrames);
  EXPECT_EQ(r.frames_with_swaps, kFrames);  // the slow stage really ran on every frame
  const auto mem = memory_trend(sampler, 0, 0.3, 0.7, 1.0);
  const double frame_mib = kWidth * kHeight * 3 / 1048576.0;
  std::printf(
      "[ figures ] long video: %d frames, frame budget %zu, RSS before %ld MiB, peak in first 30%% %ld MiB, "
      "in last 30%% %ld MiB, end %ld MiB; heap in use peak first 30%% %ld MiB, last 30%% %ld MiB "
      "(a frame is %.2f MiB)\n",
      kFrames, r.frame_budget, before / 1024, mem.rss_early / 1024, mem.rss_late / 1024, sampler.last() / 1024,
      mem.heap_early / 1024, mem.heap_late / 1024, frame_mib);
  RecordProperty("rss_peak_early_mib", int(mem.rss_early / 1024));
  RecordProperty("rss_peak_late_mib", int(mem.rss_late / 1024));
  // Kept frames would add ~0.23 MiB per frame (~240 MiB between the two windows).
  if (kUnderAddressSanitizer) GTEST_SKIP() << "AddressSanitizer's quarantine holds freed memory on purpose";
  expect_flat(mem, "video");
  EXPECT_LE(sampler.peak() - before, long(r.frame_budget * frame_mib * 1024) * 3 + 200 * 1024)
      << "more memory than the frame budget explains";
}

// Ten seconds of the live pipeline on a looping generated camera stand-in with the real detector.
TEST(ResourceBounds, ShortLiveSoakKeepsMemoryFlat) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const auto clip = dir / "camera.mp4";
  write_face_video(clip, 100, 320, 240, 25);  // 4 s, looped
  std::atomic<long> previewed{0};
  pipeline::LiveSession session(looping_live_options(clip, 10, 1, previewed));
  RssSampler sampler;
  const auto m = session.run();
  sampler.stop();
  const auto mem = memory_trend(sampler, 0.2, 0.5, 0.5, 1.0);
  std::printf(
      "[ figures ] live soak %.1f s: %llu frames captured, %llu output, %llu dropped, %llu skipped by the source; "
      "RSS start %ld MiB, peak 20-50%% %ld MiB, peak 50-100%% %ld MiB, end %ld MiB; heap in use start %ld MiB, "
      "peak 20-50%% %ld MiB, peak 50-100%% %ld MiB; up to %d threads (%u hardware threads, %d usable); max in flight "
      "%llu\n",
      m.duration_s, (unsigned long long)m.frames_captured, (unsigned long long)m.frames_output,
      (unsigned long long)m.frames_dropped, (unsigned long long)m.source_skipped, sampler.first() / 1024,
      mem.rss_early / 1024, mem.rss_late / 1024, sampler.last() / 1024, sampler.heap_first() / 1024,
      mem.heap_early / 1024, mem.heap_late / 1024, int(sampler.max_threads()), std::thread::hardware_concurrency(),
      hardware_cores(), (unsigned long long)m.max_frames_in_flight);
  EXPECT_EQ(m.end_reason, "duration reached");
  EXPECT_GT(m.frames_output, 0u);
  EXPECT_GT(previewed.load(), 0);
  EXPECT_LE(previewed.load(), long(m.frames_output));
  expect_flat(mem, "live");
}

}  // namespace
}  // namespace swapcam::test
