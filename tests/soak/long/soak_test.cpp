// The long soaks (label slow; `ctest -L slow`): two minutes of the live pipeline on a looping
// generated camera stand-in, and a two-minute video through the video pipeline, both with the real
// detector and the generated recogniser and identity swapper. Memory is sampled from
// /proc/self/status throughout; the figures go to stdout ([ figures ] lines) and docs/RELIABILITY.md.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include <gtest/gtest.h>

#include "pipeline/live_pipeline.h"
#include "pipeline/video_pipeline.h"
#include "soak/resource_probe.h"
#include "soak/soak_setup.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

double soak_seconds() {
  const char* s = std::getenv("SWAPCAM_SOAK_SECONDS");
  return s ? std::atof(s) : 120.0;
}

TEST(Soak, LivePipelineTwoMinutesFlatMemory) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const auto clip = dir / "camera.mp4";
  write_face_video(clip, 250, 320, 240, 25);  // 10 s, looped
  std::atomic<long> previewed{0};
  auto o = looping_live_options(clip, soak_seconds(), 0, previewed);
  o.record = dir / "record.mkv";  // the recording sink runs too (its file grows, memory must not)
  pipeline::LiveSession session(o);
  RssSampler sampler(std::chrono::milliseconds(250));
  const auto m = session.run();
  sampler.stop();
  const auto mem = memory_trend(sampler, 0.1, 0.3, 0.7, 1.0);
  std::printf(
      "[ figures ] live soak %.1f s: %llu frames captured (%.1f fps), %llu output (%.1f fps), %llu dropped, "
      "%llu skipped by the source; latency p50 %.1f ms p95 %.1f ms max %.1f ms; RSS start %ld MiB, "
      "peak 10-30%% %ld MiB, peak 70-100%% %ld MiB, end %ld MiB; heap in use peak 10-30%% %ld MiB, 70-100%% %ld MiB; "
      "up to %ld threads; max frames in flight %llu\n",
      m.duration_s, (unsigned long long)m.frames_captured, m.fps_in, (unsigned long long)m.frames_output, m.fps_out,
      (unsigned long long)m.frames_dropped, (unsigned long long)m.source_skipped, m.latency_ms.p50, m.latency_ms.p95,
      m.latency_ms.max, sampler.first() / 1024, mem.rss_early / 1024, mem.rss_late / 1024, sampler.last() / 1024,
      mem.heap_early / 1024, mem.heap_late / 1024, sampler.max_threads(), (unsigned long long)m.max_frames_in_flight);
  EXPECT_EQ(m.end_reason, "duration reached");
  EXPECT_GT(m.frames_output, 0u);
  EXPECT_GT(previewed.load(), 0);
  expect_flat(mem, "live");
}

TEST(Soak, VideoPipelineTwoMinutesOfVideoFlatMemory) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const int frames = int(soak_seconds() * 25);
  const auto clip = dir / "long.mp4";
  write_face_video(clip, frames, 320, 240, 25);
  auto o = soak_swap_options(0);
  o.target = clip;
  o.output = dir / "out.mp4";
  pipeline::VideoJobOptions job;
  job.encoder_preset = "ultrafast";
  const long before = rss_kib();
  RssSampler sampler(std::chrono::milliseconds(250));
  const auto r = pipeline::swap_video(o, job);
  sampler.stop();
  const auto mem = memory_trend(sampler, 0.1, 0.3, 0.7, 1.0);
  std::printf(
      "[ figures ] video soak: %lld frames (%lld with a swap) in %.1f s (%.1f fps), %d workers, frame budget %zu; "
      "RSS before %ld MiB, peak 10-30%% %ld MiB, peak 70-100%% %ld MiB, end %ld MiB; heap in use peak 10-30%% %ld MiB, "
      "70-100%% %ld MiB\n",
      (long long)r.frames, (long long)r.frames_with_swaps, r.elapsed_s, r.fps, r.workers, r.frame_budget, before / 1024,
      mem.rss_early / 1024, mem.rss_late / 1024, sampler.last() / 1024, mem.heap_early / 1024, mem.heap_late / 1024);
  EXPECT_EQ(r.frames, frames);
  EXPECT_GT(r.frames_with_swaps, frames / 2);
  expect_flat(mem, "video");
}

}  // namespace
}  // namespace swapcam::test
