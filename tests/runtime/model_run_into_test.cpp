// Model::run_into, BoundRun (IO binding) and session tuning: every path must give the results of
// Model::run. Performance is measured by `swapcam bench` and bench/bench_runtime.cpp, not here.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "core/error.h"
#include "log_capture.h"
#include "model_fixtures.h"
#include "runtime/model.h"
#include "test_support.h"

namespace swapcam::runtime {
namespace {

using test::cpu_config;
using test::swapper_spec;

constexpr size_t kImage = 3 * 128 * 128;

struct SwapperIo {
  std::vector<float> target = std::vector<float>(kImage), source = std::vector<float>(512, 0.01f);
  std::vector<TensorView> views(const Model& m) {
    std::vector<TensorView> v(2);
    v[m.input_index("target")] = {target.data(), {1, 3, 128, 128}};
    v[m.input_index("source")] = {source.data(), {1, 512}};
    return v;
  }
};

void fill(std::vector<float>& v, int seed) {
  for (size_t i = 0; i < v.size(); ++i) v[i] = static_cast<float>((i * 7 + seed) % 251) / 250.f;
}

// The tint model: out = clip(target * 0.5 + [0.5, 0, 0.5] per channel, 0, 1).
float tint(float x, size_t index) {
  const float add = (index / (128 * 128)) == 1 ? 0.f : 0.5f;
  return std::clamp(x * 0.5f + add, 0.f, 1.f);
}

TEST(ModelRunInto, WritesTheSameValuesAsRunIntoCallerBuffers) {
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cpu_config());
  SwapperIo io;
  fill(io.target, 3);
  const auto expected = m->run(io.views(*m));
  std::vector<float> out(kImage, -1.f);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  m->run_into(io.views(*m), std::span(&ov, 1));
  ASSERT_EQ(expected[0].data.size(), out.size());
  EXPECT_EQ(expected[0].data, out);
  for (size_t i : {size_t{0}, kImage / 2, kImage - 1}) EXPECT_FLOAT_EQ(out[i], tint(io.target[i], i));
}

TEST(ModelRunInto, ConvertsHalfPrecisionOutputsIntoFloatBuffers) {
  auto m = Model::load(swapper_spec("swapper_identity_fp16io.onnx"), cpu_config());
  ASSERT_EQ(m->outputs()[0].type, ElementType::Float16);
  SwapperIo io;
  fill(io.target, 5);
  std::vector<float> out(kImage, -1.f);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  m->run_into(io.views(*m), std::span(&ov, 1));
  for (size_t i = 0; i < kImage; i += 997) EXPECT_NEAR(out[i], io.target[i], 1e-3f) << i;  // half precision
}

TEST(ModelRunInto, RefusesWrongBufferCountsAndShapes) {
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cpu_config());
  SwapperIo io;
  std::vector<float> out(kImage);
  const OutputView wrong{out.data(), {1, 3, 64, 64}};
  try {
    m->run_into(io.views(*m), std::span(&wrong, 1));
    FAIL() << "a 64x64 buffer for a 128x128 output was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidData);
    EXPECT_NE(std::string(e.what()).find("[1,3,64,64]"), std::string::npos) << e.what();
  }
  EXPECT_THROW(m->run_into(io.views(*m), {}), Error);
}

TEST(BoundRun, RereadsTheBoundInputBuffersOnEveryRun) {
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cpu_config());
  SwapperIo io;
  std::vector<float> out(kImage, -1.f);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  auto views = io.views(*m);
  BoundRun bound(*m, views, std::span(&ov, 1));
  EXPECT_FALSE(bound.outputs_on_device());
  for (int round = 0; round < 2; ++round) {
    fill(io.target, 11 + round);  // new contents, same addresses
    bound.run();
    const auto expected = m->run(io.views(*m));
    EXPECT_EQ(expected[0].data, out) << "round " << round;
  }
  EXPECT_EQ(bound.runs(), 2);
}

TEST(BoundRun, DeviceOutputsOnTheCpuProviderStayInTheCallerBuffers) {
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cpu_config());
  SwapperIo io;
  fill(io.target, 2);
  std::vector<float> out(kImage, -1.f);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  BoundRun bound(*m, io.views(*m), std::span(&ov, 1), OutputMemory::Device);
  EXPECT_FALSE(bound.outputs_on_device()) << "the CPU provider has no device memory";
  bound.run();
  bound.copy_outputs_to_host();  // a no-op here
  EXPECT_EQ(m->run(io.views(*m))[0].data, out);
}

