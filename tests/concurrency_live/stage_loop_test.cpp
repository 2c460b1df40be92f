// The live pipeline's one stage loop (pipeline/live_stage.h) driven by several workers at once, as
// the swap stage runs it: every frame taken is either passed on once or refused, and the figures
// add up. Header only: no ONNX Runtime in the ThreadSanitizer build.
#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "pipeline/live_stage.h"

namespace swapcam::pipeline {
namespace {

struct Frame {
  int64_t index = 0;
  SteadyClock::time_point captured{};
};

TEST(StageLoop, ParallelWorkersPassEachAcceptedFrameOnceAndCountTheRefused) {
  Mailbox<Frame> in, out;
  StageStats stats;
  constexpr int kFrames = 4000, kWorkers = 3;
  std::atomic<int> alive{kWorkers};
  std::vector<std::thread> workers;
  for (int w = 0; w < kWorkers; ++w)
    workers.emplace_back([&] {
      run_stage(
          in, stats, [](Frame& f) { return f.index % 5 != 0; },  // refuses every fifth frame
          [&](Frame&& f) { out.put(std::move(f)); });
      if (alive.fetch_sub(1) == 1) out.close();
    });
  std::vector<int64_t> passed;
  std::thread consumer([&] {
    while (auto f = out.take()) passed.push_back(f->index);
  });
  for (int i = 0; i < kFrames; ++i) in.put(Frame{i, SteadyClock::now()});
  in.close();
  for (auto& t : workers) t.join();
  consumer.join();

  const auto in_box = in.stats(), out_box = out.stats();
  EXPECT_EQ(in_box.taken + in_box.dropped, uint64_t(kFrames));
  EXPECT_EQ(stats.in.load(), in_box.taken);
  EXPECT_EQ(stats.out.load() + stats.stale.load(), stats.in.load());
  EXPECT_EQ(out_box.put, stats.out.load());
  EXPECT_EQ(out_box.taken + out_box.dropped, stats.out.load());
  EXPECT_EQ(stats.latency.summary().count, stats.out.load());
  EXPECT_EQ(stats.busy.summary().count, stats.out.load());
  std::set<int64_t> unique(passed.begin(), passed.end());
  EXPECT_EQ(unique.size(), passed.size());  // nothing handed on twice
  for (int64_t i : passed) EXPECT_NE(i % 5, 0) << i;

  const LiveStageMetrics m = stage_metrics("swap", stats, &in_box, kWorkers);
  EXPECT_EQ(m.workers, kWorkers);
  EXPECT_EQ(m.frames_in, in_box.taken);
  EXPECT_EQ(m.frames_out + m.dropped, uint64_t(kFrames));  // every frame offered: passed, dropped waiting, or refused
}

TEST(StageLoop, AnExceptionFromTheWorkEndsTheLoopAndReachesTheCaller) {
  Mailbox<Frame> in;
  StageStats stats;
  in.put(Frame{1, SteadyClock::now()});
  EXPECT_THROW(run_stage(
                   in, stats, [](Frame&) -> bool { throw std::runtime_error("boom"); }, [](Frame&&) {}),
               std::runtime_error);
  EXPECT_EQ(stats.in.load(), 1u);
  EXPECT_EQ(stats.out.load(), 0u);
}

}  // namespace
}  // namespace swapcam::pipeline
