// The live pipeline machine with pluggable stages: identity stages, a deliberately slow swap,
// parallel swap workers, failures, stop, duration and a camera that disappears.
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "pipeline/live_pipeline.h"
#include "test_support.h"

namespace swapcam::pipeline {
namespace {

using namespace std::chrono_literals;

// A camera stand-in: `frames` frames (0 = endless) at `fps`, paced in real time; frame i carries i
// in its first pixel row so sinks can tell which frame they got.
class SyntheticSource : public LiveSource {
 public:
  SyntheticSource(double fps, int frames, cv::Size size = {64, 48}) : fps_(fps), frames_(frames), size_(size) {}
  std::optional<CapturedFrame> next() override {
    if (fail_at_ >= 0 && made_ == fail_at_ && !failed_) {
      failed_ = true;
      fail(ErrorKind::NotFound, "camera '/dev/video0' was disconnected (No such device)");
    }
    if (frames_ > 0 && made_ >= frames_) return std::nullopt;
    if (made_ == 0 && !started_) {
      start_ = SteadyClock::now();
      started_ = true;
    }
    auto at = start_ + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(made_ / fps_));
    std::this_thread::sleep_until(at);
    cv::Mat img(size_, CV_8UC3, cv::Scalar(40, 80, 120));
    img.at<cv::Vec3b>(0, 0) = cv::Vec3b(uchar(made_ & 0xff), uchar((made_ >> 8) & 0xff), 7);
    double t = made_ / fps_;
    ++made_;
    return CapturedFrame{img, SteadyClock::now(), t};
  }
  double nominal_fps() const override { return fps_; }
  cv::Size frame_size() const override { return size_; }
  std::string description() const override { return "synthetic"; }
  bool reopen() override {
    ++reopened_;
    return reopen_works_;
  }

  int fail_at_ = -1;
  bool reopen_works_ = false;
  int reopened_ = 0;

