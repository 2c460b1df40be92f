#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/progress.h"
#include "core/thread_pool.h"

namespace swapcam {
namespace {

TEST(ThreadPool, RunsEveryTaskAndReturnsResults) {
  ThreadPool pool(4);
  std::vector<std::future<int>> results;
  for (int i = 0; i < 1000; ++i) results.push_back(pool.submit([i] { return i * 2; }));
  long sum = 0;
  for (auto& r : results) sum += r.get();
  EXPECT_EQ(sum, 999L * 1000);
}

TEST(ThreadPool, ExceptionsTravelThroughTheFuture) {
  ThreadPool pool(2);
  auto f = pool.submit([]() -> int { throw std::runtime_error("boom"); });
  EXPECT_THROW(f.get(), std::runtime_error);
  EXPECT_EQ(pool.submit([] { return 7; }).get(), 7);  // the pool still works
}

TEST(ThreadPool, DestructorFinishesQueuedTasks) {
  std::atomic<int> ran{0};
  {
    ThreadPool pool(2);
    for (int i = 0; i < 200; ++i) pool.submit([&] { ran.fetch_add(1); });
  }
  EXPECT_EQ(ran.load(), 200);
}

TEST(PlanWorkers, UsesEveryCoreWithOneThreadPerWorkerByDefault) {
  auto two = plan_workers(2, 0, 0, false);
  EXPECT_EQ(two.workers, 2);
  EXPECT_EQ(two.threads_per_worker, 1);
  auto many = plan_workers(32, 0, 0, false);
  EXPECT_EQ(many.workers, 32);
  EXPECT_EQ(many.threads_per_worker, 1);
  EXPECT_EQ(plan_workers(64, 0, 0, false, 16).workers, 16);  // memory cap
  EXPECT_EQ(plan_workers(1, 0, 0, false).workers, 1);
}

TEST(CpuCores, ReadsContainerQuotasRoundedUp) {
  EXPECT_EQ(cores_from_cgroup_cpu_max("max 100000"), 0);
  EXPECT_EQ(cores_from_cgroup_cpu_max("200000 100000\n"), 2);
  EXPECT_EQ(cores_from_cgroup_cpu_max("150000 100000"), 2);  // 1.5 cores: two threads, not one
  EXPECT_EQ(cores_from_cgroup_cpu_max("50000 100000"), 1);
  EXPECT_EQ(cores_from_cgroup_cpu_max(""), 0);
  EXPECT_EQ(cores_from_cgroup_cpu_max("lots 100000"), 0);
  EXPECT_EQ(cores_from_cgroup_cpu_max("200000x 100000"), 0);
  EXPECT_EQ(cores_from_cgroup_cpu_max("200000 0"), 0);
  EXPECT_EQ(cores_from_cfs_quota(-1, 100000), 0);
  EXPECT_EQ(cores_from_cfs_quota(400000, 100000), 4);
  EXPECT_GE(hardware_cores(), 1);
  EXPECT_LE(hardware_cores(), std::max(1, int(std::thread::hardware_concurrency())));
  if (cpu_quota_cores() > 0) EXPECT_EQ(hardware_cores(), cpu_quota_cores());
}

TEST(PlanWorkers, HonoursRequestedThreadsAndWorkers) {
  auto t4 = plan_workers(32, 0, 4, false);
  EXPECT_EQ(t4.workers, 8);
  EXPECT_EQ(t4.threads_per_worker, 4);
  auto t8on2 = plan_workers(2, 0, 8, false);
  EXPECT_EQ(t8on2.workers, 1);
  auto w3 = plan_workers(8, 3, 0, false);
  EXPECT_EQ(w3.workers, 3);
  EXPECT_EQ(w3.threads_per_worker, 1);
  auto gpu = plan_workers(32, 0, 0, true);
  EXPECT_EQ(gpu.workers, 2);
}

struct RecordingSink : ProgressSink {
  std::vector<ProgressSnapshot> updates, finishes;
  std::atomic<int> inside{0};
  bool overlapped = false;
  void update(const ProgressSnapshot& s) override {
    if (inside.fetch_add(1) != 0) overlapped = true;
    updates.push_back(s);
    inside.fetch_sub(1);
  }
  void finish(const ProgressSnapshot& s) override { finishes.push_back(s); }
  double interval_s() const override { return 1.0; }
};

TEST(Progress, ThrottlesUpdatesAndComputesRateAndEta) {
  double now = 100.0;
  auto sink = std::make_shared<RecordingSink>();
  Progress p("clip.mp4", 100, sink, "frames", [&] { return now; });
  for (int i = 0; i < 50; ++i) {
    now += 0.1;  // 10 frames per second
    p.advance();
  }
  // 5 s at one update per second: the first advance plus about one per second.
  EXPECT_GE(sink->updates.size(), 5u);
  EXPECT_LE(sink->updates.size(), 6u);
  auto s = p.snapshot();
  EXPECT_EQ(s.done, 50);
  EXPECT_NEAR(s.rate, 10.0, 0.5);
  ASSERT_TRUE(s.eta_s.has_value());
  EXPECT_NEAR(*s.eta_s, 5.0, 0.5);
  p.finish();
  p.finish();
  ASSERT_EQ(sink->finishes.size(), 1u);
  EXPECT_TRUE(sink->finishes[0].finished);
  EXPECT_NEAR(sink->finishes[0].rate, 10.0, 0.5);
}

TEST(Progress, ConcurrentAdvancesAreAllCountedAndTheSinkIsNeverEnteredTwice) {
  auto sink = std::make_shared<RecordingSink>();
  std::atomic<long> ticks{0};
  // A clock that moves a second per call: every advance wants to report.
  Progress p("x", 0, sink, "frames", [&] { return static_cast<double>(ticks.fetch_add(1)); });
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i) p.advance();
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(p.snapshot().done, 4000);
  EXPECT_FALSE(sink->overlapped);
  EXPECT_FALSE(p.snapshot().eta_s.has_value());  // total unknown
}

TEST(ProgressFormat, BarAndLineShowCountsRateAndEta) {
  ProgressSnapshot s;
  s.label = "clip.mp4";
  s.done = 120;
  s.total = 300;
  s.rate = 24.25;
  s.elapsed_s = 5;
  s.eta_s = 7.4;
  std::string bar = format_progress_bar(s, 80);
  EXPECT_LE(bar.size(), 80u);
  EXPECT_NE(bar.find("120/300 frames"), std::string::npos) << bar;
  EXPECT_NE(bar.find("24.2 fps"), std::string::npos) << bar;
  EXPECT_NE(bar.find("ETA 0:07"), std::string::npos) << bar;
  EXPECT_NE(bar.find(" 40%"), std::string::npos) << bar;
  EXPECT_NE(bar.find("[####"), std::string::npos) << bar;
  std::string line = format_progress_line(s);
  EXPECT_EQ(line, "clip.mp4: 120/300 frames (40%), 24.2 fps, elapsed 0:05, ETA 0:07");
  EXPECT_EQ(format_duration(3723), "1:02:03");
  EXPECT_EQ(format_duration(-1), "?");
  EXPECT_LE(format_progress_bar(s, 30).size(), 30u);
}

TEST(ProgressSinks, TerminalRedrawsOneLineAndPlainWritesLines) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  ProgressSnapshot s;
  s.done = 1;
  s.total = 2;
  TerminalProgressSink term(f, 60);
  term.update(s);
  term.finish(s);
  LineProgressSink lines(f);
  lines.update(s);
  std::rewind(f);
  std::string text(4096, '\0');
  text.resize(std::fread(text.data(), 1, text.size(), f));
  std::fclose(f);
  EXPECT_EQ(text[0], '\r');
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_FALSE(is_terminal(nullptr));
}

}  // namespace
}  // namespace swapcam
