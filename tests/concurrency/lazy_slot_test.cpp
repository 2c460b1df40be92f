#include "core/lazy_slot.h"

#include <atomic>
#include <barrier>
#include <set>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace swapcam {
namespace {

// A stand-in for a model: something expensive to build, with an identity we can compare.
struct Heavy {
  explicit Heavy(int v) : value(v) {}
  int value;
  std::vector<int> payload = std::vector<int>(1024, 7);
};

constexpr int kThreads = 32;

TEST(LazySlot, ThirtyTwoThreadsRacingLoadExactlyOnceAndShareTheValue) {
  std::atomic<int> loads{0};
  LazySlot<Heavy> slot([&] {
    loads.fetch_add(1);
    // Widen the race window: others must arrive while this load is in progress.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return std::make_unique<Heavy>(42);
  });

  std::barrier start(kThreads);
  std::vector<const Heavy*> seen(kThreads, nullptr);
  std::vector<int> payload_sum(kThreads, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      const Heavy& h = slot.get();
      seen[i] = &h;
      // Reading the payload checks (under TSan) that publication made the whole object visible.
      for (int x : h.payload) payload_sum[i] += x;
    });
  }
  for (auto& t : threads) t.join();

  EXPECT_EQ(loads.load(), 1);
  EXPECT_EQ(slot.load_attempts(), 1);
  std::set<const Heavy*> distinct(seen.begin(), seen.end());
  ASSERT_EQ(distinct.size(), 1u);
  EXPECT_EQ((*distinct.begin())->value, 42);
  for (int s : payload_sum) EXPECT_EQ(s, 7 * 1024);
}

TEST(LazySlot, FailureIsRememberedAndNotRetriedUntilReset) {
  std::atomic<int> loads{0};
  bool broken = true;
  LazySlot<Heavy> slot([&]() -> std::unique_ptr<Heavy> {
    loads.fetch_add(1);
    if (broken) fail(ErrorKind::InvalidData, "model file 'x.onnx' is corrupt");
    return std::make_unique<Heavy>(1);
  });

  std::barrier start(kThreads);
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      start.arrive_and_wait();
      try {
        slot.get();
      } catch (const Error& e) {
        if (std::string(e.what()).find("x.onnx") != std::string::npos && e.kind() == ErrorKind::InvalidData)
          errors.fetch_add(1);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors.load(), kThreads) << "every caller gets the remembered error";
  EXPECT_EQ(loads.load(), 1) << "a failed load is not retried by other callers";
  ASSERT_TRUE(slot.failure().has_value());
  EXPECT_NE(slot.failure()->find("x.onnx"), std::string::npos);

  broken = false;
  EXPECT_THROW(slot.get(), Error) << "still the remembered failure before reset";
  EXPECT_EQ(loads.load(), 1);
  slot.reset();
  EXPECT_EQ(slot.get().value, 1);
  EXPECT_EQ(loads.load(), 2);
  EXPECT_FALSE(slot.failure().has_value());
}

TEST(LazySlot, NonErrorExceptionsBecomeRuntimeErrors) {
  LazySlot<Heavy> slot([]() -> std::unique_ptr<Heavy> { throw std::runtime_error("out of memory"); });
  try {
    slot.get();
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Runtime);
    EXPECT_STREQ(e.what(), "out of memory");
  }
}

TEST(LazySlot, ReferencesStayValidAcrossResetWhileReadersRun) {
  std::atomic<int> next{0};
  LazySlot<Heavy> slot([&] { return std::make_unique<Heavy>(next.fetch_add(1)); });
  std::atomic<bool> stop{false};
  std::vector<std::thread> readers;
  std::atomic<long> reads{0};
  for (int i = 0; i < 4; ++i) {
    readers.emplace_back([&] {
      while (!stop.load(std::memory_order_relaxed)) {
        const Heavy& h = slot.get();
        long sum = 0;
        for (int x : h.payload) sum += x;  // would be a use-after-free if reset freed the value
        if (sum == 7 * 1024) reads.fetch_add(1, std::memory_order_relaxed);
      }
    });
  }
  for (int i = 0; i < 50; ++i) {
    slot.reset();
    std::this_thread::yield();
  }
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_GT(reads.load(), 0);
  EXPECT_GE(slot.load_attempts(), 1);
  EXPECT_LE(slot.load_attempts(), 51);
}

TEST(LazySlot, PeekNeverLoads) {
  int loads = 0;
  LazySlot<Heavy> slot([&] {
    ++loads;
    return std::make_unique<Heavy>(5);
  });
  EXPECT_EQ(slot.peek(), nullptr);
  EXPECT_EQ(loads, 0);
  const Heavy& h = slot.get();
  EXPECT_EQ(slot.peek(), &h);
  EXPECT_EQ(loads, 1);
}

}  // namespace
}  // namespace swapcam
