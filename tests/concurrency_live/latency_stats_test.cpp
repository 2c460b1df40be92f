// LatencyStats / RateMeter: exact figures on known samples, and consistent under concurrent writers.
#include <chrono>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/latency_stats.h"

namespace swapcam {
namespace {

using namespace std::chrono_literals;

TEST(LatencyStats, PercentilesOfKnownSamples) {
  LatencyStats stats;
  for (int i = 100; i >= 1; --i) stats.add(i);  // 1..100 in reverse order
  auto s = stats.summary();
  EXPECT_EQ(s.count, 100u);
  EXPECT_DOUBLE_EQ(s.p50, 50);
  EXPECT_DOUBLE_EQ(s.p95, 95);
  EXPECT_DOUBLE_EQ(s.max, 100);
  EXPECT_DOUBLE_EQ(s.mean, 50.5);
}

TEST(LatencyStats, EmptyIsAllZero) {
  LatencyStats stats;
  auto s = stats.summary();
  EXPECT_EQ(s.count, 0u);
  EXPECT_EQ(s.p95, 0);
  EXPECT_EQ(percentile({}, 0.5), 0);
}

TEST(LatencyStats, BoundedMemoryKeepsExactCountMaxAndApproximatePercentiles) {
  LatencyStats stats(1000);
  for (int i = 0; i < 100000; ++i) stats.add(i % 100);  // uniform 0..99
  stats.add(5000);
  auto s = stats.summary();
  EXPECT_EQ(s.count, 100001u);
  EXPECT_DOUBLE_EQ(s.max, 5000);
  EXPECT_NEAR(s.p50, 50, 8);
  EXPECT_NEAR(s.p95, 95, 4);
}

TEST(LatencyStats, ConcurrentWritersAndReader) {
  LatencyStats stats(512);
  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t)
    writers.emplace_back([&, t] {
      for (int i = 0; i < 5000; ++i) stats.add(double(t * 10000 + i));
    });
  std::thread reader([&] {
    for (int i = 0; i < 200; ++i) (void)stats.summary();
  });
  for (auto& w : writers) w.join();
  reader.join();
  auto s = stats.summary();
  EXPECT_EQ(s.count, 20000u);
  EXPECT_DOUBLE_EQ(s.max, 34999);
}

TEST(RateMeter, AverageAndRecentRateFromTickTimes) {
  RateMeter meter(1000ms);
  auto t0 = SteadyClock::time_point{} + 10s;
  for (int i = 0; i < 61; ++i) meter.tick(t0 + i * 50ms);  // 20 fps for 3 s
  EXPECT_EQ(meter.count(), 61u);
  EXPECT_NEAR(meter.average_fps(), 20.0, 1e-9);
  EXPECT_NEAR(meter.recent_fps(), 20.0, 1e-9);
  for (int i = 1; i <= 10; ++i) meter.tick(t0 + 3s + i * 100ms);  // then 10 fps for 1 s
  EXPECT_NEAR(meter.recent_fps(), 10.0, 1e-9);
}

TEST(RateMeter, ConcurrentTicksAreAllCounted) {
  RateMeter meter;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) meter.tick();
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(meter.count(), 8000u);
  EXPECT_GE(meter.average_fps(), 0.0);
}

}  // namespace
}  // namespace swapcam
