#pragma once
// Latency and rate figures for live pipelines: percentiles (p50/p95/max) of millisecond samples and
// frames per second. Both are thread-safe: stages record from their own threads while the front end
// reads a running summary (the --show-fps overlay) or the final one (--metrics-json).
#include <chrono>
#include <cstdint>
#include <mutex>
#include <vector>

namespace swapcam {

using SteadyClock = std::chrono::steady_clock;

// Milliseconds between two steady-clock instants.
inline double elapsed_ms(SteadyClock::time_point from, SteadyClock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

struct LatencySummary {
  uint64_t count = 0;
  double p50 = 0, p95 = 0, max = 0, mean = 0;  // milliseconds; all 0 when count == 0
};

// Collects latency samples. Memory is bounded: the first `capacity` samples are kept exactly, later
// ones replace kept ones by reservoir sampling (a uniform sample of the whole run); count, max and
// mean stay exact however long the run.
class LatencyStats {
 public:
  explicit LatencyStats(size_t capacity = 1u << 16);

  void add(double ms);
  LatencySummary summary() const;
  void reset();

 private:
  mutable std::mutex mutex_;
  size_t capacity_;
  std::vector<double> samples_;
  uint64_t count_ = 0;
  double max_ = 0, sum_ = 0;
  uint64_t rng_ = 0x9E3779B97F4A7C15ull;  // deterministic reservoir choice
};

// Nearest-rank percentile (q in [0,1]) of unsorted samples; 0 for none.
double percentile(std::vector<double> samples, double q);

// Frames per second: over the whole run (first to last tick) and over a recent window, for overlays.
class RateMeter {
 public:
  explicit RateMeter(std::chrono::milliseconds window = std::chrono::milliseconds(1000));

  void tick(SteadyClock::time_point at = SteadyClock::now());
  uint64_t count() const;
  double average_fps() const;  // (ticks - 1) / (last - first); 0 with fewer than two ticks
  double recent_fps() const;   // ticks in the last window ending at the last tick

 private:
  mutable std::mutex mutex_;
  std::chrono::milliseconds window_;
  uint64_t count_ = 0;
  SteadyClock::time_point first_{}, last_{};
  std::vector<SteadyClock::time_point> recent_;  // ticks inside the window, oldest first
};

}  // namespace swapcam
