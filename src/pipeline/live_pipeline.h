#pragma once
// The live pipeline (`swapcam live`): latency first.
//
//   capture ─▶[ ]─▶ detect/track ─▶[ ]─▶ swap ×N ─▶[ ]─▶ composite ─▶[ ]─▶ outputs ─▶[ ]─▶ each sink
//
// Every stage runs on its own thread(s); every [ ] is a single-slot, latest-frame-wins Mailbox.
// A stage slower than its input never builds a queue: the frame waiting for it is replaced by the
// newer one and counted as dropped, so a frame's latency is bounded by the stage times plus at most
// one waiting frame per hop, however slow a stage gets. Several swap workers may run at once; the
// composite stage then drops any frame older than one it already passed on (never out of order).
//
// LivePipeline is the generic machine (stage functions are pluggable, so it is testable with identity
// stages; live_pipeline.cpp, its one stage loop in live_stage.h); LiveSession wires it to the face
// tracker, the FrameProcessor and the outputs (live_session.cpp). Sources: live_source.h; metrics:
// live_metrics.h.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "core/latency_stats.h"
#include "face/face.h"
#include "face/tracker.h"
#include "media/raw_output.h"
#include "media/virtual_camera.h"
#include "pipeline/live_metrics.h"
#include "pipeline/live_source.h"
#include "pipeline/swap_options.h"

namespace swapcam::pipeline {

// ---- The generic pipeline -----------------------------------------------------------------------

// A frame as it travels through the stages.
struct LiveFrame {
  cv::Mat image;
  int64_t index = 0;  // capture order, from 0
  SteadyClock::time_point captured{};
  double source_time_s = 0;
  face::Faces faces;                // from the track stage
  std::shared_ptr<void> in_flight;  // counts frames alive between capture and the outputs stage
};

struct LiveStageFunctions {
  // Detect/track: the faces to swap in a frame. One thread; frames come in capture order (some may
  // be missing: dropped upstream). Empty: no faces.
  std::function<face::Faces(const cv::Mat& frame, int64_t index)> track;
  // Swap: changes the frame in place. Must be thread-safe when swap_workers > 1. Empty: identity.
  std::function<void(cv::Mat& frame, const face::Faces& faces)> swap;
  // Draws on the frame in the composite stage (after swapping), e.g. a watermark. Optional.
  std::function<void(cv::Mat& frame)> composite;
};

// A frame ready for the outputs (shared pixels: sinks must not modify it).
struct LiveOutputFrame {
  cv::Mat image;
  int64_t index = 0;
  SteadyClock::time_point captured{};
  double source_time_s = 0;
};

struct LiveSink {
  std::string name;                                   // "record", "virtual-camera", "stdout", "preview"
  std::function<void(const LiveOutputFrame&)> write;  // on the sink's own thread
  std::function<void()> finish;                       // after the last frame (optional)
};

struct LivePipelineOptions {
  bool mirror = false;               // flip horizontally at capture (a selfie view)
  bool show_fps = false;             // overlay fps and latency in the composite stage
  int swap_workers = 0;              // 0: automatic (one; LiveSession picks 1 on the CPU, 2 on GPUs)
  std::optional<double> duration_s;  // stop after this long
  bool reconnect = false;            // reopen a camera that failed instead of stopping
  double reconnect_interval_s = 1.0;
  // Test only: an artificial delay added to every swap, to check latency bounds and drop counting.
  std::chrono::milliseconds test_swap_delay{0};
};

class LivePipeline {
 public:
  LivePipeline(std::unique_ptr<LiveSource> source, LiveStageFunctions stages, LivePipelineOptions options);
  ~LivePipeline();
  LivePipeline(const LivePipeline&) = delete;
  LivePipeline& operator=(const LivePipeline&) = delete;

  // Before run(): adds an output with its own thread and mailbox.
  void add_sink(LiveSink sink);

  // Runs until the source ends, the duration passes, stop() is called or a stage fails; joins every
  // thread before returning. Rethrows the first stage error (after a clean shutdown); a camera that
  // disappears without --reconnect ends the run normally with end_reason saying so.
  LiveMetrics run();

  // Thread-safe, from anywhere (a signal-watching thread, the GUI): ends run() soon.
  void stop();
  bool running() const { return running_.load(); }

  // Running figures (for overlays and the GUI), callable while run() is in progress.
  LiveMetrics snapshot() const;
  void note_source_change() { source_changes_.fetch_add(1); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::atomic<bool> running_{false};
  std::atomic<int> source_changes_{0};
};

// ---- The face-swapping session -------------------------------------------------------------------

struct LiveOptions {
  SwapOptions swap;  // sources, models, selection, blending (swap_options.h)
  LiveSourceOptions source;
  LivePipelineOptions pipeline;  // pipeline.swap_workers 0: chosen by the provider
  face::TrackerOptions tracker;  // detection cadence (detect_every), smoothing
  bool watch_sources = false;    // re-read the source photos when their files change

  // Outputs.
  std::string virtual_camera;  // /dev/videoN (v4l2loopback)
  media::YuvFormat virtual_camera_format = media::YuvFormat::YUYV;
  std::filesystem::path record;  // video file
  bool raw_stdout = false;       // --output -
  media::RawPixelFormat raw_format = media::RawPixelFormat::BGR24;
  std::function<void(const LiveOutputFrame&)> preview;  // a preview (the GUI's widget); on its own thread
  std::filesystem::path metrics_json;                   // written at the end
};

class LiveSession {
 public:
  // Loads nothing yet beyond what validation needs; opens the source. Errors: Usage (options),
  // NotFound (camera/file/model), InvalidData (source photo without a face).
  explicit LiveSession(LiveOptions options);
  ~LiveSession();

  // Runs to the end (see LivePipeline::run); writes the metrics file if asked. Outputs are finished
  // (the recording finalised) even when a stage fails.
  LiveMetrics run();
  void stop();

  // Hot swap: prepares the new source face(s) and switches to them between frames. Throws (and
  // keeps the current source) when a photo cannot be read or has no face.
  void set_sources(const std::vector<std::filesystem::path>& sources);

  LiveMetrics snapshot() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace swapcam::pipeline