 private:
  double fps_;
  int frames_;
  cv::Size size_;
  int made_ = 0;
  bool failed_ = false, started_ = false;
  SteadyClock::time_point start_{};
};

int frame_number(const cv::Mat& img) {
  auto p = img.at<cv::Vec3b>(0, 0);
  return p[0] | (p[1] << 8);
}

const LiveStageMetrics& stage(const LiveMetrics& m, const std::string& name) {
  for (const auto& s : m.stages)
    if (s.name == name) return s;
  throw std::runtime_error("no stage " + name);
}

struct Collected {
  std::mutex mutex;
  std::vector<int> numbers;
  std::vector<int64_t> indices;
};

// Every frame a stage passed on reached the next one or was counted as dropped there (stale frames
// included): out + dropped of a stage equals what the stage before it passed on; each sink sees every
// output. Holds for runs that end by their input or duration (stop() may refuse the last capture).
void expect_every_frame_accounted(const LiveMetrics& m) {
  const char* chain[] = {"capture", "track", "swap", "composite", "output"};
  for (size_t i = 1; i < std::size(chain); ++i)
    EXPECT_EQ(stage(m, chain[i]).frames_out + stage(m, chain[i]).dropped, stage(m, chain[i - 1]).frames_out)
        << chain[i];
  for (const auto& s : m.stages)
    if (s.name.rfind("sink:", 0) == 0) EXPECT_EQ(s.frames_out + s.dropped, stage(m, "output").frames_out) << s.name;
  EXPECT_EQ(stage(m, "capture").frames_out, m.frames_captured);
  EXPECT_EQ(stage(m, "output").frames_out, m.frames_output);
}

LiveSink collecting_sink(Collected& c) {
  return {"collect", [&c](const LiveOutputFrame& f) {
            std::lock_guard lock(c.mutex);
            c.numbers.push_back(frame_number(f.image));
            c.indices.push_back(f.index);
          }};
}

TEST(LivePipeline, IdentityStagesDeliverFramesInOrderAndEndAtTheEndOfInput) {
  auto src = std::make_unique<SyntheticSource>(100, 60);
  LivePipeline p(std::move(src), {}, {});
  Collected c;
  p.add_sink(collecting_sink(c));
  LiveMetrics m = p.run();
  EXPECT_EQ(m.end_reason, "end of input");
  EXPECT_EQ(m.frames_captured, 60u);
  ASSERT_FALSE(c.numbers.empty());
  for (size_t i = 0; i < c.numbers.size(); ++i)
    EXPECT_EQ(c.numbers[i], c.indices[i]);  // pixels travel with their index
  for (size_t i = 1; i < c.indices.size(); ++i) EXPECT_LT(c.indices[i - 1], c.indices[i]);
  EXPECT_EQ(c.indices.back(), 59);  // the last frame is never lost at the end
  expect_every_frame_accounted(m);
  EXPECT_EQ(stage(m, "sink:collect").frames_out, c.indices.size());
  // Every captured frame was either output or counted as dropped somewhere before the outputs.
  uint64_t dropped_before_output = 0;
  for (const char* n : {"track", "swap", "composite", "output"}) dropped_before_output += stage(m, n).dropped;
  EXPECT_EQ(m.frames_captured, m.frames_output + dropped_before_output);
}

// The heart of live mode: a swap much slower than the camera drops frames instead of queueing
// them, so the latency stays bounded by about one frame interval plus the swap time.
TEST(LivePipeline, SlowSwapDropsStaleFramesAndKeepsLatencyBounded) {
  const double fps = 20;  // 50 ms between frames
  const auto delay = 120ms;
  auto src = std::make_unique<SyntheticSource>(fps, 60);  // 3 s
  LivePipelineOptions o;
  o.test_swap_delay = delay;
  LivePipeline p(std::move(src), {}, o);
  Collected c;
  p.add_sink(collecting_sink(c));
  LiveMetrics m = p.run();

  const auto& swap = stage(m, "swap");
  EXPECT_EQ(m.frames_captured, 60u);
  EXPECT_GT(swap.dropped, 20u);     // about 60 - 3000/120 = 35 frames dropped...
  EXPECT_LT(m.frames_output, 40u);  // ...not queued and output late
  expect_every_frame_accounted(m);
  EXPECT_EQ(swap.frames_in, swap.frames_out);  // taken frames are all swapped: the drops happen while waiting
  // A queue would let latency grow with every frame (to ~1.7 s by the end); the mailbox bound is
  // one waiting frame: p95 < 2 frame intervals + the swap time.
  const double bound_ms = 2 * 1000.0 / fps + double(delay.count());
  EXPECT_LT(m.latency_ms.p95, bound_ms) << "p50 " << m.latency_ms.p50 << " max " << m.latency_ms.max;
  EXPECT_LE(m.max_frames_in_flight, 12u);  // stages + slots, not a backlog
  auto json = nlohmann::json::parse(live_metrics_json(m));
  EXPECT_GT(json["frames_dropped"].get<uint64_t>(), 20u);
}

TEST(LivePipeline, ParallelSwapWorkersNeverOutputAnOlderFrameAfterANewerOne) {
  auto src = std::make_unique<SyntheticSource>(60, 90);
  LivePipelineOptions o;
  o.swap_workers = 3;
  std::atomic<int> calls{0};
  LiveStageFunctions fn;
  fn.swap = [&](cv::Mat& frame, const face::Faces&) {
    // Uneven work, so workers finish out of order.
    std::this_thread::sleep_for(std::chrono::milliseconds(5 + 25 * (calls.fetch_add(1) % 3)));
    cv::rectangle(frame, {10, 10, 20, 20}, {255, 255, 255}, cv::FILLED);
  };
  LivePipeline p(std::move(src), fn, o);
  Collected c;
  p.add_sink(collecting_sink(c));
  LiveMetrics m = p.run();
  ASSERT_GT(c.indices.size(), 10u);
  for (size_t i = 1; i < c.indices.size(); ++i) EXPECT_LT(c.indices[i - 1], c.indices[i]);
  EXPECT_EQ(stage(m, "swap").workers, 3);
  expect_every_frame_accounted(m);
  EXPECT_EQ(uint64_t(calls.load()), stage(m, "swap").frames_out);
  EXPECT_GT(m.fps_out, 0);
}

TEST(LivePipeline, AStageFailureStopsEverythingAndIsRethrown) {
  auto src = std::make_unique<SyntheticSource>(100, 0);  // endless: only the failure can end it
  LiveStageFunctions fn;
  fn.swap = [](cv::Mat& frame, const face::Faces&) {
    if (frame_number(frame) >= 5) fail(ErrorKind::Runtime, "swap exploded");
  };
  LivePipeline p(std::move(src), fn, {});
  Collected c;
  p.add_sink(collecting_sink(c));
  try {
    p.run();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "swap exploded");
  }
  EXPECT_FALSE(p.running());
}

TEST(LivePipeline, AFailingSinkStopsTheRun) {
  auto src = std::make_unique<SyntheticSource>(100, 0);
  LivePipeline p(std::move(src), {}, {});
  p.add_sink({"broken", [](const LiveOutputFrame&) { fail(ErrorKind::Io, "disk full"); }});
  EXPECT_THROW(p.run(), Error);
}

TEST(LivePipeline, StopFromAnotherThreadEndsAnEndlessSource) {
  auto src = std::make_unique<SyntheticSource>(50, 0);
  LivePipeline p(std::move(src), {}, {});
  std::thread stopper([&] {
    std::this_thread::sleep_for(300ms);
    p.stop();
  });
  LiveMetrics m = p.run();
  stopper.join();
  EXPECT_EQ(m.end_reason, "stopped");
  EXPECT_GT(m.frames_captured, 0u);
}

