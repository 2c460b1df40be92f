// swapcam live -s SRC [--camera ID|PATH] [options]: the live pipeline (src/pipeline/live_pipeline.h).
// Everything it prints goes to stderr: stdout may carry raw frames (--output -).
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "apps/cli/cli.h"
#include "apps/cli/preview_window.h"
#include "apps/cli/swap_args.h"
#include "core/error.h"
#include "core/log.h"
#include "pipeline/live_pipeline.h"
#include "pipeline/swap_options.h"

namespace swapcam::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void on_interrupt(int) { g_interrupted = 1; }

struct LiveArgs {
  std::string camera = "0";
  std::string resolution;
  double fps = 0;
  std::string pixel_format = "auto";
  bool mirror = false, no_preview = false, show_fps = false, reconnect = false, source_watch = false, loop = false;
  std::string virtual_camera, virtual_camera_format = "yuyv";
  std::string record, output, raw_format = "bgr24", metrics_json;
  double duration = 0;
  int detect_every = 2;
  int swap_workers = 0;
  SwapArgs swap;  // product.md "Swap options", shared with `swap`
};

pipeline::LiveOptions resolve(LiveArgs& a, const GlobalOptions& g) {
  pipeline::LiveOptions o;
  o.swap = a.swap.options;
  o.source.camera = a.camera;
  if (!a.resolution.empty())
    std::tie(o.source.width, o.source.height) = parse_size(a.resolution, "--resolution", false, 16, kMaxCaptureSide);
  o.source.fps = a.fps;
  o.source.pixel_format = a.pixel_format;
  o.source.loop = a.loop;
  o.pipeline.mirror = a.mirror;
  o.pipeline.show_fps = a.show_fps;
  o.pipeline.reconnect = a.reconnect;
  if (a.duration < 0) fail(ErrorKind::Usage, "--duration must be positive (got {})", a.duration);
  if (a.duration > 0) o.pipeline.duration_s = a.duration;
  o.tracker.detect_every = a.detect_every;
  o.pipeline.swap_workers = a.swap_workers;
  o.watch_sources = a.source_watch;
  o.virtual_camera = a.virtual_camera;
  o.virtual_camera_format = media::parse_yuv_format(a.virtual_camera_format);
  o.record = a.record;
  if (!a.output.empty() && a.output != "-")
    fail(ErrorKind::Usage, "--output only takes '-' (raw frames to stdout); use --record FILE for a file");
  o.raw_stdout = a.output == "-";
  o.raw_format = media::parse_raw_pixel_format(a.raw_format);
  o.metrics_json = a.metrics_json;
  resolve_swap_options(a.swap, g, o.swap);
  return o;
}

