// The runtime's call paths and session tuning on the swapper: Model::run (allocates and copies the
// output), Model::run_into (caller-owned output, written in place), BoundRun (ORT IO binding, all
// buffers bound once) and a bare Session::Run, each under several session tunings.
//
// Models: the generated tint swapper (tiny: the per-call overhead dominates) and, when present,
// the full-size inswapper equivalent from $SWAPCAM_BENCH_MODELS or ~/.cache/swapcam/bench-models
// (swapcam bench --generate-models writes it). Compare real time within one run only: the machine
// these figures came from is shared (docs/PERFORMANCE.md).
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>
#include <onnxruntime_cxx_api.h>

#include "runtime/model.h"

namespace {

using namespace swapcam;
namespace fs = std::filesystem;

fs::path bench_models_dir() {
  if (const char* d = std::getenv("SWAPCAM_BENCH_MODELS")) return d;
  if (const char* home = std::getenv("HOME")) return fs::path(home) / ".cache" / "swapcam" / "bench-models";
  return {};
}

fs::path model_file(int which) {
  return which == 0 ? fs::path(SWAPCAM_TEST_MODELS_DIR) / "swapper_tint.onnx"
                    : bench_models_dir() / "inswapper_128_equivalent.onnx";
}

// Tunings by index: 0 default (all, arena, spinning), 1 no spinning, 2 no arena, 3 extended, 4 basic.
runtime::RuntimeConfig config(int tuning, int threads) {
  runtime::RuntimeConfig c;
  c.providers = {runtime::Provider::Cpu};
  c.intra_op_threads = threads;
  auto& t = c.tuning;
  if (tuning == 1) t.allow_spinning = false;
  if (tuning == 2) t.cpu_memory_arena = false;
  if (tuning == 3) t.graph_optimization = runtime::GraphOptimization::Extended;
  if (tuning == 4) t.graph_optimization = runtime::GraphOptimization::Basic;
  return c;
}

const char* tuning_name(int t) {
  static const char* names[] = {"default", "no-spinning", "no-arena", "extended", "basic"};
  return names[t];
}

runtime::Model* model(int which, int tuning, int threads) {
  static std::map<std::tuple<int, int, int>, std::unique_ptr<runtime::Model>> cache;
  auto& m = cache[{which, tuning, threads}];
  if (!m && fs::exists(model_file(which))) {
    runtime::ModelSpec spec;
    spec.role = "swapper";
    spec.path = model_file(which);
    m = runtime::Model::load(spec, config(tuning, threads));
  }
  return m.get();
}

struct Io {
  std::vector<float> target = std::vector<float>(3 * 128 * 128, 0.5f), source = std::vector<float>(512, 0.044f);
  std::vector<float> out = std::vector<float>(3 * 128 * 128);
  std::vector<runtime::TensorView> views(const runtime::Model& m) {
    std::vector<runtime::TensorView> v(2);
    v[m.input_index("target")] = {target.data(), {1, 3, 128, 128}};
    v[m.input_index("source")] = {source.data(), {1, 512}};
    return v;
  }
  runtime::OutputView out_view() { return {out.data(), {1, 3, 128, 128}}; }
};

// Args: model (0 tint, 1 full-size), tuning, intra-op threads.
runtime::Model* setup(benchmark::State& state) {
  auto* m = model(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)), static_cast<int>(state.range(2)));
  if (!m) state.SkipWithError("model not found (swapcam bench --generate-models writes the full-size one)");
  else
    state.SetLabel(std::string(state.range(0) ? "inswapper-equivalent " : "tint ") +
                   tuning_name(static_cast<int>(state.range(1))));
  return m;
}

void BM_Run(benchmark::State& state) {
  auto* m = setup(state);
  if (!m) return;
  Io io;
  const auto views = io.views(*m);
  for (auto _ : state) benchmark::DoNotOptimize(m->run(views));
}

void BM_RunInto(benchmark::State& state) {
  auto* m = setup(state);
  if (!m) return;
  Io io;
  const auto views = io.views(*m);
  const auto ov = io.out_view();
  for (auto _ : state) m->run_into(views, std::span(&ov, 1));
  benchmark::DoNotOptimize(io.out.data());
}

void BM_BoundRun(benchmark::State& state) {
  auto* m = setup(state);
  if (!m) return;
  Io io;
  const auto ov = io.out_view();
  runtime::BoundRun bound(*m, io.views(*m), std::span(&ov, 1));
  for (auto _ : state) bound.run();
  benchmark::DoNotOptimize(io.out.data());
}

void BM_BareSessionRun(benchmark::State& state) {
  auto* m = setup(state);
  if (!m) return;
  Io io;
  auto mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  const std::vector<int64_t> ts{1, 3, 128, 128}, ls{1, 512};
  std::vector<Ort::Value> in(2), out;
  in[m->input_index("target")] = Ort::Value::CreateTensor<float>(mem, io.target.data(), io.target.size(), ts.data(), 4);
  in[m->input_index("source")] = Ort::Value::CreateTensor<float>(mem, io.source.data(), io.source.size(), ls.data(), 2);
  out.push_back(Ort::Value::CreateTensor<float>(mem, io.out.data(), io.out.size(), ts.data(), 4));
  const char* in_names[2] = {m->inputs()[0].name.c_str(), m->inputs()[1].name.c_str()};
  const char* out_names[1] = {m->outputs()[0].name.c_str()};
  for (auto _ : state) m->session().Run(Ort::RunOptions{nullptr}, in_names, in.data(), 2, out_names, out.data(), 1);
  benchmark::DoNotOptimize(io.out.data());
}

// The call paths on both models with the default tuning (1 thread), then the tunings on the
// full-size model with every core.
void call_paths(benchmark::internal::Benchmark* b) { b->Args({0, 0, 1})->Args({1, 0, 1}); }
void tunings(benchmark::internal::Benchmark* b) {
  for (int t = 0; t < 5; ++t) b->Args({1, t, 0});
  b->Args({1, 0, 1})->Args({1, 0, 2});
}

BENCHMARK(BM_Run)->Apply(call_paths)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RunInto)->Apply(call_paths)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BoundRun)->Apply(call_paths)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BareSessionRun)->Apply(call_paths)->Apply(tunings)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
