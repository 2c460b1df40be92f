// LiveSession: the live pipeline wired to the face tracker, the FrameProcessor and the outputs.
#include "pipeline/live_pipeline.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <thread>

#include "core/error.h"
#include "core/log.h"
#include "media/image_io.h"
#include "media/video_writer.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/output_guard.h"
#include "runtime/providers.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

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
      pipeline->add_sink(
          {"record",
           [this](const LiveOutputFrame& f) {
             if (!recorder) {
               media::VideoWriterOptions w;
               // auto: the container's codec (VP9 for WebM), in software: probing hardware
               // encoders at the first frame would stall the session.
               const bool webm = options.record.extension() == ".webm";
               w.encoder = options.swap.video_encoder != "auto" ? options.swap.video_encoder
                           : webm                               ? "libvpx-vp9"
                                                                : "libx264";
               w.hardware_device = options.swap.runtime.options.cuda_device_id;  // --device-id
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
      cv::Size s =
          options.raw_format == media::RawPixelFormat::BGR24 ? size : cv::Size(size.width & ~1, size.height & ~1);
      log::info("raw frames on stdout: -f rawvideo -pix_fmt {} -s {}x{} -r {:.3g}",
                media::ffmpeg_pix_fmt(options.raw_format), s.width, s.height, source->nominal_fps());
      pipeline->add_sink({"stdout", [this](const LiveOutputFrame& f) { raw->write(f.image); }, {}});
    }
    if (options.preview) pipeline->add_sink({"preview", options.preview, {}});
  }
};

LiveSession::LiveSession(LiveOptions options) : impl_(std::make_unique<Impl>()) {
  Impl& d = *impl_;
  d.options = std::move(options);
  validate(d.options.swap);
  if (d.options.tracker.detect_every < 1)
    fail(ErrorKind::Usage, "--detect-every must be at least 1 (got {})", d.options.tracker.detect_every);
  if (d.options.pipeline.swap_workers < 0) fail(ErrorKind::Usage, "--swap-workers must be 0 (automatic) or more");

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
    if (!fs::is_directory(dir, ec))
      fail(ErrorKind::NotFound, "cannot write '{}': folder '{}' does not exist", out->string(), dir.string());
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
  if (p.swap_workers == 0) {
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
  if (d.options.swap.watermark) fn.composite = [&d](cv::Mat& frame) { mark_output_frame(frame, d.options.swap); };
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
