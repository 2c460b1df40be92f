#include "core/latency_stats.h"

#include <algorithm>
#include <cmath>

namespace swapcam {

LatencyStats::LatencyStats(size_t capacity) : capacity_(std::max<size_t>(capacity, 1)) {}

void LatencyStats::add(double ms) {
  std::lock_guard lock(mutex_);
  ++count_;
  sum_ += ms;
  max_ = count_ == 1 ? ms : std::max(max_, ms);
  if (samples_.size() < capacity_) {
    samples_.push_back(ms);
    return;
  }
  // Reservoir sampling (Algorithm R): keep the new sample with probability capacity/count.
  rng_ ^= rng_ << 13;
  rng_ ^= rng_ >> 7;
  rng_ ^= rng_ << 17;
  uint64_t slot = rng_ % count_;
  if (slot < capacity_) samples_[slot] = ms;
}

LatencySummary LatencyStats::summary() const {
  std::vector<double> copy;
  LatencySummary s;
  {
    std::lock_guard lock(mutex_);
    if (count_ == 0) return s;
    copy = samples_;
    s.count = count_;
    s.max = max_;
    s.mean = sum_ / double(count_);
  }
  std::sort(copy.begin(), copy.end());
  auto rank = [&](double q) {
    return copy[size_t(std::clamp(std::ceil(q * double(copy.size())), 1.0, double(copy.size()))) - 1];
  };
  s.p50 = rank(0.50);
  s.p95 = rank(0.95);
  return s;
}

void LatencyStats::reset() {
  std::lock_guard lock(mutex_);
  samples_.clear();
  count_ = 0;
  max_ = sum_ = 0;
}

double percentile(std::vector<double> samples, double q) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  double r = std::clamp(std::ceil(q * double(samples.size())), 1.0, double(samples.size()));
  return samples[size_t(r) - 1];
}

RateMeter::RateMeter(std::chrono::milliseconds window) : window_(window) {}

void RateMeter::tick(SteadyClock::time_point at) {
  std::lock_guard lock(mutex_);
  if (count_ == 0) first_ = at;
  ++count_;
  last_ = std::max(last_, at);
  recent_.push_back(at);
  auto horizon = last_ - window_;
  auto keep = std::find_if(recent_.begin(), recent_.end(), [&](auto t) { return t > horizon; });
  recent_.erase(recent_.begin(), keep);
}

uint64_t RateMeter::count() const {
  std::lock_guard lock(mutex_);
  return count_;
}

double RateMeter::average_fps() const {
  std::lock_guard lock(mutex_);
  if (count_ < 2) return 0;
  double s = std::chrono::duration<double>(last_ - first_).count();
  return s > 0 ? double(count_ - 1) / s : 0;
}

double RateMeter::recent_fps() const {
  std::lock_guard lock(mutex_);
  if (recent_.size() < 2) return 0;
  double s = std::chrono::duration<double>(recent_.back() - recent_.front()).count();
  return s > 0 ? double(recent_.size() - 1) / s : 0;
}

}  // namespace swapcam
