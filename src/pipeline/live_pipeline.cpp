#include "pipeline/live_pipeline.h"

#include "pipeline/output_guard.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "core/mailbox.h"
#include "media/atomic_file.h"
#include "media/camera.h"
#include "media/frame_source.h"
#include "media/image_io.h"
#include "media/video_writer.h"
#include "pipeline/image_pipeline.h"
#include "runtime/providers.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// ---- Sources --------------------------------------------------------------------------------

namespace {

cv::Mat fit(cv::Mat image, int w, int h) {
  if (w <= 0 || h <= 0 || (image.cols == w && image.rows == h)) return image;
  cv::Mat out;
  cv::resize(image, out, cv::Size(w, h), 0, 0, image.cols > w ? cv::INTER_AREA : cv::INTER_LINEAR);
  return out;
}

class CameraSource final : public LiveSource {
 public:
  explicit CameraSource(const LiveSourceOptions& o) : request_() {
    request_.device = o.camera;
    request_.width = o.width;
    request_.height = o.height;
    request_.fps = o.fps;
    request_.pixel_format = o.pixel_format;
    camera_ = media::open_camera(request_);
  }
  std::optional<CapturedFrame> next() override {
    if (!camera_) fail(ErrorKind::NotFound, "camera '{}' is not open", request_.device);
    media::CameraFrame f = camera_->read();
    if (!have_first_) {
      first_ = f.captured;
      have_first_ = true;
    }
    return CapturedFrame{std::move(f.bgr), f.captured, std::chrono::duration<double>(f.captured - first_).count()};
  }
  double nominal_fps() const override {
    auto m = camera_ ? camera_->mode() : media::CameraMode{};
    return m.fps.empty() || m.fps[0] <= 0 ? 30.0 : m.fps[0];
  }
  cv::Size frame_size() const override {
    auto m = camera_ ? camera_->mode() : media::CameraMode{};
    return {m.width, m.height};
  }
  std::string description() const override { return "camera " + media::camera_device_path(request_.device); }
  bool reopen() override {
    skipped_before_ += camera_ ? camera_->frames_skipped() : 0;
    camera_.reset();
    camera_ = media::open_camera(request_);
    return true;
  }
  uint64_t frames_skipped() const override { return skipped_before_ + (camera_ ? camera_->frames_skipped() : 0); }

 private:
  media::CameraRequest request_;
  std::unique_ptr<media::Camera> camera_;
  bool have_first_ = false;
  SteadyClock::time_point first_{};
  uint64_t skipped_before_ = 0;
};

// A video file, image folder or single image standing in for a camera: media's FrameSource, paced
// at its own frame rate.
class StandInSource final : public LiveSource {
 public:
  explicit StandInSource(const LiveSourceOptions& o) : width_(o.width), height_(o.height) {
    media::FrameSourceOptions fo;
    fo.paced = true;
    // Our capture loop never holds a frame (it hands it to a mailbox at once), so frames are late
    // only when decoding itself is slower than real time; skipping them then costs more decoding
    // and starves the pipeline (720p on a busy 2-core machine delivered 1 frame in 20).
    fo.drop_late = false;
    fo.loop = o.loop;
    fo.sequence_fps = o.fps > 0 ? o.fps : 30.0;
    source_ = media::open_frame_source(o.camera, fo);
  }
  std::optional<CapturedFrame> next() override {
    media::CapturedFrame f;
    if (!source_->next(f)) return std::nullopt;
    return CapturedFrame{fit(std::move(f.image), width_, height_), f.captured_at, f.media_time_s};
  }
  void interrupt() override { source_->stop(); }
  double nominal_fps() const override { return source_->nominal_fps(); }
  cv::Size frame_size() const override { return width_ > 0 ? cv::Size(width_, height_) : source_->frame_size(); }
  std::string description() const override { return source_->describe(); }
  uint64_t frames_skipped() const override { return uint64_t(std::max<int64_t>(0, source_->frames_skipped())); }

 private:
  int width_, height_;
  std::unique_ptr<media::FrameSource> source_;
};

}  // namespace

std::unique_ptr<LiveSource> open_live_source(const LiveSourceOptions& o) {
  if (o.width < 0 || o.height < 0 || (o.width > 0) != (o.height > 0))
    fail(ErrorKind::Usage, "resolution must be WxH with both sides positive (got {}x{})", o.width, o.height);
  if (!(o.fps >= 0) || o.fps > 1000) fail(ErrorKind::Usage, "--fps must be between 0 and 1000 (got {})", o.fps);
  std::error_code ec;
  if (media::looks_like_camera_device(o.camera) && !fs::is_regular_file(o.camera, ec) && !fs::is_directory(o.camera, ec))
    return std::make_unique<CameraSource>(o);
  return std::make_unique<StandInSource>(o);
}

