#pragma once
// What a process holds, read from /proc/self (Linux): resident memory, open descriptors, threads;
// the heap bytes actually in use (glibc); and a sampler that records both over a run, for the
// resource-bound tests and soaks.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "media/image_io.h"
#include "media/video_writer.h"
#include "test_support.h"

namespace swapcam::test {

// Resident set size in KiB (VmRSS), 0 when unknown.
inline long rss_kib() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

// Bytes handed out by malloc and not yet freed, over every arena, in KiB; -1 where unknown.
// Unlike RSS this does not count what the allocator keeps after a free (per-thread arenas,
// fragmentation), so it separates a leak from allocator high-water marks.
inline long heap_in_use_kib() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  const struct mallinfo2 m = mallinfo2();
  return long((m.uordblks + m.hblkhd) / 1024);
#else
  return -1;
#endif
}

// AddressSanitizer keeps freed memory in quarantine on purpose (and LeakSanitizer checks leaks),
// so memory-flatness figures mean nothing under it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

inline int count_entries(const char* dir) {
  int n = 0;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec))
    ++n;
  return n;
}
inline int open_fds() { return count_entries("/proc/self/fd"); }
inline int thread_count() { return count_entries("/proc/self/task"); }

// The descriptors open now, as "fd -> target", to say what leaked.
inline std::vector<std::string> fd_targets() {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    std::error_code lec;
    out.push_back(e.path().filename().string() + " -> " + std::filesystem::read_symlink(e.path(), lec).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Samples VmRSS, the heap in use and the thread count every `period` on its own thread until stop().
class RssSampler {
 public:
  struct Sample {
    double t_s;
    long rss_kib;
    long heap_kib;
    long threads;
  };
  explicit RssSampler(std::chrono::milliseconds period = std::chrono::milliseconds(100))
      : start_(std::chrono::steady_clock::now()), thread_([this, period] {
          while (!stop_) {
            add();
            std::this_thread::sleep_for(period);
          }
        }) {}
  ~RssSampler() { stop(); }
  void stop() {
    if (stop_.exchange(true)) return;
    thread_.join();
    add();
  }
  std::vector<Sample> samples() const {
    std::lock_guard lock(mu_);
    return samples_;
  }
  // Highest sample with from <= t/T < to (fractions of the whole run).
  long max_between(double from, double to) const { return max_of(from, to, &Sample::rss_kib); }
  long heap_max_between(double from, double to) const { return max_of(from, to, &Sample::heap_kib); }
  long max_threads() const { return max_of(0, 1, &Sample::threads); }
  long first() const {
    auto s = samples();
    return s.empty() ? 0 : s.front().rss_kib;
  }
  long last() const {
    auto s = samples();
    return s.empty() ? 0 : s.back().rss_kib;
  }
  long peak() const { return max_between(0, 1); }
  long heap_first() const {
    auto s = samples();
    return s.empty() ? 0 : s.front().heap_kib;
  }
  long heap_last() const {
    auto s = samples();
    return s.empty() ? 0 : s.back().heap_kib;
  }

 private:
  long max_of(double from, double to, long Sample::*field) const {
    auto s = samples();
    if (s.empty()) return 0;
    const double total = s.back().t_s;
    long m = 0;
    for (const auto& x : s)
      if (x.t_s >= from * total && x.t_s <= to * total) m = std::max(m, x.*field);
    return m;
  }
  void add() {
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::lock_guard lock(mu_);
    samples_.push_back({t, rss_kib(), heap_in_use_kib(), long(thread_count())});
  }
  std::chrono::steady_clock::time_point start_;
  mutable std::mutex mu_;
  std::vector<Sample> samples_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

// Memory early and late in a run (peaks over fractions of its length): the heap in use is the
// leak check; resident memory is what a user sees and also holds allocator high-water marks.
struct MemoryTrend {
  long rss_early = 0, rss_late = 0;
  long heap_early = -1, heap_late = -1;  // -1: the allocator cannot tell
  bool heap_known() const { return heap_early >= 0; }
};

inline MemoryTrend memory_trend(const RssSampler& s, double early_from, double early_to, double late_from,
                                double late_to) {
  MemoryTrend m;
  m.rss_early = s.max_between(early_from, early_to);
  m.rss_late = s.max_between(late_from, late_to);
  if (heap_in_use_kib() >= 0) {
    m.heap_early = s.heap_max_between(early_from, early_to);
    m.heap_late = s.heap_max_between(late_from, late_to);
  }
  return m;
}

// Memory must not grow with the run. The heap in use is exact: 8 MiB of slack, where keeping one
// 320x240 frame per frame would add ~29 MiB between the windows. Resident memory also holds what
// glibc's per-thread arenas keep after frees (more threads, more of it), so it gets a coarse bound
// that only a gross leak exceeds.
inline void expect_flat(const MemoryTrend& m, const char* what) {
  if (kUnderAddressSanitizer) return;  // the quarantine keeps freed memory; LeakSanitizer checks leaks
  if (m.heap_known()) EXPECT_LE(m.heap_late, m.heap_early + 8 * 1024) << what << ": heap in use grows while running";
  EXPECT_LE(m.rss_late, m.rss_early + std::max(64L * 1024, m.rss_early / 4))
      << what << ": resident memory grows while running";
}

// A video of the test portrait moving over a textured background (our own writer, no ffmpeg CLI).
inline void write_face_video(const std::filesystem::path& out, int frames, int width, int height, int fps) {
  cv::Mat face = media::read_image(testdata_dir() / "images" / "astronaut.png");
  const int side = height * 2 / 3;
  cv::resize(face, face, {side, side}, 0, 0, cv::INTER_AREA);
  media::VideoWriterOptions o;
  o.quality = 28;
  o.preset = "ultrafast";
  o.time_base = {1, fps};
  o.frame_rate = {fps, 1};
  o.provenance = false;
  media::VideoWriter w(out, width, height, o);
  cv::Mat background(height, width, CV_8UC3);
  cv::RNG(5).fill(background, cv::RNG::UNIFORM, 40, 200);
  cv::GaussianBlur(background, background, {0, 0}, 6);
  const int period = std::max(2, fps * 4);  // back and forth every 4 s
  for (int i = 0; i < frames; ++i) {
    cv::Mat frame = background.clone();
    const int phase = i % (2 * period);
    const int step = phase < period ? phase : 2 * period - phase;
    face.copyTo(frame(cv::Rect((width - side) * step / period, (height - side) / 2, side, side)));
    w.write(frame, i);
  }
  w.finish();
}

}  // namespace swapcam::test