TEST(LivePipeline, DurationEndsTheRun) {
  auto src = std::make_unique<SyntheticSource>(50, 0);
  LivePipelineOptions o;
  o.duration_s = 0.4;
  LivePipeline p(std::move(src), {}, o);
  LiveMetrics m = p.run();
  EXPECT_EQ(m.end_reason, "duration reached");
  EXPECT_GT(m.frames_captured, 5u);
  EXPECT_LT(m.frames_captured, 60u);
}

TEST(LivePipeline, AnUnpluggedCameraEndsTheRunWithAMessage) {
  auto src = std::make_unique<SyntheticSource>(100, 0);
  src->fail_at_ = 10;
  LivePipeline p(std::move(src), {}, {});
  LiveMetrics m = p.run();  // no exception: a clean stop
  EXPECT_EQ(m.end_reason.rfind("source lost", 0), 0u) << m.end_reason;
  EXPECT_NE(m.end_reason.find("disconnected"), std::string::npos);
  EXPECT_EQ(m.frames_captured, 10u);
}

TEST(LivePipeline, ReconnectReopensTheCameraAndCarriesOn) {
  auto src = std::make_unique<SyntheticSource>(100, 30);
  src->fail_at_ = 10;
  src->reopen_works_ = true;
  auto* raw = src.get();
  LivePipelineOptions o;
  o.reconnect = true;
  o.reconnect_interval_s = 0.05;
  LivePipeline p(std::move(src), {}, o);
  LiveMetrics m = p.run();
  EXPECT_EQ(raw->reopened_, 1);
  EXPECT_EQ(m.reconnects, 1);
  EXPECT_EQ(m.end_reason, "end of input");
  EXPECT_EQ(m.frames_captured, 30u);
}

TEST(LivePipeline, ReconnectGivesUpWhenTheDurationEnds) {
  auto src = std::make_unique<SyntheticSource>(100, 0);
  src->fail_at_ = 3;
  src->reopen_works_ = true;
  LivePipelineOptions o;
  o.reconnect = true;
  o.reconnect_interval_s = 10;  // longer than the duration: the wait must end with it
  o.duration_s = 0.5;
  LivePipeline p(std::move(src), {}, o);
  auto t0 = SteadyClock::now();
  LiveMetrics m = p.run();
  EXPECT_LT(std::chrono::duration<double>(SteadyClock::now() - t0).count(), 5.0);  // never hangs
  EXPECT_EQ(m.end_reason, "duration reached");
}

TEST(LivePipeline, ShowFpsDrawsOnTheFramesAndMirrorFlipsThem) {
  auto src = std::make_unique<SyntheticSource>(100, 20, cv::Size(320, 180));
  LivePipelineOptions o;
  o.show_fps = true;
  o.mirror = true;
  LivePipeline p(std::move(src), {}, o);
  std::mutex mu;
  cv::Mat last;
  p.add_sink({"keep", [&](const LiveOutputFrame& f) {
                std::lock_guard lock(mu);
                last = f.image.clone();
              }});
  p.run();
  ASSERT_FALSE(last.empty());
  // Mirrored: the marker pixel moved to the right edge of row 0.
  auto right = last.at<cv::Vec3b>(0, 319);
  EXPECT_EQ(right[2], 7);
  // The overlay changed pixels in the text band, which is flat in the input.
  cv::Mat band = last(cv::Rect(0, 5, 320, 30));
  cv::Mat flat(band.size(), CV_8UC3, cv::Scalar(40, 80, 120));
  EXPECT_GT(cv::norm(band, flat, cv::NORM_L1), 1000.0);
}

TEST(LiveMetricsJson, HasTheDocumentedFields) {
  LiveMetrics m;
  m.stages.push_back({"swap", 2, 10, 8, 2, {}, {}});
  auto j = nlohmann::json::parse(live_metrics_json(m));
  for (const char* k : {"duration_s", "frames_in", "frames_out", "fps_in", "fps_out", "latency_ms", "frames_dropped",
                        "stages", "end_reason"})
    EXPECT_TRUE(j.contains(k)) << k;
  for (const char* k : {"p50", "p95", "max"}) EXPECT_TRUE(j["latency_ms"].contains(k)) << k;
  EXPECT_EQ(j["stages"][0]["name"], "swap");
  EXPECT_EQ(j["stages"][0]["workers"], 2);
  EXPECT_EQ(j["stages"][0]["frames_in"], 10);
  EXPECT_EQ(j["stages"][0]["frames_out"], 8);
  EXPECT_EQ(j["stages"][0]["dropped"], 2);
}

}  // namespace
}  // namespace swapcam::pipeline