// ---- The generic pipeline -----------------------------------------------------------------------

namespace {
struct StageStats {
  LatencyStats latency, busy;
  std::atomic<uint64_t> in{0}, out{0}, stale{0};
};
double ms_since(SteadyClock::time_point t) { return elapsed_ms(t, SteadyClock::now()); }
}  // namespace

struct LivePipeline::Impl {
  std::unique_ptr<LiveSource> source;
  LiveStageFunctions fn;
  LivePipelineOptions opt;

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
  std::mutex state_mutex;           // error, end_reason
  std::exception_ptr error;
  std::string end_reason;
  std::atomic<int64_t> in_flight{0}, max_in_flight{0};
  std::atomic<int> reconnects{0};
  std::atomic<int> swap_workers_alive{0};
  std::atomic<double> latency_ema_ms{0};
  std::atomic<SteadyClock::rep> started_ticks{0};  // atomic: snapshot() may read it while run() starts
  std::atomic<bool> ran{false};
  SteadyClock::time_point started() const { return SteadyClock::time_point(SteadyClock::duration(started_ticks.load())); }

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

  std::shared_ptr<void> in_flight_token() {
    int64_t now = in_flight.fetch_add(1) + 1;
    int64_t seen = max_in_flight.load();
    while (now > seen && !max_in_flight.compare_exchange_weak(seen, now)) {
    }
    return std::shared_ptr<void>(static_cast<void*>(this), [this](void*) { in_flight.fetch_sub(1); });
  }

  bool duration_reached() const {
    return opt.duration_s && std::chrono::duration<double>(SteadyClock::now() - started()).count() >= *opt.duration_s;
  }