TEST(BoundRun, CudaGraphTuningOnTheCpuProviderUsesTheSharedSessionAndGivesRunsResults) {
  // Graphs are CUDA/TensorRT only: here no session of its own, host buffers, the results of run().
  RuntimeConfig cfg = cpu_config();
  cfg.tuning.cuda_graph = true;
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cfg);
  SwapperIo io;
  std::vector<float> out(kImage, -1.f);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  for (OutputMemory memory : {OutputMemory::Host, OutputMemory::Device}) {
    BoundRun bound(*m, io.views(*m), std::span(&ov, 1), memory);
    EXPECT_FALSE(bound.own_session());
    EXPECT_FALSE(bound.outputs_on_device());
    for (int round = 0; round < 2; ++round) {
      fill(io.target, 21 + round);
      bound.run();
      bound.copy_outputs_to_host();
      EXPECT_EQ(m->run(io.views(*m))[0].data, out) << "round " << round;
    }
  }
}

TEST(BoundRun, RefusesHalfPrecisionIoAndWrongShapes) {
  auto half = Model::load(swapper_spec("swapper_identity_fp16io.onnx"), cpu_config());
  SwapperIo io;
  std::vector<float> out(kImage);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  EXPECT_THROW(BoundRun(*half, io.views(*half), std::span(&ov, 1)), Error);
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cpu_config());
  const OutputView wrong{out.data(), {1, 3, 128, 64}};
  EXPECT_THROW(BoundRun(*m, io.views(*m), std::span(&wrong, 1)), Error);
}

TEST(SessionTuning, EveryOptionGivesTheSameResults) {
  SwapperIo io;
  fill(io.target, 7);
  auto base = Model::load(swapper_spec("swapper_tint.onnx"), cpu_config());
  const auto expected = base->run(io.views(*base));
  for (int variant = 0; variant < 5; ++variant) {
    RuntimeConfig cfg = cpu_config();
    auto& t = cfg.tuning;
    if (variant == 0) t.graph_optimization = GraphOptimization::Disabled;
    if (variant == 1) t.graph_optimization = GraphOptimization::Basic;
    if (variant == 2) t.cpu_memory_arena = false;
    if (variant == 3) t.memory_pattern = false, t.allow_spinning = false;
    if (variant == 4) t.inter_op_threads = 1, cfg.intra_op_threads = 2;
    auto m = Model::load(swapper_spec("swapper_tint.onnx"), cfg);
    EXPECT_EQ(m->config().tuning.graph_optimization, t.graph_optimization);
    EXPECT_EQ(m->run(io.views(*m))[0].data, expected[0].data) << "variant " << variant;
  }
}

TEST(SessionTuning, OptimizedGraphIsSavedOnceAndReused) {
  test::TempDir cache;
  RuntimeConfig cfg = cpu_config();
  cfg.tuning.optimized_model_cache = cache.path() / "opt";
  SwapperIo io;
  fill(io.target, 9);
  auto first = Model::load(swapper_spec("swapper_tint.onnx"), cfg);
  EXPECT_EQ(first->loaded_file(), test::model("swapper_tint.onnx"));
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(cache.path() / "opt")) files.push_back(e.path());
  ASSERT_EQ(files.size(), 1u);
  EXPECT_NE(files[0].filename().string().find("swapper_tint.cpu.all."), std::string::npos) << files[0];
  EXPECT_EQ(files[0].extension(), ".onnx") << "no .partial file left behind";

  auto second = Model::load(swapper_spec("swapper_tint.onnx"), cfg);
  EXPECT_EQ(second->loaded_file(), files[0]);
  EXPECT_EQ(second->path(), test::model("swapper_tint.onnx")) << "path() stays the source (the emap lives there)";
  EXPECT_EQ(second->run(io.views(*second))[0].data, first->run(io.views(*first))[0].data);
}

TEST(SessionTuning, CudaGraphsOnTheCpuProviderAreAnnouncedAndIgnored) {
  test::LogCapture log;
  RuntimeConfig cfg = cpu_config();
  cfg.tuning.cuda_graph = true;
  auto m = Model::load(swapper_spec("swapper_tint.onnx"), cfg);
  EXPECT_NE(log.text().find("CUDA graphs need the cuda or tensorrt provider"), std::string::npos) << log.text();
  SwapperIo io;
  std::vector<float> out(kImage);
  const OutputView ov{out.data(), {1, 3, 128, 128}};
  BoundRun bound(*m, io.views(*m), std::span(&ov, 1));
  bound.run();
  EXPECT_EQ(bound.runs(), 1);
}

TEST(SessionTuning, GraphOptimizationNamesRoundTrip) {
  for (auto g :
       {GraphOptimization::Disabled, GraphOptimization::Basic, GraphOptimization::Extended, GraphOptimization::All})
    EXPECT_EQ(parse_graph_optimization(graph_optimization_name(g)), g);
  try {
    parse_graph_optimization("max");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
  }
}

}  // namespace
}  // namespace swapcam::runtime
