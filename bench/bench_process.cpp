// Per-face cost of the swap path that is not model inference (alignment, pre/post-processing,
// paste-back) on a 1080p frame, and the same as a fraction of the swapper's inference time.
//
// The inference figure needs the full-size architecture-equivalent inswapper:
//   /usr/bin/python3 tools/gen_test_models.py --full-size --out DIR
// then SWAPCAM_INSWAPPER_EQUIVALENT=DIR/inswapper_128_equivalent.onnx bench_process
// (default: <build>/testmodels/inswapper_128_equivalent.onnx). Without it the ratio benchmark is skipped.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include <benchmark/benchmark.h>
#include <opencv2/imgproc.hpp>

#include "core/geometry.h"
#include "process/paste_back.h"
#include "process/swapper.h"
#include "runtime/model.h"

namespace {

using namespace swapcam;

cv::Mat frame_1080p() {
  cv::Mat small(60, 100, CV_8UC3);
  cv::RNG(3).fill(small, cv::RNG::UNIFORM, 30, 225);
  cv::Mat frame;
  cv::resize(small, frame, cv::Size(1920, 1080), 0, 0, cv::INTER_CUBIC);
  return frame;
}

// A face about 280 px wide in the middle of the frame, slightly rotated (a typical webcam face).
Landmarks5 face_kps() {
  const Landmarks5 t = arcface_template(process::kSwapSize);
  Landmarks5 k;
  const float s = 2.5f, a = 0.1f;
  for (int i = 0; i < 5; ++i) {
    const cv::Point2f d = (t[i] - cv::Point2f(64, 64)) * s;
    k[i] = cv::Point2f(960, 540) +
           cv::Point2f(d.x * std::cos(a) - d.y * std::sin(a), d.x * std::sin(a) + d.y * std::cos(a));
  }
  return k;
}

// Everything a face costs besides the model run: align 128, blob, output conversion, paste-back.
void overhead_once(cv::Mat& frame, const Landmarks5& kps, std::vector<float>& blob) {
  const auto in = process::align_for_swap(frame, kps);
  process::crop_to_blob(in.crop, blob.data());
  const cv::Mat face = process::blob_to_face(blob.data());  // stands in for the model's output
  process::paste_back(frame, face, in.matrix, process::swap_alpha_mask());
}

void BM_AlignAndBlob(benchmark::State& state) {
  const cv::Mat frame = frame_1080p();
  const auto kps = face_kps();
  std::vector<float> blob(3 * 128 * 128);
  for (auto _ : state) {
    const auto in = process::align_for_swap(frame, kps);
    process::crop_to_blob(in.crop, blob.data());
    benchmark::DoNotOptimize(blob.data());
  }
}
BENCHMARK(BM_AlignAndBlob)->Unit(benchmark::kMicrosecond);

void BM_OutputToFace(benchmark::State& state) {
  std::vector<float> blob(3 * 128 * 128, 0.5f);
  for (auto _ : state) benchmark::DoNotOptimize(process::blob_to_face(blob.data()).data);
}
BENCHMARK(BM_OutputToFace)->Unit(benchmark::kMicrosecond);

void BM_PasteBack(benchmark::State& state) {
  cv::Mat frame = frame_1080p();
  const auto kps = face_kps();
  const auto in = process::align_for_swap(frame, kps);
  process::PasteOptions o;
  o.poisson_blend = state.range(0) != 0;
  for (auto _ : state) {
    process::paste_back(frame, in.crop, in.matrix, process::swap_alpha_mask(), o);
    benchmark::ClobberMemory();
  }
  state.SetLabel(o.poisson_blend ? "poisson" : "alpha");
}
BENCHMARK(BM_PasteBack)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_OverheadPerFace(benchmark::State& state) {
  cv::Mat frame = frame_1080p();
  const auto kps = face_kps();
  std::vector<float> blob(3 * 128 * 128);
  for (auto _ : state) {
    overhead_once(frame, kps, blob);
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_OverheadPerFace)->Unit(benchmark::kMicrosecond);

std::filesystem::path equivalent_model() {
  if (const char* env = std::getenv("SWAPCAM_INSWAPPER_EQUIVALENT"); env && *env) return env;
  return std::filesystem::path(SWAPCAM_TEST_MODELS_DIR) / "inswapper_128_equivalent.onnx";
}

// Inference of the full-size swapper (batch 1) timed per iteration; the per-face overhead is
// measured alongside and reported as counters, with the ratio overhead / inference.
void BM_OverheadVsInference(benchmark::State& state) {
  const auto path = equivalent_model();
  if (!std::filesystem::is_regular_file(path)) {
    state.SkipWithError(
        "full-size inswapper not found: generate it with tools/gen_test_models.py --full-size and "
        "set SWAPCAM_INSWAPPER_EQUIVALENT");
    return;
  }
  runtime::ModelSpec spec;
  spec.role = "swapper";
  spec.path = path;
  runtime::RuntimeConfig cfg;  // default providers and threads: what `swap` would use
  process::Swapper swapper(spec, cfg);
  cv::Mat frame = frame_1080p();
  const auto kps = face_kps();
  std::vector<float> blob(3 * 128 * 128), latent(512, 1.f / std::sqrt(512.f));
  process::crop_to_blob(process::align_for_swap(frame, kps).crop, blob.data());
  swapper.infer(blob, latent, 1);  // load + first run outside the timing

  // Overhead: the median of many runs (it is short and noisy next to the model).
  std::vector<double> overhead_ms;
  for (int i = 0; i < 200; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    overhead_once(frame, kps, blob);
    overhead_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::nth_element(overhead_ms.begin(), overhead_ms.begin() + 100, overhead_ms.end());
  const double overhead = overhead_ms[100];

  double inference_total = 0;
  int runs = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(swapper.infer(blob, latent, 1).data());
    inference_total += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    ++runs;
  }
  const double inference = inference_total / std::max(1, runs);
  state.counters["inference_ms"] = inference;
  state.counters["overhead_ms"] = overhead;
  state.counters["overhead_ratio"] = overhead / inference;
  state.SetLabel(runtime::short_name(swapper.slot().get().provider()).data());
}
BENCHMARK(BM_OverheadVsInference)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