  // Waits before a reconnect attempt; false when the run should end instead.
  bool wait_to_reconnect() {
    auto until = SteadyClock::now() + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(opt.reconnect_interval_s));
    while (SteadyClock::now() < until) {
      if (stop_requested || duration_reached()) return false;
      std::this_thread::sleep_for(20ms);
    }
    return true;
  }

  void capture_loop() {
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
            set_end_reason(stop_requested ? "stopped" : duration_reached() ? "duration reached" : std::string("source lost: ") + e.what());
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

  void track_loop() {
    try {
      while (auto f = to_track.take()) {
        track.in.fetch_add(1);
        auto t0 = SteadyClock::now();
        if (fn.track) f->faces = fn.track(f->image, f->index);
        track.busy.add(ms_since(t0));
        track.latency.add(ms_since(f->captured));
        track.out.fetch_add(1);
        to_swap.put(std::move(*f));
      }
    } catch (...) {
      fail_with(std::current_exception(), "detect/track");
    }
    to_swap.close();
  }

  void swap_loop() {
    try {
      while (auto f = to_swap.take()) {
        swap.in.fetch_add(1);
        auto t0 = SteadyClock::now();
        if (fn.swap) fn.swap(f->image, f->faces);
        if (opt.test_swap_delay.count() > 0) std::this_thread::sleep_for(opt.test_swap_delay);
        swap.busy.add(ms_since(t0));
        swap.latency.add(ms_since(f->captured));
        swap.out.fetch_add(1);
        to_composite.put(std::move(*f));
      }
    } catch (...) {
      fail_with(std::current_exception(), "swap");
    }
    if (swap_workers_alive.fetch_sub(1) == 1) to_composite.close();
  }

  void draw_overlay(cv::Mat& image) {
    char line[160];
    std::snprintf(line, sizeof line, "%.1f fps (in %.1f)  latency %.0f ms", rate_out.recent_fps(), rate_in.recent_fps(), latency_ema_ms.load());
    double scale = std::max(0.5, image.rows / 720.0);
    cv::Point at(int(10 * scale), int(28 * scale));
    cv::putText(image, line, at, cv::FONT_HERSHEY_SIMPLEX, 0.7 * scale, cv::Scalar(0, 0, 0), int(4 * scale), cv::LINE_AA);
    cv::putText(image, line, at, cv::FONT_HERSHEY_SIMPLEX, 0.7 * scale, cv::Scalar(80, 255, 80), std::max(1, int(1.5 * scale)), cv::LINE_AA);
  }

  void composite_loop() {
    int64_t last = -1;
    try {
      while (auto f = to_composite.take()) {
        composite.in.fetch_add(1);
        if (f->index <= last) {  // a parallel swap worker finished an older frame late: never go back in time
          composite.stale.fetch_add(1);
          continue;
        }
        last = f->index;
        auto t0 = SteadyClock::now();
        if (fn.composite) fn.composite(f->image);
        if (opt.show_fps) draw_overlay(f->image);
        composite.busy.add(ms_since(t0));
        composite.latency.add(ms_since(f->captured));
        composite.out.fetch_add(1);
        to_output.put(std::move(*f));
      }
    } catch (...) {
      fail_with(std::current_exception(), "composite");
    }
    to_output.close();
  }

  void output_loop() {
    try {
      while (auto f = to_output.take()) {
        output.in.fetch_add(1);
        double latency = ms_since(f->captured);
        output.latency.add(latency);
        double ema = latency_ema_ms.load();
        latency_ema_ms.store(ema == 0 ? latency : ema * 0.9 + latency * 0.1);
        rate_out.tick();
        output.out.fetch_add(1);
        LiveOutputFrame out{std::move(f->image), f->index, f->captured, f->source_time_s};
        f->in_flight.reset();
        for (auto& s : sinks) s->box.put(out);
      }
    } catch (...) {
      fail_with(std::current_exception(), "outputs");
    }
    for (auto& s : sinks) s->box.close();
  }

  void sink_loop(Sink& s) {
    try {
      while (auto f = s.box.take()) {
        s.stats.in.fetch_add(1);
        auto t0 = SteadyClock::now();
        s.sink.write(*f);
        s.stats.busy.add(ms_since(t0));
        s.stats.latency.add(ms_since(f->captured));
        s.stats.out.fetch_add(1);
      }
      if (s.sink.finish) s.sink.finish();
    } catch (...) {
      fail_with(std::current_exception(), s.sink.name);
    }
  }

  LiveStageMetrics stage(const std::string& name, const StageStats& st, const MailboxStats* box, int workers = 1) const {
    LiveStageMetrics m;
    m.name = name;
    m.workers = workers;
    m.frames_in = box ? box->taken : st.out.load();
    m.frames_out = st.out.load();
    m.dropped = (box ? box->dropped : 0) + st.stale.load();
    m.max_pending = box ? box->max_pending : 0;
    m.latency_ms = st.latency.summary();
    m.busy_ms = st.busy.summary();
    return m;
  }

  LiveMetrics metrics(int source_changes) {
    LiveMetrics m;
    m.source = source->description();
    m.duration_s = started_ticks.load() != 0 ? std::chrono::duration<double>(SteadyClock::now() - started()).count() : 0;
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
    auto track_box = to_track.stats(), swap_box = to_swap.stats(), comp_box = to_composite.stats(), out_box = to_output.stats();
    m.stages.push_back(stage("capture", capture, nullptr));
    m.stages.push_back(stage("track", track, &track_box));
    m.stages.push_back(stage("swap", swap, &swap_box, std::max(1, opt.swap_workers)));
    m.stages.push_back(stage("composite", composite, &comp_box));
    m.stages.push_back(stage("output", output, &out_box));
    for (const auto& s : sinks) {
      auto b = s->box.stats();
      m.stages.push_back(stage("sink:" + s->sink.name, s->stats, &b));
    }
    for (const auto& s : m.stages) m.frames_dropped += s.dropped;
    return m;
  }
};

