#pragma once
// `swapcam bench --video`: what the video path costs in CPU seconds (user + system, all threads)
// against a plain decode -> encode of the same clip with the same x264 settings
// (media/reference_encode.h), row by row in one process:
//
//   reference     libav decode -> libx264, YUV straight through
//   passthrough   `swap`'s pipeline with no face work (decode, the pipeline's hops, encode)
//   swap_every    identity swap, the detector on every frame
//   swap_auto     identity swap, --detect-every auto (tracked between detections)
//   *_bgr         (bgr_rows) the same with every frame converted to BGR and back, the path before
//
// Runs are paired: each round runs every row once, in that order, and a row's ratio is the median
// over rounds of its CPU seconds over the reference's of the same round, so a machine that is
// loaded by others shifts both sides of a ratio alike (docs/PERFORMANCE.md).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/swap_options.h"

namespace swapcam::bench {

struct VideoBenchOptions {
  pipeline::SwapOptions swap;      // models (detector, recogniser, swapper), sources, runtime
  std::filesystem::path clip;      // the video; empty: a clip made from `portrait`
  std::filesystem::path portrait;  // a face image for the made clip (six copies moving on 1920x1080)
  int clip_frames = 48;
  int clip_width = 1920, clip_height = 1080;
  std::filesystem::path work_dir;  // made clip and outputs; empty: a temp dir
  int rounds = 3;
  std::string preset;  // encoder preset of every row (empty: x264's default, medium)
  int quality = 18;
  bool face_rows = true;  // false: reference and passthrough only (no models needed)
  bool bgr_rows = false;  // also passthrough_bgr / swap_every_bgr: the whole-frame BGR round trip
                          // of every frame (VideoJobOptions::keep_pictures = false), the old path
  std::function<void(const std::string&)> progress;
};

struct VideoBenchRow {
  std::string name;
  std::vector<double> cpu_s, wall_s;  // per round
  std::vector<double> ratio;          // per round: cpu_s / the reference's cpu_s in that round
  std::int64_t frames = 0;
  std::int64_t frames_with_swaps = 0;
  std::int64_t detections = 0;  // frames the detector ran on
  double median_cpu_s() const;
  double median_wall_s() const;
  double median_ratio() const;
};

struct VideoBenchReport {
  std::filesystem::path clip;
  int width = 0, height = 0;
  std::int64_t frames = 0;
  int rounds = 0;
  unsigned hardware_threads = 0;
  double load_before = -1, load_after = -1;  // 1-minute load average (Linux), -1 unknown
  std::vector<VideoBenchRow> rows;
};

// Six copies of `portrait` drifting across a smooth 1920x1080 background (each on its own path),
// encoded with libx264 at CRF 10 (media::VideoWriter). Error(NotFound/InvalidData) for the portrait.
void write_face_clip(const std::filesystem::path& portrait, const std::filesystem::path& out, int frames,
                     int width = 1920, int height = 1080);

VideoBenchReport run_video_bench(const VideoBenchOptions& options);

}  // namespace swapcam::bench
