// Face analysis per frame: SCRFD-500M detection (real model, shared test data), ArcFace 112
// alignment and embedding (the generated recogniser; the full-size IResNet-50 equivalent too when
// tools/gen_test_models.py --full-size has written it, in the build or SWAPCAM_FULL_MODELS_DIR).
// CPU provider with ONE intra-op thread, so the reported CPU time is the whole inference cost and
// stays meaningful on a loaded machine.
// Frames: the 512x512 portrait and a 1280x720 frame with the portrait in it.
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "face/align.h"
#include "face/detector.h"
#include "face/recognizer.h"

namespace {

using namespace swapcam;

const std::filesystem::path kTestdata = SWAPCAM_TESTDATA_DIR;
const std::filesystem::path kModels = SWAPCAM_TEST_MODELS_DIR;

runtime::RuntimeConfig cpu_config() {
  runtime::RuntimeConfig c;
  c.providers = {runtime::Provider::Cpu};
  c.intra_op_threads = 1;
  return c;
}

const cv::Mat& portrait() {
  static const cv::Mat img = cv::imread((kTestdata / "images" / "astronaut.png").string(), cv::IMREAD_COLOR);
  return img;
}

const cv::Mat& hd_frame() {
  static const cv::Mat frame = [] {
    cv::Mat f(720, 1280, CV_8UC3, cv::Scalar(90, 100, 110));
    if (!portrait().empty()) portrait().copyTo(f(cv::Rect(384, 104, portrait().cols, portrait().rows)));
    return f;
  }();
  return frame;
}

const cv::Mat& frame_for(int which) { return which == 0 ? portrait() : hd_frame(); }

face::Detector* detector() {
  static std::unique_ptr<face::Detector> d = [] {
    const auto path = kTestdata / "models" / "scrfd_500m_bnkps.onnx";
    if (!std::filesystem::exists(path)) return std::unique_ptr<face::Detector>();
    runtime::ModelSpec spec;
    spec.path = path;
    return std::make_unique<face::Detector>(spec, cpu_config());
  }();
  return d.get();
}

face::Recognizer* recognizer(const char* file) {
  static std::map<std::string, std::unique_ptr<face::Recognizer>> cache;
  auto& r = cache[file];
  // The full-size equivalents live where bench_video finds them too (SWAPCAM_FULL_MODELS_DIR).
  std::filesystem::path path = kModels / file;
  if (const char* full = std::getenv("SWAPCAM_FULL_MODELS_DIR"); full && !std::filesystem::exists(path))
    path = std::filesystem::path(full) / file;
  if (!r && std::filesystem::exists(path)) {
    runtime::ModelSpec spec;
    spec.path = path;
    r = std::make_unique<face::Recognizer>(spec, cpu_config());
  }
  return r.get();
}

bool ready(benchmark::State& state, const char* recognizer_file = nullptr) {
  if (portrait().empty() || !detector()) {
    state.SkipWithError("shared test data (SCRFD-500M, astronaut.png) not found");
    return false;
  }
  if (recognizer_file && !recognizer(recognizer_file)) {
    state.SkipWithError(
        "recogniser model not found: build the generate_test_models target; for the full-size ones run "
        "tools/gen_test_models.py --full-size --out DIR and set SWAPCAM_FULL_MODELS_DIR=DIR");
    return false;
  }
  // Load (and warm up) outside the timed loop.
  detector()->slot().get();
  if (recognizer_file) recognizer(recognizer_file)->slot().get();
  return true;
}

void label(benchmark::State& state) {
  const cv::Mat& f = frame_for(static_cast<int>(state.range(0)));
  state.SetLabel(std::to_string(f.cols) + "x" + std::to_string(f.rows));
}

void BM_Detect(benchmark::State& state) {
  if (!ready(state)) return;
  const cv::Mat& frame = frame_for(static_cast<int>(state.range(0)));
  size_t faces = 0;
  for (auto _ : state) faces += detector()->detect(frame).size();
  benchmark::DoNotOptimize(faces);
  label(state);
}
BENCHMARK(BM_Detect)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_DetectorBlob(benchmark::State& state) {
  if (!ready(state)) return;
  const cv::Mat& frame = frame_for(static_cast<int>(state.range(0)));
  std::vector<float> blob;
  for (auto _ : state) {
    face::make_detector_blob(frame, 640, 640, blob);
    benchmark::DoNotOptimize(blob.data());
  }
  label(state);
}
BENCHMARK(BM_DetectorBlob)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_Align112(benchmark::State& state) {
  if (!ready(state)) return;
  const auto faces = detector()->detect(portrait());
  if (faces.empty()) return state.SkipWithError("no face in the portrait");
  for (auto _ : state) benchmark::DoNotOptimize(face::align_arcface(portrait(), faces[0].kps, 112).crop.data);
}
BENCHMARK(BM_Align112)->Unit(benchmark::kMicrosecond);

void embed_bench(benchmark::State& state, const char* file) {
  if (!ready(state, file)) return;
  const auto faces = detector()->detect(portrait());
  if (faces.empty()) return state.SkipWithError("no face in the portrait");
  const std::vector<Landmarks5> kps(static_cast<size_t>(state.range(0)), faces[0].kps);
  face::Recognizer* rec = recognizer(file);
  for (auto _ : state) benchmark::DoNotOptimize(rec->embed(portrait(), kps).size());
  state.SetItemsProcessed(state.iterations() * state.range(0));  // faces per second
}
void BM_EmbedGenerated(benchmark::State& state) { embed_bench(state, "recognizer_arcface.onnx"); }
BENCHMARK(BM_EmbedGenerated)->Arg(1)->Arg(4)->Unit(benchmark::kMicrosecond);
void BM_EmbedR50Equivalent(benchmark::State& state) { embed_bench(state, "arcface_r50_equivalent.onnx"); }
BENCHMARK(BM_EmbedR50Equivalent)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond);

// What one frame costs the analysis: detect, then align and embed every face found.
void frame_bench(benchmark::State& state, const char* file) {
  if (!ready(state, file)) return;
  const cv::Mat& frame = frame_for(static_cast<int>(state.range(0)));
  face::Recognizer* rec = recognizer(file);
  size_t faces = 0;
  for (auto _ : state) {
    face::Faces f = detector()->detect(frame);
    rec->embed(frame, f);
    faces += f.size();
  }
  benchmark::DoNotOptimize(faces);
  label(state);
}
void BM_FrameDetectAlignEmbed(benchmark::State& state) { frame_bench(state, "recognizer_arcface.onnx"); }
BENCHMARK(BM_FrameDetectAlignEmbed)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
void BM_FrameDetectAlignEmbedR50(benchmark::State& state) { frame_bench(state, "arcface_r50_equivalent.onnx"); }
BENCHMARK(BM_FrameDetectAlignEmbedR50)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