LivePipeline::LivePipeline(std::unique_ptr<LiveSource> source, LiveStageFunctions stages, LivePipelineOptions options)
    : impl_(std::make_unique<Impl>()) {
  if (!source) fail(ErrorKind::Usage, "live pipeline needs a source");
  if (options.swap_workers < 1 || options.swap_workers > 64)
    fail(ErrorKind::Usage, "swap workers must be between 1 and 64 (got {})", options.swap_workers);
  if (options.duration_s && !(*options.duration_s > 0)) fail(ErrorKind::Usage, "--duration must be positive (got {})", *options.duration_s);
  impl_->source = std::move(source);
  impl_->fn = std::move(stages);
  impl_->opt = options;
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
  log::info("live: {} at {:.3g} fps, {} swap worker(s){}", d.source->description(), d.source->nominal_fps(), d.opt.swap_workers,
            d.opt.duration_s ? fmt::format(", for {:.3g} s", *d.opt.duration_s) : std::string());
  std::vector<std::thread> threads;
  for (auto& s : d.sinks) threads.emplace_back([&d, sink = s.get()] { d.sink_loop(*sink); });
  threads.emplace_back([&d] { d.output_loop(); });
  threads.emplace_back([&d] { d.composite_loop(); });
  d.swap_workers_alive = d.opt.swap_workers;
  for (int i = 0; i < d.opt.swap_workers; ++i) threads.emplace_back([&d] { d.swap_loop(); });
  threads.emplace_back([&d] { d.track_loop(); });
  if (d.stop_requested) d.close_all();  // stop() before run(): end at once
  d.capture_loop();                     // on the caller's thread
  for (auto& t : threads) t.join();
  running_ = false;
  LiveMetrics m = d.metrics(source_changes_.load());
  log::info("live: {} frames in ({:.1f} fps), {} out ({:.1f} fps), latency p50 {:.1f} ms p95 {:.1f} ms, {} dropped; {}",
            m.frames_captured, m.fps_in, m.frames_output, m.fps_out, m.latency_ms.p50, m.latency_ms.p95, m.frames_dropped, m.end_reason);
  if (d.error) std::rethrow_exception(d.error);
  return m;
}

void LivePipeline::stop() {
  impl_->stop_requested = true;
  impl_->source->interrupt();  // a source waiting for its next frame returns now
  impl_->to_track.close();  // the capture stage ends at its next frame; the rest drains
}

LiveMetrics LivePipeline::snapshot() const { return impl_->metrics(source_changes_.load()); }

// ---- Metrics as JSON ----------------------------------------------------------------------------

namespace {
nlohmann::json summary_json(const LatencySummary& s) {
  return {{"count", s.count}, {"p50", s.p50}, {"p95", s.p95}, {"max", s.max}, {"mean", s.mean}};
}
}  // namespace

std::string live_metrics_json(const LiveMetrics& m) {
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& s : m.stages)
    stages.push_back({{"name", s.name},
                      {"workers", s.workers},
                      {"frames_in", s.frames_in},
                      {"frames_out", s.frames_out},
                      {"dropped", s.dropped},
                      {"max_pending", s.max_pending},
                      {"latency_ms", summary_json(s.latency_ms)},
                      {"busy_ms", summary_json(s.busy_ms)}});
  nlohmann::json j = {{"source", m.source},
                      {"duration_s", m.duration_s},
                      {"frames_in", m.frames_captured},
                      {"frames_out", m.frames_output},
                      {"fps_in", m.fps_in},
                      {"fps_out", m.fps_out},
                      {"latency_ms", summary_json(m.latency_ms)},
                      {"frames_dropped", m.frames_dropped},
                      {"source_skipped", m.source_skipped},
                      {"max_frames_in_flight", m.max_frames_in_flight},
                      {"reconnects", m.reconnects},
                      {"source_changes", m.source_changes},
                      {"end_reason", m.end_reason},
                      {"stages", stages}};
  return j.dump(2);
}

void write_live_metrics(const LiveMetrics& metrics, const fs::path& file) {
  media::AtomicFile out(file);
  {
    std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
    f << live_metrics_json(metrics) << '\n';
    if (!f.flush()) fail(ErrorKind::Io, "cannot write metrics file '{}'", file.string());
  }
  out.commit();
}

// ---- The face-swapping session -------------------------------------------------------------------

struct LiveSession::Impl {
  LiveOptions options;
  std::unique_ptr<LiveSource> source_owner;
  LiveSource* source = nullptr;
  std::shared_ptr<const SwapModels> models;

  mutable std::mutex processor_mutex;  // guards `processor` (hot swap) and `sources`
  std::shared_ptr<const FrameProcessor> processor;
  std::vector<fs::path> sources;

  std::unique_ptr<face::FaceTracker> tracker;  // track stage only
  int frames_since_detection = 0;              // track stage only
  int64_t next_content_check = 0;              // track stage only: capture index of the next --nsfw-filter vote
  std::unique_ptr<LivePipeline> pipeline;

  // Outputs.
  std::unique_ptr<media::VideoWriter> recorder;
  std::unique_ptr<media::VirtualCamera> virtual_camera;
  std::unique_ptr<media::RawFrameWriter> raw;
  int64_t last_pts = -1;

  std::shared_ptr<const FrameProcessor> current() const {
    std::lock_guard lock(processor_mutex);
    return processor;
  }

  std::shared_ptr<const FrameProcessor> make_processor(const std::vector<fs::path>& srcs) const {
    SwapOptions o = options.swap;
    o.sources = srcs;
    auto prepared = prepare_sources(*models, o);
    return std::make_shared<const FrameProcessor>(models, o, std::move(prepared));
  }

