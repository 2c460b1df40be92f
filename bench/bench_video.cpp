// Video pipeline benchmarks (issue 5), each a whole run over one generated clip (720p, 25 fps, AAC):
//   FfmpegReencode       plain `ffmpeg` re-encode, same encoder settings: the floor
//   DiskPngRoundTrip     Deep-Live-Cam's disk path: ffmpeg extracts PNGs, then encodes them back
//   PassThrough          swapcam decode -> reorder -> encode with no per-frame work
//   IdentitySwap         swapcam with detection, tracking and the identity swapper (test models)
//   FullSizeSwap/W       swapcam with the full-size inswapper equivalent at W workers
// Counters: fps (frames per second of wall time). Ratios between rows are what matter; run them in
// one invocation on an otherwise idle machine. The full-size models come from
// `/usr/bin/python3 tools/gen_test_models.py --full-size --out DIR` with SWAPCAM_FULL_MODELS_DIR=DIR.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/log.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/video_pipeline.h"

namespace {

namespace fs = std::filesystem;
using namespace swapcam;

constexpr int kWidth = 1280, kHeight = 720, kFps = 25, kFrames = 100;
constexpr int kCrf = 18;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

const fs::path& work_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / "swapcam-bench-video";
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

int sh(const std::string& cmd) { return std::system((cmd + " > /dev/null 2>&1").c_str()); }

// The clip: two astronaut faces moving over a grey background, with a sine audio track.
const fs::path& clip() {
  static const fs::path path = [] {
    fs::path p = work_dir() / "clip.mp4";
    if (fs::exists(p)) return p;
    cv::Mat face = cv::imread((fs::path(SWAPCAM_TESTDATA_DIR) / "images" / "astronaut.png").string());
    if (face.empty()) return fs::path();
    cv::Mat big, small;
    cv::resize(face, big, {400, 400}, 0, 0, cv::INTER_AREA);
    cv::resize(face, small, {260, 260}, 0, 0, cv::INTER_AREA);
    const std::string cmd = "ffmpeg -y -v error -f rawvideo -pix_fmt bgr24 -s " + std::to_string(kWidth) + "x" +
                            std::to_string(kHeight) + " -r " + std::to_string(kFps) +
                            " -i - -f lavfi -i sine=frequency=440:duration=" + std::to_string(double(kFrames) / kFps) +
                            " -c:v libx264 -crf 12 -preset veryfast -pix_fmt yuv420p -c:a aac -movflags +faststart " +
                            q(p);
    FILE* pipe = popen(cmd.c_str(), "w");
    for (int i = 0; i < kFrames; ++i) {
      cv::Mat frame(kHeight, kWidth, CV_8UC3, cv::Scalar(90, 100, 110));
      big.copyTo(frame(cv::Rect(40 + i * 3, 160, 400, 400)));
      small.copyTo(frame(cv::Rect(900 - i, 60 + i, 260, 260)));
      fwrite(frame.data, 1, frame.total() * 3, pipe);
    }
    if (pclose(pipe) != 0) return fs::path();
    return p;
  }();
  return path;
}

void report(benchmark::State& state, double seconds) {
  state.counters["fps"] = benchmark::Counter(double(kFrames) / seconds);
  state.counters["frames"] = kFrames;
}

template <typename F>
void timed(benchmark::State& state, F run) {
  if (clip().empty()) {
    state.SkipWithError("could not make the test clip (ffmpeg, shared test data)");
    return;
  }
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    run();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    state.SetIterationTime(s);
    report(state, s);
  }
}

const std::string kX264 = "-c:v libx264 -crf " + std::to_string(kCrf) + " -pix_fmt yuv420p";

void FfmpegReencode(benchmark::State& state) {
  timed(state, [] {
    sh("ffmpeg -y -v error -i " + q(clip()) + " -map 0 " + kX264 + " -c:a copy " + q(work_dir() / "ffmpeg.mp4"));
  });
}

void DiskPngRoundTrip(benchmark::State& state) {
  timed(state, [] {
    const fs::path frames = work_dir() / "png";
    fs::remove_all(frames);
    fs::create_directories(frames);
    sh("ffmpeg -y -v error -i " + q(clip()) + " -pix_fmt rgb24 " + q(frames / "%04d.png"));
    sh("ffmpeg -y -v error -framerate " + std::to_string(kFps) + " -i " + q(frames / "%04d.png") + " -i " + q(clip()) +
       " -map 0:v -map 1:a " + kX264 + " -c:a copy " + q(work_dir() / "disk.mp4"));
  });
}

pipeline::SwapOptions base_options(const fs::path& out) {
  pipeline::SwapOptions o;
  o.target = clip();
  o.output = out;
  o.video_encoder = "libx264";
  o.video_quality = kCrf;
  o.sources = {fs::path(SWAPCAM_TESTDATA_DIR) / "images" / "astronaut.png"};
  o.models.detector = fs::path(SWAPCAM_TESTDATA_DIR) / "models" / "scrfd_500m_bnkps.onnx";
  o.models.recognizer = fs::path(SWAPCAM_TEST_MODELS_DIR) / "recognizer_arcface.onnx";
  o.models.swapper = fs::path(SWAPCAM_TEST_MODELS_DIR) / "swapper_identity.onnx";
  o.runtime.providers = {runtime::Provider::Cpu};
  o.runtime.intra_op_threads = 1;
  return o;
}

void PassThrough(benchmark::State& state) {
  timed(state, [] { pipeline::run_video(base_options(work_dir() / "pass.mp4"), {}, pipeline::VideoFrameWork{}); });
}

void run_swap(benchmark::State& state, pipeline::SwapOptions o, int workers, std::optional<double> end_s = {}) {
  for (const auto& p : {o.models.detector, o.models.recognizer, o.models.swapper})
    if (!fs::exists(p)) {
      state.SkipWithError(("model missing: " + p.string()).c_str());
      return;
    }
  pipeline::FrameProcessor processor(o);
  {  // load and warm the models outside the timing
    cv::Mat probe = cv::imread(o.sources[0].string());
    processor.process(probe);
  }
  pipeline::VideoJobOptions job;
  job.workers = workers;
  job.end_s = end_s;
  pipeline::VideoSwapResult r;
  timed(state, [&] { r = pipeline::swap_video(processor, o, job); });
  state.counters["frames_swapped"] = double(r.frames_with_swaps);
  state.counters["frames"] = double(r.frames);
  state.counters["fps"] = r.fps;  // frames of this run over its wall time
}

void IdentitySwap(benchmark::State& state) {
  run_swap(state, base_options(work_dir() / "identity.mp4"), static_cast<int>(state.range(0)));
}

void FullSizeSwap(benchmark::State& state) {
  const char* dir = std::getenv("SWAPCAM_FULL_MODELS_DIR");
  if (!dir) {
    state.SkipWithError("set SWAPCAM_FULL_MODELS_DIR (tools/gen_test_models.py --full-size --out DIR)");
    return;
  }
  auto o = base_options(work_dir() / "full.mp4");
  o.models.swapper = fs::path(dir) / "inswapper_128_equivalent.onnx";
  // The full-size swapper is ~100x the identity's cost: the first second (25 frames) is enough.
  run_swap(state, o, static_cast<int>(state.range(0)), 1.0);
}

const int quiet = [] {
  log::set_level("warn");
  return 0;
}();

BENCHMARK(FfmpegReencode)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(DiskPngRoundTrip)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(PassThrough)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(IdentitySwap)->Arg(0)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(FullSizeSwap)->Arg(1)->Arg(2)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
