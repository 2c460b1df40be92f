#include "pipeline/live_pipeline.h"

#include <algorithm>
#include <exception>
#include <thread>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "core/mailbox.h"
#include "pipeline/live_stage.h"

namespace swapcam::pipeline {

using namespace std::chrono_literals;

struct LivePipeline::Impl {
  std::unique_ptr<LiveSource> source;
  LiveStageFunctions fn;
  LivePipelineOptions opt;
  int swap_workers = 1;

  Mailbox<LiveFrame> to_track, to_swap, to_composite, to_output;
  StageStats capture, track, swap, composite, output;
  RateMeter rate_in, rate_out;

  struct Sink {
    LiveSink sink;
    Mailbox<LiveOutputFrame> box;
    StageStats stats;
  };
  std::vector<std::unique_ptr<Sink>> sinks;

  std::atomic<bool> stop_requested{false};
  std::mutex state_mutex;  // error, end_reason
  std::exception_ptr error;
  std::string end_reason;
  std::atomic<int64_t> in_flight{0}, max_in_flight{0};
  std::atomic<int> reconnects{0};
  std::atomic<int> swap_workers_alive{0};
  std::atomic<double> latency_ema_ms{0};
  std::atomic<SteadyClock::rep> started_ticks{0};  // atomic: snapshot() may read it while run() starts
  std::atomic<bool> ran{false};
  SteadyClock::time_point started() const {
    return SteadyClock::time_point(SteadyClock::duration(started_ticks.load()));
  }

  void set_end_reason(const std::string& reason) {
    std::lock_guard lock(state_mutex);
    if (end_reason.empty()) end_reason = reason;
  }

  void close_all() {
    to_track.close();
    to_swap.close();
    to_composite.close();
    to_output.close();
    for (auto& s : sinks) s->box.close();
  }

  // A stage failed: remember the first error and shut everything down.
  void fail_with(std::exception_ptr e, const std::string& stage) {
    {
      std::lock_guard lock(state_mutex);
      if (!error) error = e;
      if (end_reason.empty()) end_reason = "error in " + stage;
    }
    stop_requested = true;
    close_all();
  }

  // One stage thread: the shared loop, its failure turned into a shutdown, then `done` (closing the
  // next mailbox) however it ended. False when the stage failed.
  template <typename Frame, typename Work, typename Pass, typename Done>
  bool stage_thread(const std::string& name, Mailbox<Frame>& input, StageStats& stats, Work&& work, Pass&& pass,
                    Done&& done) {
    bool ok = true;
    try {
      run_stage(input, stats, work, pass);
    } catch (...) {
      fail_with(std::current_exception(), name);
      ok = false;
    }
    done();
    return ok;
  }

  std::shared_ptr<void> in_flight_token() {
    int64_t now = in_flight.fetch_add(1) + 1;
    int64_t seen = max_in_flight.load();
    while (now > seen && !max_in_flight.compare_exchange_weak(seen, now)) {}
    return std::shared_ptr<void>(static_cast<void*>(this), [this](void*) { in_flight.fetch_sub(1); });
  }

  bool duration_reached() const {
    return opt.duration_s && std::chrono::duration<double>(SteadyClock::now() - started()).count() >= *opt.duration_s;
  }

  // Waits before a reconnect attempt; false when the run should end instead.
  bool wait_to_reconnect() {
    auto until = SteadyClock::now() + std::chrono::duration_cast<SteadyClock::duration>(
                                          std::chrono::duration<double>(opt.reconnect_interval_s));
    while (SteadyClock::now() < until) {
      if (stop_requested || duration_reached()) return false;
      std::this_thread::sleep_for(20ms);
    }
    return true;
  }