  void add_outputs() {
    const cv::Size size = source->frame_size();
    if (!options.record.empty()) {
      media::ensure_distinct(options.source.camera, options.record);
      pipeline->add_sink({"record",
                          [this](const LiveOutputFrame& f) {
                            if (!recorder) {
                              media::VideoWriterOptions w;
                              w.encoder = options.swap.video_encoder == "auto" ? "libx264" : options.swap.video_encoder;
                              w.quality = options.swap.video_quality;
                              if (w.encoder == "libx264" || w.encoder == "libx265") w.preset = "veryfast";  // keep up in real time
                              w.time_base = {1, 1000};  // milliseconds of the source timeline: dropped frames leave gaps
                              int fps = std::max(1, int(std::lround(source->nominal_fps())));
                              w.frame_rate = {fps, 1};
                              w.provenance = options.swap.provenance;
                              cv::Mat even = media::even_size_view(f.image);
                              recorder = std::make_unique<media::VideoWriter>(options.record, even.cols, even.rows, w);
                            }
                            int64_t pts = std::llround(f.source_time_s * 1000.0);
                            if (pts <= last_pts) pts = last_pts + 1;
                            last_pts = pts;
                            recorder->write(media::even_size_view(f.image), pts);
                          },
                          [this] {
                            if (recorder) {
                              recorder->finish();
                              log::info("recorded {} frames to {}", recorder->frames_written(), options.record.string());
                            } else {
                              log::warn("no frame reached the recording; '{}' was not written", options.record.string());
                            }
                          }});
    }
    if (!options.virtual_camera.empty()) {
      media::VirtualCameraOptions v;
      v.device = options.virtual_camera;
      v.width = size.width & ~1;
      v.height = size.height & ~1;
      v.fps = source->nominal_fps();
      v.format = options.virtual_camera_format;
      virtual_camera = std::make_unique<media::VirtualCamera>(v);  // checks the device now, not at the first frame
      pipeline->add_sink({"virtual-camera", [this](const LiveOutputFrame& f) { virtual_camera->write(f.image); }, {}});
    }
    if (options.raw_stdout) {
      raw = std::make_unique<media::RawFrameWriter>(1, options.raw_format);
      cv::Size s = options.raw_format == media::RawPixelFormat::BGR24 ? size : cv::Size(size.width & ~1, size.height & ~1);
      log::info("raw frames on stdout: -f rawvideo -pix_fmt {} -s {}x{} -r {:.3g}", media::ffmpeg_pix_fmt(options.raw_format), s.width,
                s.height, source->nominal_fps());
      pipeline->add_sink({"stdout", [this](const LiveOutputFrame& f) { raw->write(f.image); }, {}});
    }
    if (options.preview) pipeline->add_sink({"preview", options.preview, {}});
  }
};

