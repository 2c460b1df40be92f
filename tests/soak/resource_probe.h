#pragma once
// What a process holds, read from /proc/self (Linux): resident memory, open descriptors, threads;
// and a sampler that records resident memory over a run, for the resource-bound tests and soaks.
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

inline int count_entries(const char* dir) {
  int n = 0;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) ++n;
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

// Samples VmRSS every `period` on its own thread until stop().
class RssSampler {
 public:
  struct Sample {
    double t_s;
    long rss_kib;
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
  long max_between(double from, double to) const {
    auto s = samples();
    if (s.empty()) return 0;
    const double total = s.back().t_s;
    long m = 0;
    for (const auto& x : s)
      if (x.t_s >= from * total && x.t_s <= to * total) m = std::max(m, x.rss_kib);
    return m;
  }
  long first() const { auto s = samples(); return s.empty() ? 0 : s.front().rss_kib; }
  long last() const { auto s = samples(); return s.empty() ? 0 : s.back().rss_kib; }
  long peak() const { return max_between(0, 1); }

 private:
  void add() {
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::lock_guard lock(mu_);
    samples_.push_back({t, rss_kib()});
  }
  std::chrono::steady_clock::time_point start_;
  mutable std::mutex mu_;
  std::vector<Sample> samples_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

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
