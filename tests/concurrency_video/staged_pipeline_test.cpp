#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/staged_pipeline.h"

namespace swapcam {
namespace {

// Counts live instances, to check that memory is bounded by the item budget, not the stream length.
struct Tracked {
  static inline std::atomic<int> live{0};
  static inline std::atomic<int> max_live{0};
  int64_t value = 0;
  std::vector<int64_t> trail;  // stage marks, in order
  explicit Tracked(int64_t v) : value(v) { bump(); }
  Tracked(Tracked&& o) noexcept : value(o.value), trail(std::move(o.trail)) { bump(); }
  Tracked& operator=(Tracked&&) = default;
  ~Tracked() { live.fetch_sub(1); }
  static void bump() {
    int now = live.fetch_add(1) + 1, seen = max_live.load();
    while (now > seen && !max_live.compare_exchange_weak(seen, now)) {}
  }
};

void random_pause(std::mt19937& rng) {
  if (rng() % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(rng() % 200));
}

TEST(StagedPipeline, ParallelAndOrderedStagesDeliverEveryItemInOrderWithinTheBudget) {
  constexpr int64_t kItems = 2000;
  Tracked::max_live = 0;
  StagedPipeline<Tracked> p(4);
  std::atomic<int> seed{0};
  int64_t ordered_expect = 0;
  bool ordered_in_order = true;
  p.parallel("detect", 4,
             [&](Tracked& t) {
               thread_local std::mt19937 rng(seed.fetch_add(1));
               random_pause(rng);
               t.trail.push_back(1);
             })
      .ordered("track",
               [&](Tracked& t) {
                 if (t.value != ordered_expect++) ordered_in_order = false;
                 t.trail.push_back(2);
               })
      .parallel("swap", 3, [&](Tracked& t) {
        thread_local std::mt19937 rng(1000 + seed.fetch_add(1));
        random_pause(rng);
        t.value *= 3;
        t.trail.push_back(3);
      });
  int64_t made = 0, expect = 0;
  bool sink_in_order = true, trails_ok = true;
  int64_t delivered = p.run(
      [&]() -> std::optional<Tracked> {
        if (made == kItems) return std::nullopt;
        return Tracked(made++);
      },
      [&](Tracked&& t) {
        if (t.value != 3 * expect++) sink_in_order = false;
        if (t.trail != std::vector<int64_t>{1, 2, 3}) trails_ok = false;
      });
  EXPECT_EQ(delivered, kItems);
  EXPECT_EQ(expect, kItems);
  EXPECT_TRUE(ordered_in_order);
  EXPECT_TRUE(sink_in_order);
  EXPECT_TRUE(trails_ok);
  EXPECT_EQ(Tracked::live.load(), 0);
  // Moves make short-lived temporaries, so allow a couple per thread on top of the budget.
  EXPECT_LE(Tracked::max_live.load(), static_cast<int>(p.item_budget()) + 2 * 9);
  EXPECT_LT(Tracked::max_live.load(), kItems / 10);
}

TEST(StagedPipeline, AnExceptionInAWorkerStopsEverythingAndIsRethrown) {
  StagedPipeline<int> p(4);
  p.parallel("work", 4, [](int& v) {
    if (v == 500) throw std::runtime_error("frame 500 is bad");
  });
  int made = 0;
  int sunk = 0;
  try {
    p.run([&]() -> std::optional<int> { return made++; },  // endless: only the error stops it
          [&](int&&) { ++sunk; });
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "frame 500 is bad");
  }
  EXPECT_LE(sunk, 500);
}

TEST(StagedPipeline, ASourceErrorAndASinkErrorAreRethrown) {
  {
    StagedPipeline<int> p(2);
    p.parallel("w", 2, [](int&) {});
    int made = 0;
    EXPECT_THROW(p.run(
                     [&]() -> std::optional<int> {
                       if (made == 10) fail(ErrorKind::InvalidData, "decode failed");
                       return made++;
                     },
                     [](int&&) {}),
                 Error);
  }
  {
    StagedPipeline<int> p(2);
    p.parallel("w", 2, [](int&) {});
    int made = 0;
    EXPECT_THROW(p.run([&]() -> std::optional<int> { return made++; },
                       [](int&& v) {
                         if (v == 20) fail(ErrorKind::Io, "disk full");
                       }),
                 Error);
  }
}

TEST(StagedPipeline, CancelFlagStopsWithCancelledError) {
  std::atomic<bool> cancel{false};
  StagedPipeline<int> p(4, &cancel);
  p.parallel("w", 3, [](int&) { std::this_thread::sleep_for(std::chrono::microseconds(50)); });
  int made = 0;
  try {
    p.run([&]() -> std::optional<int> { return made++; },
          [&](int&& v) {
            if (v == 100) cancel = true;
          });
    FAIL() << "expected Cancelled";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Cancelled);
  }
}

TEST(StagedPipeline, EmptySourceAndNoStagesWork) {
  StagedPipeline<int> p(1);
  EXPECT_EQ(p.run([]() -> std::optional<int> { return std::nullopt; }, [](int&&) {}), 0);
  StagedPipeline<int> q(1);
  int n = 0, sum = 0;
  EXPECT_EQ(q.run([&]() -> std::optional<int> { return n < 5 ? std::optional<int>(n++) : std::nullopt; },
                  [&](int&& v) { sum += v; }),
            5);
  EXPECT_EQ(sum, 10);
}

// A container's process limit makes std::thread throw std::system_error part-way through the
// start-up: the threads already running (the source among them, feeding items) are stopped and
// joined, and run() fails with one line naming the stage; it used to end in std::terminate (a
// joinable std::thread destroyed during unwinding).
TEST(StagedPipeline, AThreadThatCannotBeStartedStopsTheStartedOnesAndIsReported) {
  for (int fail_at : {0, 1, 3, 5}) {
    SCOPED_TRACE(fail_at);
    std::atomic<int> started{0}, finished{0};
    StagedPipeline<int> p(2);
    p.parallel("detect", 2, [](int&) {}).parallel("swap", 3, [](int&) {});
    p.thread_starter([&](std::function<void()> body) {
      if (started.load() == fail_at)
        throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
      started.fetch_add(1);
      return std::thread([&finished, body = std::move(body)] {
        body();
        finished.fetch_add(1);
      });
    });
    int next = 0;
    std::string msg;
    try {
      p.run([&]() -> std::optional<int> { return next++; }, [](int&&) {});  // an endless source
      ADD_FAILURE() << "run() returned";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Runtime);
      msg = e.what();
    }
    EXPECT_NE(msg.find(fail_at == 0 ? "source" : fail_at < 3 ? "detect" : "swap"), std::string::npos) << msg;
    EXPECT_NE(msg.find(std::to_string(fail_at) + " started"), std::string::npos) << msg;
    EXPECT_EQ(finished.load(), started.load()) << "every started thread ran to its end and was joined";
  }
}

}  // namespace
}  // namespace swapcam