LiveSession::LiveSession(LiveOptions options) : impl_(std::make_unique<Impl>()) {
  Impl& d = *impl_;
  d.options = std::move(options);
  validate(d.options.swap);
  if (d.options.tracker.detect_every < 1) fail(ErrorKind::Usage, "--detect-every must be at least 1 (got {})", d.options.tracker.detect_every);
  if (d.options.swap_workers < 0) fail(ErrorKind::Usage, "--swap-workers must be 0 (automatic) or more");

  // Outputs never land on an input (the camera file, a source, a model) nor on each other.
  std::vector<fs::path> inputs = swap_inputs(d.options.swap);
  if (!d.options.source.camera.empty()) inputs.push_back(d.options.source.camera);
  ensure_outputs_spare_inputs(inputs, {d.options.record, d.options.metrics_json});
  // Output folders are checked now: finding out at the first frame (or at the end, for the
  // metrics) would lose the run.
  for (const fs::path* out : {&d.options.record, &d.options.metrics_json}) {
    if (out->empty()) continue;
    fs::path dir = out->parent_path().empty() ? fs::path(".") : out->parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) fail(ErrorKind::NotFound, "cannot write '{}': folder '{}' does not exist", out->string(), dir.string());
  }

  d.models = std::make_shared<const SwapModels>(d.options.swap);
  d.sources = d.options.swap.sources;
  d.processor = d.make_processor(d.sources);

  d.source_owner = open_live_source(d.options.source);
  d.source = d.source_owner.get();

  face::TrackerOptions t = d.options.tracker;
  t.fps = d.source->nominal_fps();
  d.tracker = std::make_unique<face::FaceTracker>(t);

  LivePipelineOptions p = d.options.pipeline;
  if (d.options.swap_workers > 0) {
    p.swap_workers = d.options.swap_workers;
  } else {
    // On the CPU one swap already uses every core (ORT intra-op threads); GPUs gain from overlap.
    auto providers = d.options.swap.runtime.providers;
    if (providers.empty()) providers = runtime::default_provider_order();
    bool gpu = !providers.empty() && providers.front() != runtime::Provider::Cpu;
    p.swap_workers = gpu ? 2 : 1;
  }

  LiveStageFunctions fn;
  // The cadence counts frames this stage processed, not capture indices: when the stage is the
  // bottleneck, frames in between were dropped, and counting indices would detect on every frame.
  // --nsfw-filter: one vote a second of the source, in the track stage so that a flagged picture
  // stops the session before that frame is swapped or shown.
  const double source_fps = d.source->nominal_fps();
  const int64_t content_every = std::isfinite(source_fps) && source_fps >= 1 ? std::llround(source_fps) : 30;
  fn.track = [&d, content_every](const cv::Mat& frame, int64_t index) {
    if (d.models->content_filter() && index >= d.next_content_check) {
      d.next_content_check = index + content_every;
      refuse_flagged_content(*d.models, frame, fmt::format("the live picture (frame {})", index + 1));
    }
    if (d.tracker->track_count() == 0 || ++d.frames_since_detection >= d.options.tracker.detect_every) {
      d.frames_since_detection = 0;
      return d.tracker->update(index, d.current()->analyse(frame));
    }
    return d.tracker->predict(index);
  };
  fn.swap = [&d](cv::Mat& frame, const face::Faces& faces) {
    if (faces.empty()) return;
    auto proc = d.current();
    auto assigned = proc->select(frame, faces);
    proc->swap_faces(frame, assigned);
  };
  if (d.options.swap.watermark)
    fn.composite = [&d](cv::Mat& frame) { mark_output_frame(frame, d.options.swap); };
  d.pipeline = std::make_unique<LivePipeline>(std::move(d.source_owner), std::move(fn), p);
  d.add_outputs();
}

LiveSession::~LiveSession() = default;

void LiveSession::set_sources(const std::vector<fs::path>& sources) {
  if (sources.empty()) fail(ErrorKind::Usage, "hot swap needs at least one source image");
  auto next = impl_->make_processor(sources);  // may throw: the current source stays
  {
    std::lock_guard lock(impl_->processor_mutex);
    impl_->processor = std::move(next);
    impl_->sources = sources;
  }
  impl_->pipeline->note_source_change();
  log::info("live: source face switched to {}", sources.front().string());
}

void LiveSession::stop() { impl_->pipeline->stop(); }

LiveMetrics LiveSession::snapshot() const { return impl_->pipeline->snapshot(); }

LiveMetrics LiveSession::run() {
  Impl& d = *impl_;
  // --source-watch: re-read the photos when a file changes (polling: portable and cheap).
  std::atomic<bool> watching{d.options.watch_sources};
  std::thread watcher;
  if (d.options.watch_sources) {
    watcher = std::thread([&] {
      auto stamp = [&] {
        std::vector<fs::file_time_type> t;
        std::lock_guard lock(d.processor_mutex);
        for (const auto& p : d.sources) {
          std::error_code ec;
          t.push_back(fs::last_write_time(p, ec));
        }
        return t;
      };
      auto last = stamp();
      while (watching) {
        std::this_thread::sleep_for(250ms);
        auto now = stamp();
        if (now == last) continue;
        last = now;
        std::vector<fs::path> srcs;
        {
          std::lock_guard lock(d.processor_mutex);
          srcs = d.sources;
        }
        try {
          set_sources(srcs);
        } catch (const Error& e) {
          log::warn("source changed but cannot be used ({}); keeping the previous face", e.what());
        }
      }
    });
  }
  LiveMetrics m;
  std::exception_ptr error;
  try {
    m = d.pipeline->run();
  } catch (...) {
    error = std::current_exception();
    m = d.pipeline->snapshot();
  }
  watching = false;
  if (watcher.joinable()) watcher.join();
  if (!d.options.metrics_json.empty()) {
    write_live_metrics(m, d.options.metrics_json);
    log::info("metrics written to {}", d.options.metrics_json.string());
  }
  if (error) std::rethrow_exception(error);
  return m;
}

}  // namespace swapcam::pipeline
