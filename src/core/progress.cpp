#include "core/progress.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#ifdef _WIN32
#include <io.h>
#define SWAPCAM_ISATTY(fd) _isatty(fd)
#define SWAPCAM_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define SWAPCAM_ISATTY(fd) isatty(fd)
#define SWAPCAM_FILENO(f) fileno(f)
#endif

namespace swapcam {
namespace {

constexpr double kRateWindowS = 3.0;

double steady_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

Progress::Progress(std::string label, int64_t total, std::shared_ptr<ProgressSink> sink, std::string unit, Clock clock)
    : label_(std::move(label)),
      unit_(std::move(unit)),
      sink_(sink ? std::move(sink) : std::make_shared<NullProgressSink>()),
      clock_(clock ? std::move(clock) : Clock(steady_seconds)),
      total_(std::max<int64_t>(0, total)) {
  start_ = clock_();
  samples_.emplace_back(start_, 0);
}

void Progress::advance(int64_t n) {
  std::lock_guard lock(mutex_);
  if (finished_) return;
  done_ += n;
  const double now = clock_();
  samples_.emplace_back(now, done_);
  while (samples_.size() > 2 && samples_[1].first < now - kRateWindowS) samples_.pop_front();
  if (now - last_report_ >= sink_->interval_s()) {
    last_report_ = now;
    sink_->update(snapshot_locked(now));  // under the lock: one sink call at a time, in order
  }
}

void Progress::set_total(int64_t total) {
  std::lock_guard lock(mutex_);
  total_ = std::max<int64_t>(0, total);
}

void Progress::finish() {
  std::lock_guard lock(mutex_);
  if (finished_) return;
  ProgressSnapshot s = snapshot_locked(clock_());
  finished_ = true;
  s.finished = true;
  // The final rate is the whole run's average: the honest summary figure.
  s.rate = s.elapsed_s > 0 ? static_cast<double>(done_) / s.elapsed_s : 0;
  s.eta_s.reset();
  sink_->finish(s);
}

ProgressSnapshot Progress::snapshot() const {
  std::lock_guard lock(mutex_);
  return snapshot_locked(clock_());
}

ProgressSnapshot Progress::snapshot_locked(double now) const {
  ProgressSnapshot s;
  s.label = label_;
  s.unit = unit_;
  s.done = done_;
  s.total = total_;
  s.finished = finished_;
  s.elapsed_s = std::max(0.0, now - start_);
  const auto& [t0, d0] = samples_.front();
  if (now > t0) s.rate = static_cast<double>(done_ - d0) / (now - t0);
  if (total_ > 0 && done_ > 0 && s.rate > 0)
    s.eta_s = static_cast<double>(std::max<int64_t>(0, total_ - done_)) / s.rate;
  return s;
}

std::string format_duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "?";
  auto total = static_cast<long long>(std::llround(seconds));
  long long h = total / 3600, m = (total / 60) % 60, sec = total % 60;
  if (h > 0) return fmt::format("{}:{:02}:{:02}", h, m, sec);
  return fmt::format("{}:{:02}", m, sec);
}

namespace {
std::string counts(const ProgressSnapshot& s) {
  if (s.total > 0) return fmt::format("{}/{} {}", s.done, s.total, s.unit);
  return fmt::format("{} {}", s.done, s.unit);
}
std::string rate_text(const ProgressSnapshot& s) {
  std::string unit = s.unit == "frames" ? "fps" : s.unit + "/s";
  return fmt::format("{:.1f} {}", s.rate, unit);
}
}  // namespace

std::string format_progress_bar(const ProgressSnapshot& s, int width) {
  std::string tail = "  " + counts(s) + "  " + rate_text(s);
  if (s.finished) tail += "  done in " + format_duration(s.elapsed_s);
  else if (s.eta_s) tail += "  ETA " + format_duration(*s.eta_s);
  std::string head;
  if (s.total > 0) {
    double fraction = std::clamp(static_cast<double>(s.done) / static_cast<double>(s.total), 0.0, 1.0);
    std::string pct = fmt::format(" {:3}%", static_cast<int>(fraction * 100));
    int bar = width - static_cast<int>(tail.size() + pct.size()) - 2;
    if (bar >= 10) {
      bar = std::min(bar, 40);
      int filled = static_cast<int>(fraction * bar);
      head = "[" + std::string(filled, '#') + std::string(bar - filled, '.') + "]";
    }
    head += pct;
  } else {
    head = s.label;
  }
  std::string line = head + tail;
  if (width > 0 && static_cast<int>(line.size()) > width) line.resize(width);
  return line;
}

std::string format_progress_line(const ProgressSnapshot& s) {
  std::string line = s.label.empty() ? "" : s.label + ": ";
  line += counts(s);
  if (s.total > 0) line += fmt::format(" ({}%)", static_cast<int>(100.0 * std::min(s.done, s.total) / s.total));
  line += ", " + rate_text(s) + ", elapsed " + format_duration(s.elapsed_s);
  if (s.finished) line += ", done";
  else if (s.eta_s) line += ", ETA " + format_duration(*s.eta_s);
  return line;
}

void TerminalProgressSink::update(const ProgressSnapshot& s) {
  std::string line = format_progress_bar(s, width_);
  // Pad to the full width so a shorter line erases the previous one.
  if (static_cast<int>(line.size()) < width_) line.append(width_ - line.size(), ' ');
  std::fprintf(out_, "\r%s", line.c_str());
  std::fflush(out_);
}

void TerminalProgressSink::finish(const ProgressSnapshot& s) {
  update(s);
  std::fputc('\n', out_);
  std::fflush(out_);
}

void LineProgressSink::update(const ProgressSnapshot& s) {
  std::fprintf(out_, "%s\n", format_progress_line(s).c_str());
  std::fflush(out_);
}

void LineProgressSink::finish(const ProgressSnapshot& s) { update(s); }

bool is_terminal(std::FILE* stream) { return stream && SWAPCAM_ISATTY(SWAPCAM_FILENO(stream)) != 0; }

std::shared_ptr<ProgressSink> make_console_progress_sink(bool quiet, std::FILE* out) {
  if (quiet) return std::make_shared<NullProgressSink>();
  if (is_terminal(out)) return std::make_shared<TerminalProgressSink>(out);
  return std::make_shared<LineProgressSink>(out);
}

}  // namespace swapcam
