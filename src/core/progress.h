#pragma once
// Progress of a long job (frames of a video, files of a folder): a thread-safe model that workers
// advance, and a sink that presents it. The model throttles: the sink is called at most once per
// its interval, from whichever thread advanced, never from two at once.
//
// Sinks here: a redrawn bar for terminals, plain periodic lines otherwise (logs, CI), and none for
// --quiet. Front ends may provide their own (the GUI's progress widget).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace swapcam {

struct ProgressSnapshot {
  std::string label;  // what is counted ("frames", "files") and of what
  std::string unit = "frames";
  int64_t done = 0;
  int64_t total = 0;  // 0: unknown
  double elapsed_s = 0;
  double rate = 0;              // units per second over the last few seconds
  std::optional<double> eta_s;  // when total is known and something is done
  bool finished = false;
};

class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  virtual void update(const ProgressSnapshot& s) = 0;
  virtual void finish(const ProgressSnapshot& s) = 0;
  // Least time between two update() calls.
  virtual double interval_s() const { return 1.0; }
};

class Progress {
 public:
  using Clock = std::function<double()>;  // seconds, monotonic (tests inject their own)

  Progress(std::string label, int64_t total, std::shared_ptr<ProgressSink> sink, std::string unit = "frames",
           Clock clock = {});

  void advance(int64_t n = 1);
  void set_total(int64_t total);
  // Final update (once); later calls do nothing.
  void finish();
  ProgressSnapshot snapshot() const;

 private:
  ProgressSnapshot snapshot_locked(double now) const;

  mutable std::mutex mutex_;
  std::string label_, unit_;
  std::shared_ptr<ProgressSink> sink_;
  Clock clock_;
  double start_ = 0;
  double last_report_ = -1e9;
  int64_t done_ = 0;
  int64_t total_ = 0;
  bool finished_ = false;
  std::deque<std::pair<double, int64_t>> samples_;  // (time, done) of the last few seconds, for the rate
};

// "0:07", "1:02:03"; "?" for negative or non-finite.
std::string format_duration(double seconds);
// A one-line bar for a terminal, at most `width` columns: "[#####.....]  40%  120/300 frames  24.3 fps  ETA 0:07".
std::string format_progress_bar(const ProgressSnapshot& s, int width = 80);
// A plain line for logs: "video.mp4: 120/300 frames (40%), 24.3 fps, elapsed 0:05, ETA 0:07".
std::string format_progress_line(const ProgressSnapshot& s);

// Redraws one line with '\r' (interval 0.1 s); ends it with a newline on finish.
class TerminalProgressSink : public ProgressSink {
 public:
  explicit TerminalProgressSink(std::FILE* out, int width = 80) : out_(out), width_(width) {}
  void update(const ProgressSnapshot& s) override;
  void finish(const ProgressSnapshot& s) override;
  double interval_s() const override { return 0.1; }

 private:
  std::FILE* out_;
  int width_;
};

// One line per interval (default 5 s) and a last one on finish.
class LineProgressSink : public ProgressSink {
 public:
  explicit LineProgressSink(std::FILE* out, double interval_s = 5.0) : out_(out), interval_(interval_s) {}
  void update(const ProgressSnapshot& s) override;
  void finish(const ProgressSnapshot& s) override;
  double interval_s() const override { return interval_; }

 private:
  std::FILE* out_;
  double interval_;
};

class NullProgressSink : public ProgressSink {
 public:
  void update(const ProgressSnapshot&) override {}
  void finish(const ProgressSnapshot&) override {}
  double interval_s() const override { return 3600.0; }
};

// Whether the stream is an interactive terminal.
bool is_terminal(std::FILE* stream);
// The console sink for a front end: none when quiet, a bar on a terminal, lines otherwise (stderr).
std::shared_ptr<ProgressSink> make_console_progress_sink(bool quiet, std::FILE* out = stderr);

}  // namespace swapcam
