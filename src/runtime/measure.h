#pragma once
// Measuring primitives for `swapcam bench` and the benchmarks (docs/PERFORMANCE.md): repeated timed
// runs, multiply-accumulates counted from ONNX Runtime profiles, and what the machine can do (a
// GEMM/convolution reference run through this runtime). No faces, no pipeline: those are src/bench.
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/model.h"

namespace swapcam::runtime {

// ---- timing -------------------------------------------------------------------------------------

// Milliseconds of several runs of one thing; medians resist a machine busy with other work.
struct Timing {
  std::vector<double> runs_ms;
  double median_ms() const;
  double min_ms() const;
};

// Milliseconds that `fn()` took.
template <typename Fn>
double time_ms(Fn&& fn) {
  const auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// `fn()` timed `runs` times (at least once).
template <typename Fn>
Timing time_runs(int runs, Fn&& fn) {
  Timing t;
  for (int i = 0; i < (runs < 1 ? 1 : runs); ++i) t.runs_ms.push_back(time_ms(fn));
  return t;
}

// ---- model cost ---------------------------------------------------------------------------------

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

// The text of a profile ORT wrote (Model::end_profiling()), which is then removed. Error(Io) when
// it cannot be read.
std::string take_profile(const std::filesystem::path& file);

// Runs `model` once on zeros with profiling on (basic graph optimisation, one thread, CPU provider,
// so every node keeps its op type) and counts MACs from the profile. `shapes` gives concrete shapes
// by input name; other dynamic dims become 1. Falls back to known_macs() (source "table") and then to
// "unknown" with the reason in note; never throws for a model that cannot be profiled.
ModelCost measure_macs(const std::filesystem::path& model,
                       const std::map<std::string, std::vector<int64_t>>& shapes = {});

// The published MACs of a known model file, recognised by name and exact size (models.md); the
// detector's figure is for 640x640 only. nullopt for anything else.
std::optional<double> known_macs(const std::filesystem::path& file, int det_size = 640);

// ---- machine peak (measure_peak.cpp) ------------------------------------------------------------

// Serialised ONNX models (opset 17) for the peak reference: Y = A x B with A [m,k] an input and B a
// constant [k,n]; and a 3x3 convolution, pad 1, channels -> channels on [1,channels,size,size]
// with constant weights (the shape of the inswapper's style blocks at 1024 x 32 x 32).
std::string make_matmul_model(int m, int k, int n);
std::string make_conv3x3_model(int channels, int size);

struct PeakRun {
  std::string name;  // "gemm 2048x2048x2048", "conv3x3 1024x32x32"
  double macs = 0;
  double best_ms = 0;  // the fastest run: what the machine can do
  double median_ms = 0;
  double gflops() const { return best_ms > 0 ? 2.0 * macs / (best_ms * 1e6) : 0; }
};

// Writes the reference models to `work_dir` and runs them through the runtime with `cfg` (same
// provider, threads and tuning as the models measured). Throws Error on failure.
std::vector<PeakRun> measure_peak(const RuntimeConfig& cfg, const std::filesystem::path& work_dir, int iterations);

}  // namespace swapcam::runtime