  void capture_thread() {
    int64_t index = 0;
    try {
      while (!stop_requested) {
        if (duration_reached()) {
          set_end_reason("duration reached");
          break;
        }
        std::optional<CapturedFrame> f;
        try {
          f = source->next();
        } catch (const Error& e) {
          if (!opt.reconnect) {
            if (e.kind() == ErrorKind::NotFound || e.kind() == ErrorKind::Io) {
              log::error("{}; stopping (use --reconnect to wait for it)", e.what());
              set_end_reason(std::string("source lost: ") + e.what());
              break;
            }
            throw;
          }
          log::warn("{}; reconnecting", e.what());
          bool back = false;
          while (!back && wait_to_reconnect()) {
            try {
              back = source->reopen();
              if (!back) break;
              reconnects.fetch_add(1);
              log::info("{} is back", source->description());
            } catch (const Error& again) {
              log::debug("reconnect failed: {}", again.what());
            }
          }
          if (!back) {
            set_end_reason(stop_requested       ? "stopped"
                           : duration_reached() ? "duration reached"
                                                : std::string("source lost: ") + e.what());
            break;
          }
          continue;
        }
        if (!f) {
          set_end_reason(stop_requested ? "stopped" : "end of input");
          break;
        }
        if (f->image.empty()) continue;
        if (opt.mirror) cv::flip(f->image, f->image, 1);
        LiveFrame frame;
        frame.image = std::move(f->image);
        frame.index = index++;
        frame.captured = f->captured;
        frame.source_time_s = f->source_time_s;
        frame.in_flight = in_flight_token();
        rate_in.tick(frame.captured);
        capture.out.fetch_add(1);
        capture.latency.add(ms_since(frame.captured));
        if (!to_track.put(std::move(frame))) break;
      }
      if (stop_requested) set_end_reason("stopped");
    } catch (...) {
      fail_with(std::current_exception(), "capture");
    }
    to_track.close();
  }

  void draw_overlay(cv::Mat& image) {
    char line[160];
    std::snprintf(line, sizeof line, "%.1f fps (in %.1f)  latency %.0f ms", rate_out.recent_fps(), rate_in.recent_fps(),
                  latency_ema_ms.load());
    double scale = std::max(0.5, image.rows / 720.0);
    cv::Point at(int(10 * scale), int(28 * scale));
    cv::putText(image, line, at, cv::FONT_HERSHEY_SIMPLEX, 0.7 * scale, cv::Scalar(0, 0, 0), int(4 * scale),
                cv::LINE_AA);
    cv::putText(image, line, at, cv::FONT_HERSHEY_SIMPLEX, 0.7 * scale, cv::Scalar(80, 255, 80),
                std::max(1, int(1.5 * scale)), cv::LINE_AA);
  }

  // The stages after capture, each one run_stage() with its work and its next hop.
  void track_thread() {
    stage_thread(
        "detect/track", to_track, track,
        [this](LiveFrame& f) {
          if (fn.track) f.faces = fn.track(f.image, f.index);
          return true;
        },
        [this](LiveFrame&& f) { to_swap.put(std::move(f)); }, [this] { to_swap.close(); });
  }

  void swap_thread() {
    stage_thread(
        "swap", to_swap, swap,
        [this](LiveFrame& f) {
          if (fn.swap) fn.swap(f.image, f.faces);
          if (opt.test_swap_delay.count() > 0) std::this_thread::sleep_for(opt.test_swap_delay);
          return true;
        },
        [this](LiveFrame&& f) { to_composite.put(std::move(f)); },
        [this] {
          if (swap_workers_alive.fetch_sub(1) == 1) to_composite.close();  // the last worker out closes
        });
  }

  void composite_thread() {
    int64_t last = -1;
    stage_thread(
        "composite", to_composite, composite,
        [this, &last](LiveFrame& f) {
          if (f.index <= last)
            return false;  // a parallel swap worker finished an older frame late: never go back in time
          last = f.index;
          if (fn.composite) fn.composite(f.image);
          if (opt.show_fps) draw_overlay(f.image);
          return true;
        },
        [this](LiveFrame&& f) { to_output.put(std::move(f)); }, [this] { to_output.close(); });
  }

  void output_thread() {
    stage_thread(
        "outputs", to_output, output,
        [this](LiveFrame& f) {
          const double latency = ms_since(f.captured);
          const double ema = latency_ema_ms.load();
          latency_ema_ms.store(ema == 0 ? latency : ema * 0.9 + latency * 0.1);
          rate_out.tick();
          return true;
        },
        [this](LiveFrame&& f) {
          LiveOutputFrame out{std::move(f.image), f.index, f.captured, f.source_time_s};
          f.in_flight.reset();
          for (auto& s : sinks) s->box.put(out);
        },
        [this] {
          for (auto& s : sinks) s->box.close();
        });
  }

  void sink_thread(Sink& s) {
    const bool drained = stage_thread(
        s.sink.name, s.box, s.stats,
        [&s](LiveOutputFrame& f) {
          s.sink.write(f);
          return true;
        },
        [](LiveOutputFrame&&) {}, [] {});
    if (!drained || !s.sink.finish) return;
    try {
      s.sink.finish();
    } catch (...) {
      fail_with(std::current_exception(), s.sink.name);
    }
  }

