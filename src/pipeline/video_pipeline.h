#pragma once
// `swapcam swap` for a video target: a bounded streaming pipeline, no temporary frames on disk.
//
//   decode ─▶[ ]─▶ detect ×N ─▶[reorder]─▶ track ─▶[ ]─▶ swap ×N ─▶[reorder]─▶ encode
//
// Decoding and encoding each run on one thread (the encoder and decoder have their own threads
// inside FFmpeg too). Detection runs in parallel on any frames; tracking needs frames in order, so
// a reorder buffer puts them back in order before the one tracking thread (stable ids, One-Euro
// smoothed landmarks, detection cadence); swapping runs in parallel again and a second reorder
// buffer feeds the encoder in presentation order. Every hop holds at most a window of frames, so
// memory is bounded by the frame budget, not by the length of the video.
//
// Timestamps are the input's (variable frame rate safe); audio and other streams are copied packet
// for packet; the output is written under a temporary name beside the target and renamed only on
// success; an error or a cancel leaves nothing behind.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "core/progress.h"
#include "face/face.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/segments.h"
#include "pipeline/swap_options.h"

namespace swapcam::pipeline {

// What a video run needs beyond SwapOptions (the command line's video-only options).
struct VideoJobOptions {
  double start_s = 0;           // --start: first frame at or after this time
  std::optional<double> end_s;  // --end: stop before this time
  bool allow_partial = false;   // --allow-partial: keep what decoded from a damaged input
  int workers = 0;              // parallel frames; 0: plan_workers (core/thread_pool.h)
  int detect_every = 1;         // detection cadence; the tracker predicts in between
  // --detect-every auto: detect when the tracked faces no longer look as predicted
  // (face::AdaptiveCadence); detect_every is then the longest gap between detections.
  bool detect_auto = false;
  // Frames stay in the decoder's format until a stage needs pixels, and unchanged ones reach the
  // encoder as decoded (media/frame_convert.h). false: every frame is converted to BGR and back,
  // the path before (tests and `bench --video` compare the two).
  bool keep_pictures = true;
  // With keep_pictures, convert only what the stages read: the detector's input scaled straight from
  // the decoded planes, only the faces' regions for the swap, the luma plane for --detect-every auto
  // (VideoFrameWork::detection_size / footprint). false: a frame that needs pixels is converted whole.
  bool convert_regions = true;
  bool smooth = true;                                   // One-Euro smoothing of tracked landmarks
  std::string encoder_preset;                           // e.g. "veryfast"; empty: the encoder's default
  std::size_t max_buffer_bytes = std::size_t(1) << 30;  // frame budget cap for the hop windows
  std::filesystem::path frames_dir;           // --keep-frames folder; empty: "<output stem>_frames" beside the output
  std::optional<SegmentWindow> segment;       // only this segment, as a part file
  const std::atomic<bool>* cancel = nullptr;  // set (e.g. by SIGINT) to stop; the output is discarded
  std::shared_ptr<ProgressSink> progress;     // none: no progress output
};

struct VideoSwapResult {
  std::filesystem::path output;
  std::filesystem::path frames_dir;  // where --keep-frames wrote, else empty
  std::int64_t frames = 0;           // frames written
  std::int64_t frames_with_swaps = 0;
  std::int64_t faces_swapped = 0;
  std::int64_t detections = 0;         // frames the detector ran on
  std::int64_t frames_as_decoded = 0;  // frames the encoder got as decoded (no pixel changed)
  std::int64_t frames_patched = 0;     // frames with only their changed tiles converted back
  std::int64_t frames_by_region = 0;   // frames swapped with only their faces' regions converted to BGR
  std::string encoder;                 // after any fall-back
  int copied_streams = 0;              // audio and other streams copied
  bool partial = false;                // the input stopped decoding early (only with allow_partial)
  std::string problem;                 // why, when partial
  double stopped_at_s = 0;
  int workers = 0;
  int threads_per_worker = 0;
  std::size_t frame_window = 0;  // frames per hop
  std::size_t frame_budget = 0;  // most frames alive at once
  double elapsed_s = 0;
  double fps = 0;  // frames written per second of wall time
};

// The per-frame work, pluggable so the machinery is testable without models.
struct VideoFrameWork {
  // Faces of a frame (parallel, any order). Empty: no detection and no tracking.
  std::function<face::Faces(const cv::Mat& frame)> detect;
  // Changes the frame in place given the tracked faces (parallel, any order); returns faces swapped.
  // Empty: frames pass through unchanged.
  std::function<int(cv::Mat& frame, const face::Faces& faces)> swap;
  // Optional (frame_processor_work sets them; VideoJobOptions::convert_regions): the size of the
  // picture detection needs for a frame of this size (nullopt: the frame itself), and detection on
  // the frame scaled to it (faces in the frame's pixels);
  std::function<std::optional<cv::Size>(cv::Size frame)> detection_size;
  std::function<face::Faces(const cv::Mat& scaled, cv::Size frame)> detect_scaled;
  // the region of the frame `swap` reads or writes for a face (nullopt: the whole frame).
  std::function<std::optional<cv::Rect>(const face::Face& face, cv::Size frame)> footprint;
  // Whether detection and swap may run on several threads at once.
  bool thread_safe = true;
  // Whether inference runs on a GPU (changes the automatic worker count).
  bool gpu = false;
  // The provider inference loaded on, when known: hardware decoding (--hw-decode auto) follows it
  // rather than the provider asked for (a GPU build whose GPU failed decodes on the CPU).
  std::optional<runtime::Provider> provider;
};

// Streams options.target through `work` into options.output. Uses from `options` the target, the
// output, and the video fields (encoder, quality, keep_fps, no_audio, keep_frames, provenance).
// Throws Error: Usage (bad output name, output == input), NotFound, InvalidData (not a video, no video
// stream, damaged input without allow_partial, no frame in the trim range), Io (unwritable output),
// Cancelled; in every case nothing is left behind.
VideoSwapResult run_video(const SwapOptions& options, const VideoJobOptions& job, const VideoFrameWork& work);

// Error(Usage) for job options out of range: --detect-every below 1, --start or --end not finite or
// negative, --end not after --start.
void validate_video_job(const VideoJobOptions& job);

// Face swapping work on a FrameProcessor: analyse in parallel, track in order, select and swap in parallel.
VideoFrameWork frame_processor_work(const FrameProcessor& processor);

// The whole `swap` for a video target: opens input and output first (bad files fail before any
// model loads), plans workers and inference threads, builds the FrameProcessor, runs.
VideoSwapResult swap_video(const SwapOptions& options, const VideoJobOptions& job);
// With a processor already built (folder targets share one). Its runtime threads are what they are.
VideoSwapResult swap_video(const FrameProcessor& processor, const SwapOptions& options, const VideoJobOptions& job);

// Video file extensions accepted as targets (folder targets pick files by these) and as outputs.
bool is_video_extension(const std::filesystem::path& path);
bool is_writable_video_extension(const std::filesystem::path& path);  // .mp4 .mkv .mov .webm

// The --keep-frames folder for an output: "<dir>/<stem>_frames".
std::filesystem::path default_frames_dir(const std::filesystem::path& output);

// Whether the runtime config may put inference on a GPU: the first of its providers that this ONNX
// Runtime build has (`available`: ORT provider names; default: the loaded library's) is not the CPU.
// Whether it does is known only once a model has loaded (VideoFrameWork::provider).
bool uses_gpu(const runtime::RuntimeConfig& cfg);
bool uses_gpu(const runtime::RuntimeConfig& cfg, const std::vector<std::string>& available);

// The FFmpeg device type to decode on for these options ("" for the CPU); see SwapOptions::hardware_decode.
// With `loaded`, "auto" follows the provider inference actually runs on instead of the first asked for.
std::string decode_hardware(const SwapOptions& options, std::optional<runtime::Provider> loaded = std::nullopt);

}  // namespace swapcam::pipeline
