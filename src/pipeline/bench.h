#pragma once
// `swapcam bench`: per-stage timings of the image path on the configured models and providers,
// the models' own cost (MACs), what the machine can do (a GEMM/convolution reference run through
// the same runtime) and how much the pipeline adds to pure inference (docs/PERFORMANCE.md).
//
// Timings are medians over a few iterations; stages that are compared (a face's whole cost in
// `swap` against the bare ORT run of the swapper) are measured alternately in the same loop, so
// their ratio holds on a loaded machine even when the absolute figures drift.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/swap_options.h"
#include "runtime/model.h"

namespace swapcam::pipeline {

// ---- model cost -----------------------------------------------------------------------------------

// Multiply-accumulates of one run: Conv, ConvTranspose, Gemm and MatMul nodes (the rest is small).
struct ModelCost {
  double macs = 0;
  int counted_nodes = 0;
  // "ort-profile": from the shapes ONNX Runtime reported for every node while running these inputs;
  // "table": the published figure for a known file (models.md), used when profiling failed;
  // "unknown": neither (macs 0).
  std::string source = "unknown";
  std::string note;  // why profiling was not used, when it was not
};

// MACs from an ORT profile (the JSON array ORT writes with profiling on): every *_kernel_time node
// event of a Conv/FusedConv/ConvTranspose/Gemm/FusedGemm/MatMul/FusedMatMul with its input and
// output shapes. Throws Error(InvalidData) for text that is not such a profile.
ModelCost macs_from_profile(std::string_view profile_json);

// Where one run's time goes, by operator type, from an ORT profile of the last run in it
// (optimised graph as configured: fused and NCHWc ops appear under their own names).
struct OpTime {
  std::string op;
  int nodes = 0;
  double ms = 0;
  double macs = 0;  // Conv-like ops only; NCHWc ops count their channel-padded shapes
};
std::vector<OpTime> op_times_from_profile(std::string_view profile_json);

// Runs `model` once on zeros with profiling on (basic graph optimisation, one thread, CPU provider,
// so every node keeps its op type) and counts MACs from the profile. `shapes` gives concrete shapes
// by input name; other dynamic dims become 1. Falls back to known_macs() (source "table") and then to
// "unknown" with the reason in note; never throws for a model that cannot be profiled.
ModelCost measure_macs(const std::filesystem::path& model, const std::map<std::string, std::vector<int64_t>>& shapes = {});

// The published MACs of a known model file, recognised by name and exact size (models.md); the
// detector's figure is for 640x640 only. nullopt for anything else.
std::optional<double> known_macs(const std::filesystem::path& file, int det_size = 640);

// ---- machine peak -------------------------------------------------------------------------------

// Serialised ONNX models (opset 17) for the peak reference: Y = A x B with A [m,k] an input and B a
// constant [k,n]; and a 3x3 convolution, pad 1, channels -> channels on [1,channels,size,size]
// with constant weights (the shape of the inswapper's style blocks at 1024 x 32 x 32).
std::string make_matmul_model(int m, int k, int n);
std::string make_conv3x3_model(int channels, int size);

struct PeakRun {
  std::string name;      // "gemm 2048x2048x2048", "conv3x3 1024x32x32"
  double macs = 0;
  double best_ms = 0;    // the fastest run: what the machine can do
  double median_ms = 0;
  double gflops() const { return best_ms > 0 ? 2.0 * macs / (best_ms * 1e6) : 0; }
};

// Writes the reference models to `work_dir` and runs them through the runtime with `cfg` (same
// provider, threads and tuning as the models measured). Throws Error on failure.
std::vector<PeakRun> measure_peak(const runtime::RuntimeConfig& cfg, const std::filesystem::path& work_dir,
                                  int iterations);

// ---- stage bench ----------------------------------------------------------------------------------

struct BenchOptions {
  SwapOptions swap;                  // models (detector, recognizer, swapper, optional enhancer), runtime, post-processing
  std::filesystem::path frame;       // the target image; empty: a synthetic 1920x1080 frame
  std::filesystem::path work_dir;    // scratch files (frame, encoded output, peak models); empty: a temp dir
  int iterations = 3;                // timed runs per stage (after one untimed warm run)
  bool measure_peak = true;
  bool measure_macs = true;
  bool profile_ops = false;          // load the swapper once more with profiling: time per op type
  // Another swapper file (int8, fp16, ...) run on the same input, alternating with the fp32 bare run:
  // its time and the PSNR of its output against the configured swapper's.
  std::filesystem::path compare_swapper;
  std::string encode_extension = ".png";
  int png_compression = -1;          // -1: what `swap` writes with (media::ImageWriteOptions)
  std::function<void(const std::string&)> progress;  // one line per step, may be empty
};

struct StageTiming {
  std::vector<double> runs_ms;
  double median_ms() const;
  double min_ms() const;
};

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
  std::string frame_source;           // the image file, or "synthetic"
  std::string face_source;            // "detected" or "fixed (the detector found no face with keypoints)"
  int faces_detected = 0;
  int faces_swapped = 0;
  int iterations = 0;
  std::map<std::string, StageTiming> stages;  // decode, detect, detect_inference, align, embed, swap (per face),
                                              // swap_inference, paste_back, enhance, encode
  std::vector<BenchModel> models;
  std::vector<PeakRun> peak;
  std::vector<OpTime> swap_ops;       // profile_ops: the swapper's time by op type, largest first
  struct Comparison {
    std::filesystem::path file;
    StageTiming runs, reference_runs;  // the other model / the configured swapper, alternating
    double psnr_db = 0;                // output against the configured swapper's, values in [0,1]
  };
  std::optional<Comparison> comparison;
  std::string ort_version;
  unsigned hardware_threads = 0;
  int intra_op_threads = 0;
  runtime::SessionTuning tuning;

  // Derived figures (documented in docs/PERFORMANCE.md).
  double swap_per_face_ms() const;    // everything one face costs in `swap` (align, swap, paste-back, post)
  double swap_inference_ms() const;   // the bare ORT run of the swapper on the same input
  double swap_overhead_ratio() const; // median over rounds of per_face / inference - 1 (paired runs)
  double frame_inference_ms() const;  // detector inference + faces x swapper inference
  double frame_overhead_ms() const;   // decode + detector pre/post + faces x per-face overhead + encode
  double frame_ms() const;            // inference + overhead
  double frame_overhead_ratio() const;// overhead / inference: the image path's own cost
  double peak_gflops() const;         // the best reference run
  double swap_gflops() const;         // 2 x swapper MACs / swap_inference
};

// Loads the models, prepares the frame and runs every stage. Throws Error for missing models or
// unreadable frames.
BenchReport run_bench(const BenchOptions& options);

// product.md: one object per stage with ms figures; swap.per_face_ms, swap.inference_ms and
// swap.overhead_ratio; plus models, peak and frame objects.
nlohmann::json bench_to_json(const BenchReport& report);
// The same as aligned text lines for a terminal.
std::string bench_to_text(const BenchReport& report);

}  // namespace swapcam::pipeline