void run_live(LiveArgs& a, const GlobalOptions& g) {
  pipeline::LiveOptions options = resolve(a, g);
  std::unique_ptr<PreviewWindow> window;
  if (!a.no_preview) {
    if (const std::string why = preview_unavailable_reason(); why.empty()) {
      window = std::make_unique<PreviewWindow>("swapcam live");
      options.preview = [w = window.get()](const pipeline::LiveOutputFrame& f) { w->post(f.image); };
      log::info("preview window: q or Esc (or closing it) stops");
    } else {
      log::warn("no preview window: {}; running without one (--no-preview silences this; 'swapcam gui' has one)", why);
    }
  }
  pipeline::LiveSession session(std::move(options));
  // Ctrl-C / SIGTERM / a closed terminal (SIGHUP) end the run cleanly: the recording is finalised
  // and the metrics written.
  g_interrupted = 0;
  auto old_int = std::signal(SIGINT, on_interrupt);
  auto old_term = std::signal(SIGTERM, on_interrupt);
#ifdef SIGHUP
  auto old_hup = std::signal(SIGHUP, on_interrupt);
#endif
  std::atomic<bool> done{false};
  std::thread watcher([&] {
    while (!done) {
      if (g_interrupted) {
        log::info("interrupted: stopping");
        session.stop();
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  pipeline::LiveMetrics m;
  try {
    if (window) {
      // HighGUI wants this thread: the pipeline runs beside it.
      std::exception_ptr error;
      std::atomic<bool> finished{false};
      std::thread runner([&] {
        try {
          m = session.run();
        } catch (...) {
          error = std::current_exception();
        }
        finished = true;
      });
      if (window->show_until([&] { return finished.load(); })) {
        log::info("preview closed: stopping");
        session.stop();
      }
      runner.join();
      log::info("preview: {} frames shown", window->frames_shown());
      window.reset();
      if (error) std::rethrow_exception(error);
    } else {
      m = session.run();
    }
  } catch (...) {
    done = true;
    watcher.join();
    std::signal(SIGINT, old_int);
    std::signal(SIGTERM, old_term);
#ifdef SIGHUP
    std::signal(SIGHUP, old_hup);
#endif
    throw;
  }
  done = true;
  watcher.join();
  std::signal(SIGINT, old_int);
  std::signal(SIGTERM, old_term);
#ifdef SIGHUP
  std::signal(SIGHUP, old_hup);
#endif
  if (!g.quiet)
    std::fprintf(stderr,
                 "live: %llu frames in (%.1f fps), %llu out (%.1f fps); latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                 "%llu dropped; %s\n",
                 (unsigned long long)m.frames_captured, m.fps_in, (unsigned long long)m.frames_output, m.fps_out,
                 m.latency_ms.p50, m.latency_ms.p95, m.latency_ms.max, (unsigned long long)m.frames_dropped,
                 m.end_reason.c_str());
  if (m.end_reason.rfind("source lost", 0) == 0) fail(ErrorKind::NotFound, "{}", m.end_reason);
}

Registrar reg(40, [](CLI::App& root, GlobalOptions& g) {
  static LiveArgs args;  // static storage: CLI11 writes into it while parsing, and it outlives the parse
  auto* a = &args;
  auto* sub = root.add_subcommand("live", "Live face swap from a camera (a video file or image folder may stand in)");
  add_global_options(*sub, g);
  sub->add_option("--camera", a->camera, "Camera number, /dev/videoN, a video file or a folder of images (default 0)");
  sub->add_option(
      "--resolution", a->resolution,
      fmt::format("Capture size WxH, sides 16 to {} (files: cropped around the centre to its aspect and scaled)",
                  kMaxCaptureSide));
  sub->add_option(
      "--fps", a->fps,
      "Capture frame rate (video files: sampled at it; image folders: pace; default the device's or the file's)");
  sub->add_option("--pixel-format", a->pixel_format,
                  "Camera pixel format: auto (MJPEG where offered), MJPG, YUYV, NV12, ...");
  sub->add_flag("--mirror", a->mirror, "Flip horizontally (selfie view)");
  sub->add_flag("--no-preview", a->no_preview, "No preview window");
  sub->add_flag("--show-fps", a->show_fps, "Draw fps and latency on the frames");
  sub->add_option("--virtual-camera", a->virtual_camera, "v4l2loopback device to send the frames to (/dev/videoN)");
  sub->add_option("--virtual-camera-format", a->virtual_camera_format, "yuyv (default) or i420")
      ->check(CLI::IsMember({"yuyv", "i420"}));
  sub->add_option("--record", a->record, "Record the output to a video file");
  sub->add_option("--output", a->output, "'-': raw frames to stdout (see --raw-format)");
  sub->add_option("--raw-format", a->raw_format, "Raw stdout pixel format: bgr24 (default), yuyv422 or yuv420p")
      ->check(CLI::IsMember({"bgr24", "yuyv422", "yuv420p"}));
  sub->add_option("--duration", a->duration, "Stop after this many seconds");
  sub->add_option("--metrics-json", a->metrics_json, "Write latency/fps/drop figures to this file at the end");
  sub->add_flag("--reconnect", a->reconnect, "Wait for a lost camera to come back instead of stopping");
  sub->add_flag("--source-watch", a->source_watch, "Switch to the new face when a source photo file changes");
  sub->add_flag("--loop", a->loop, "Video file / image folder stand-ins: start again at the end");
  sub->add_option("--detect-every", a->detect_every, "Run the detector every N frames, track in between (default 2)")
      ->check(CLI::Range(1, 1000));
  sub->add_option("--swap-workers", a->swap_workers, "Parallel swap workers (0: automatic)")->check(CLI::Range(0, 64));
  add_swap_options(*sub, a->swap);
  sub->callback([a, &g] { run_live(*a, g); });
});

}  // namespace
}  // namespace swapcam::cli
