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
// stages); LiveSession wires it to the face tracker, the FrameProcessor and the outputs.
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
#include "pipeline/swap_options.h"

namespace swapcam::pipeline {

// ---- Sources --------------------------------------------------------------------------------

struct CapturedFrame {
  cv::Mat image;                        // BGR
  SteadyClock::time_point captured{};   // capture timestamp: latencies are measured from here
  double source_time_s = 0;             // in the source's timeline (file time; camera: since the first frame)
};

class LiveSource {
 public:
  virtual ~LiveSource() = default;
  // The next frame, paced in real time; nullopt when the source has ended (file end).
  // Throws Error(NotFound) when a camera is unplugged, Error(Io) on read failures/timeouts.
  virtual std::optional<CapturedFrame> next() = 0;
  virtual double nominal_fps() const = 0;
  virtual cv::Size frame_size() const = 0;
  virtual std::string description() const = 0;
  // Reopens after a failure (cameras, for --reconnect); false when this source cannot.
  virtual bool reopen() { return false; }
  // Makes a waiting or later next() return nullopt soon; thread-safe (LivePipeline::stop calls it).
  virtual void interrupt() {}
  virtual uint64_t frames_skipped() const { return 0; }  // skipped by the device/source itself
};

struct LiveSourceOptions {
  std::string camera = "0";          // device id ("0"), device path (/dev/video0), video file, image folder or image
  int width = 0, height = 0;         // camera: requested size (0: the device's); files: resized to this
  double fps = 0;                    // camera: requested rate; image folder: pace (default 30)
  std::string pixel_format = "auto"; // camera pixel format
  bool loop = false;                 // files: start again at the end instead of ending
};

// Opens a camera (V4L2, reopenable for --reconnect), or a video file, image folder or single image
// standing in for one (media::open_frame_source, paced at its own frame rate).
std::unique_ptr<LiveSource> open_live_source(const LiveSourceOptions& options);

// ---- The generic pipeline -----------------------------------------------------------------------

// A frame as it travels through the stages.
struct LiveFrame {
  cv::Mat image;
  int64_t index = 0;                    // capture order, from 0
  SteadyClock::time_point captured{};
  double source_time_s = 0;
  face::Faces faces;                    // from the track stage
  std::shared_ptr<void> in_flight;      // counts frames alive between capture and the outputs stage
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
  std::string name;                                        // "record", "virtual-camera", "stdout", "preview"
  std::function<void(const LiveOutputFrame&)> write;       // on the sink's own thread
  std::function<void()> finish;                            // after the last frame (optional)
};

struct LivePipelineOptions {
  bool mirror = false;                       // flip horizontally at capture (a selfie view)
  bool show_fps = false;                     // overlay fps and latency in the composite stage
  int swap_workers = 1;
  std::optional<double> duration_s;          // stop after this long
  bool reconnect = false;                    // reopen a camera that failed instead of stopping
  double reconnect_interval_s = 1.0;
  // Test only: an artificial delay added to every swap, to check latency bounds and drop counting.
  std::chrono::milliseconds test_swap_delay{0};
};

struct LiveStageMetrics {
  std::string name;
  int workers = 1;
  uint64_t frames_in = 0;       // taken from the input mailbox
  uint64_t frames_out = 0;      // passed on (or written, for sinks)
  uint64_t dropped = 0;         // replaced in the input mailbox before this stage took them (+ stale, composite)
  uint64_t max_pending = 0;     // most frames ever waiting in the input mailbox (1 = never a queue)
  LatencySummary latency_ms;    // capture timestamp -> this stage done with the frame
  LatencySummary busy_ms;       // time spent in the stage's work per frame
};

struct LiveMetrics {
  std::string source;
  double duration_s = 0;
  uint64_t frames_captured = 0;
  uint64_t frames_output = 0;
  double fps_in = 0, fps_out = 0;
  LatencySummary latency_ms;         // end to end: capture timestamp -> frame handed to the outputs
  uint64_t frames_dropped = 0;       // sum over stages (sinks included)
  uint64_t source_skipped = 0;       // frames the camera driver had ready but we skipped for a newer one
  uint64_t max_frames_in_flight = 0; // most frames alive between capture and outputs at once
  int reconnects = 0;
  int source_changes = 0;            // hot swaps of the source face
  std::string end_reason;            // "end of input", "duration reached", "stopped", "camera disconnected: ..."
  std::vector<LiveStageMetrics> stages;  // capture, track, swap, composite, output, sink:<name>...
};

// JSON text of the metrics (what --metrics-json writes).
std::string live_metrics_json(const LiveMetrics& metrics);
// Writes it atomically; Error(Io) on failure.
void write_live_metrics(const LiveMetrics& metrics, const std::filesystem::path& file);

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
  SwapOptions swap;                       // sources, models, selection, blending (swap_options.h)
  LiveSourceOptions source;
  LivePipelineOptions pipeline;
  int swap_workers = 0;                   // 0: automatic (1 on the CPU, 2 on GPU providers)
  face::TrackerOptions tracker;           // detection cadence (detect_every), smoothing
  bool watch_sources = false;             // re-read the source photos when their files change

  // Outputs.
  std::string virtual_camera;             // /dev/videoN (v4l2loopback)
  media::YuvFormat virtual_camera_format = media::YuvFormat::YUYV;
  std::filesystem::path record;           // video file
  bool raw_stdout = false;                // --output -
  media::RawPixelFormat raw_format = media::RawPixelFormat::BGR24;
  std::function<void(const LiveOutputFrame&)> preview;  // a preview (the GUI's widget); on its own thread
  std::filesystem::path metrics_json;     // written at the end
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
