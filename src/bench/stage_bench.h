#pragma once
// `swapcam bench`: per-stage timings of the image path on the configured models and providers,
// the models' own cost (MACs), what the machine can do (runtime/measure.h) and how much the
// pipeline adds to pure inference (docs/PERFORMANCE.md). The CLI formats the report
// (apps/cli/bench_report.h).
//
// Timings are medians over a few iterations; stages that are compared (a face's whole cost in
// `swap` against the bare ORT run of the swapper) are measured alternately in the same loop, so
// their ratio holds on a loaded machine even when the absolute figures drift.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/swap_options.h"
#include "runtime/measure.h"
#include "runtime/model.h"

namespace swapcam::bench {

struct BenchOptions {
  pipeline::SwapOptions swap;   // models (detector, recognizer, swapper, optional enhancer), runtime, post-processing
  std::filesystem::path frame;  // the target image; empty: a synthetic 1920x1080 frame
  std::filesystem::path work_dir;  // scratch files (frame, encoded output, peak models); empty: a temp dir
  int iterations = 3;              // timed runs per stage (after one untimed warm run)
  bool measure_peak = true;
  bool measure_macs = true;
  bool profile_ops = false;  // load the swapper once more with profiling: time per op type
  // Another swapper file (int8, fp16, ...) run on the same input, alternating with the fp32 bare run:
  // its time and the PSNR of its output against the configured swapper's.
  std::filesystem::path compare_swapper;
  std::vector<int> boost_sizes;  // pixel-boost rows: the face swapped at these crop sizes (k*k runs each)
  // Swapper rows ("swapper_<name>"): the same face through another swapper of the registry (align,
  // run, back to 8-bit), each with its own file and, where its descriptor needs one, converter.
  struct SwapperRow {
    std::string name;  // a swapper descriptor (models/registry.h), e.g. "hyperswap_1a_256"
    std::filesystem::path model;
    std::filesystem::path converter;  // empty: the descriptor needs none
  };
  std::vector<SwapperRow> swapper_rows;
  // Mask rows: the occlusion mask ("mask_occlusion", XSeg files: one, or three for `many`) and the
  // region mask ("mask_region", a BiSeNet file) of the face's crop, model run and refinement. Empty: none.
  std::vector<std::filesystem::path> occluders;
  std::filesystem::path parser;
  std::string encode_extension = ".png";
  int png_compression = -1;                          // -1: what `swap` writes with (media::ImageWriteOptions)
  std::function<void(const std::string&)> progress;  // one line per step, may be empty
};

using StageTiming = runtime::Timing;
using runtime::ModelCost;
using runtime::OpTime;
using runtime::PeakRun;

struct BenchModel {
  std::string role;
  std::filesystem::path file;
  std::string provider;
  std::string precision;
  double load_ms = 0;
  ModelCost cost;
};

struct BenchReport {
  int frame_width = 0, frame_height = 0;
  std::string frame_source;  // the image file, or "synthetic"
  std::string face_source;   // "detected" or "fixed (the detector found no face with keypoints)"
  int faces_detected = 0;
  int faces_swapped = 0;
  int iterations = 0;
  std::map<std::string, StageTiming> stages;  // decode, detect, detect_inference, align, embed, swap (per face),
                                              // swap_inference, paste_back, enhance, encode; the rows
                                              // swap_boost_<B>, swapper_<name>, mask_occlusion, mask_region
  std::vector<BenchModel> models;
  std::vector<PeakRun> peak;
  std::vector<OpTime> swap_ops;  // profile_ops: the swapper's time by op type, largest first
  struct Comparison {
    std::filesystem::path file;
    StageTiming runs, reference_runs;  // the other model / the configured swapper, alternating
    double psnr_db = 0;                // output against the configured swapper's, values in [0,1]
    int64_t non_finite = 0;            // NaN or infinite values in the other model's output: psnr_db is then NaN
  };
  std::optional<Comparison> comparison;
  std::string ort_version;
  unsigned hardware_threads = 0;
  int intra_op_threads = 0;
  runtime::SessionTuning tuning;

  double stage_ms(const std::string& stage) const;         // the median of a stage's runs; 0 when not run
  const BenchModel* model(const std::string& role) const;  // nullptr when that role was not loaded

  // Derived figures (documented in docs/PERFORMANCE.md).
  double swap_per_face_ms() const;      // everything one face costs in `swap` (align, swap, paste-back, post)
  double swap_inference_ms() const;     // the bare ORT run of the swapper on the same input
  double swap_overhead_ratio() const;   // median over rounds of per_face / inference - 1 (paired runs)
  double frame_inference_ms() const;    // detector inference + faces x swapper inference
  double frame_overhead_ms() const;     // decode + detector pre/post + faces x per-face overhead + encode
  double frame_ms() const;              // inference + overhead
  double frame_overhead_ratio() const;  // overhead / inference: the image path's own cost
  double peak_gflops() const;           // the best reference run
  double swap_gflops() const;           // 2 x swapper MACs / swap_inference
  // A row (swap_boost_*, swapper_*, mask_*) as a ratio to the bare swapper run: the median over rounds
  // of the per-round ratios (both ran in the same round). 0 when either is missing.
  double ratio_to_bare_run(const std::string& stage) const;
  // The stage names of those rows, in the report's order.
  std::vector<std::string> row_stages() const;
};

// Loads the models, prepares the frame and runs every stage. Throws Error for missing models or
// unreadable frames.
BenchReport run_bench(const BenchOptions& options);

}  // namespace swapcam::bench