  LiveMetrics metrics(int source_changes) {
    LiveMetrics m;
    m.source = source->description();
    m.duration_s =
        started_ticks.load() != 0 ? std::chrono::duration<double>(SteadyClock::now() - started()).count() : 0;
    m.frames_captured = capture.out.load();
    m.frames_output = output.out.load();
    m.fps_in = rate_in.average_fps();
    m.fps_out = rate_out.average_fps();
    m.latency_ms = output.latency.summary();
    m.source_skipped = source->frames_skipped();
    m.max_frames_in_flight = uint64_t(max_in_flight.load());
    m.reconnects = reconnects.load();
    m.source_changes = source_changes;
    {
      std::lock_guard lock(state_mutex);
      m.end_reason = end_reason;
    }
    auto track_box = to_track.stats(), swap_box = to_swap.stats(), comp_box = to_composite.stats(),
         out_box = to_output.stats();
    m.stages.push_back(stage_metrics("capture", capture, nullptr));
    m.stages.push_back(stage_metrics("track", track, &track_box));
    m.stages.push_back(stage_metrics("swap", swap, &swap_box, swap_workers));
    m.stages.push_back(stage_metrics("composite", composite, &comp_box));
    m.stages.push_back(stage_metrics("output", output, &out_box));
    for (const auto& s : sinks) {
      auto b = s->box.stats();
      m.stages.push_back(stage_metrics("sink:" + s->sink.name, s->stats, &b));
    }
    for (const auto& s : m.stages) m.frames_dropped += s.dropped;
    return m;
  }
};

LivePipeline::LivePipeline(std::unique_ptr<LiveSource> source, LiveStageFunctions stages, LivePipelineOptions options)
    : impl_(std::make_unique<Impl>()) {
  if (!source) fail(ErrorKind::Usage, "live pipeline needs a source");
  if (options.swap_workers < 0 || options.swap_workers > 64)
    fail(ErrorKind::Usage, "swap workers must be between 1 and 64, or 0 for one (got {})", options.swap_workers);
  if (options.duration_s && !(*options.duration_s > 0))
    fail(ErrorKind::Usage, "--duration must be positive (got {})", *options.duration_s);
  impl_->source = std::move(source);
  impl_->fn = std::move(stages);
  impl_->opt = options;
  impl_->swap_workers = std::max(1, options.swap_workers);
}

LivePipeline::~LivePipeline() = default;

void LivePipeline::add_sink(LiveSink sink) {
  if (running_ || impl_->ran) fail(ErrorKind::Usage, "sinks must be added before the live pipeline runs");
  if (!sink.write) fail(ErrorKind::Usage, "live sink '{}' has no write function", sink.name);
  auto s = std::make_unique<Impl::Sink>();
  s->sink = std::move(sink);
  impl_->sinks.push_back(std::move(s));
}

LiveMetrics LivePipeline::run() {
  Impl& d = *impl_;
  if (d.ran.exchange(true)) fail(ErrorKind::Usage, "a live pipeline runs once");
  running_ = true;
  d.started_ticks = SteadyClock::now().time_since_epoch().count();
  log::info("live: {} at {:.3g} fps, {} swap worker(s){}", d.source->description(), d.source->nominal_fps(),
            d.swap_workers, d.opt.duration_s ? fmt::format(", for {:.3g} s", *d.opt.duration_s) : std::string());
  std::vector<std::thread> threads;
  for (auto& s : d.sinks) threads.emplace_back([&d, sink = s.get()] { d.sink_thread(*sink); });
  threads.emplace_back([&d] { d.output_thread(); });
  threads.emplace_back([&d] { d.composite_thread(); });
  d.swap_workers_alive = d.swap_workers;
  for (int i = 0; i < d.swap_workers; ++i) threads.emplace_back([&d] { d.swap_thread(); });
  threads.emplace_back([&d] { d.track_thread(); });
  if (d.stop_requested) d.close_all();  // stop() before run(): end at once
  d.capture_thread();                   // on the caller's thread
  for (auto& t : threads) t.join();
  running_ = false;
  LiveMetrics m = d.metrics(source_changes_.load());
  log::info("live: {} frames in ({:.1f} fps), {} out ({:.1f} fps), latency p50 {:.1f} ms p95 {:.1f} ms, {} dropped; {}",
            m.frames_captured, m.fps_in, m.frames_output, m.fps_out, m.latency_ms.p50, m.latency_ms.p95,
            m.frames_dropped, m.end_reason);
  if (d.error) std::rethrow_exception(d.error);
  return m;
}

void LivePipeline::stop() {
  impl_->stop_requested = true;
  impl_->source->interrupt();  // a source waiting for its next frame returns now
  impl_->to_track.close();     // the capture stage ends at its next frame; the rest drains
}

LiveMetrics LivePipeline::snapshot() const { return impl_->metrics(source_changes_.load()); }

}  // namespace swapcam::pipeline
