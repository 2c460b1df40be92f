// The measuring primitives (runtime/measure.h): reference models, MAC counting and per-op times from
// ORT profiles, timing helpers, the peak reference. No timing is asserted: figures are only checked to
// be present, positive and consistent with each other.
#include "runtime/measure.h"

#include <cmath>
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"
#include "model_fixtures.h"
#include "test_support.h"

namespace swapcam::runtime {
namespace {

namespace fs = std::filesystem;

using test::cpu_config;

fs::path write_file(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
  const fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::unique_ptr<Model> load(const fs::path& p) {
  ModelSpec spec;
  spec.path = p;
  return Model::load(spec, cpu_config());
}

TEST(Timing, MedianAndMinimumOfTheRuns) {
  Timing t;
  EXPECT_EQ(t.median_ms(), 0);
  EXPECT_EQ(t.min_ms(), 0);
  t.runs_ms = {5, 1, 3};
  EXPECT_EQ(t.median_ms(), 3);
  EXPECT_EQ(t.min_ms(), 1);
  t.runs_ms = {4, 1, 3, 10};
  EXPECT_EQ(t.median_ms(), 3.5);
  int calls = 0;
  const Timing r = time_runs(4, [&] { ++calls; });
  EXPECT_EQ(calls, 4);
  EXPECT_EQ(r.runs_ms.size(), 4u);
  EXPECT_EQ(time_runs(0, [&] { ++calls; }).runs_ms.size(), 1u) << "at least one run";
}

TEST(BenchReferenceModels, MatMulLoadsAndIsLinearInItsInput) {
  test::TempDir dir;
  auto m = load(write_file(dir, "mm.onnx", make_matmul_model(4, 8, 16)));
  ASSERT_EQ(m->inputs().size(), 1u);
  EXPECT_EQ(m->inputs()[0].shape, (std::vector<int64_t>{4, 8}));
  EXPECT_EQ(m->outputs()[0].shape, (std::vector<int64_t>{4, 16}));
  std::vector<float> a(32), a2(32);
  for (size_t i = 0; i < a.size(); ++i) a[i] = static_cast<float>(i % 5) - 2.f, a2[i] = 2.f * a[i];
  const TensorView v1{a.data(), {4, 8}}, v2{a2.data(), {4, 8}};
  const auto y1 = m->run(std::span(&v1, 1))[0].data, y2 = m->run(std::span(&v2, 1))[0].data;
  ASSERT_EQ(y1.size(), 64u);
  double norm = 0;
  for (size_t i = 0; i < y1.size(); ++i) {
    EXPECT_NEAR(y2[i], 2.f * y1[i], 1e-4f);
    norm += std::abs(y1[i]);
  }
  EXPECT_GT(norm, 0) << "the constant B is not all zeros";
}

TEST(BenchReferenceModels, ConvKeepsTheShapeAndHasNoBias) {
  test::TempDir dir;
  auto m = load(write_file(dir, "conv.onnx", make_conv3x3_model(8, 6)));
  EXPECT_EQ(m->outputs()[0].shape, (std::vector<int64_t>{1, 8, 6, 6}));
  std::vector<float> zeros(8 * 36, 0.f), ones(8 * 36, 1.f);
  const TensorView z{zeros.data(), {1, 8, 6, 6}}, o{ones.data(), {1, 8, 6, 6}};
  const auto zero_out = m->run(std::span(&z, 1));
  for (float v : zero_out[0].data) EXPECT_EQ(v, 0.f);
  const auto y = m->run(std::span(&o, 1))[0].data;
  // Padding 1: a corner sees 4 of the 9 taps, the centre all 9, so they differ for random weights.
  EXPECT_NE(y[0], y[2 * 6 + 2]);
}

TEST(MacsFromProfile, CountsConvGemmAndMatMulFromReportedShapes) {
  const std::string profile = R"([
    {"cat":"Session","name":"model_run","args":{}},
    {"cat":"Node","name":"c_fence_before","args":{"op_name":"Conv"}},
    {"cat":"Node","name":"c_kernel_time","args":{"op_name":"Conv",
      "input_type_shape":[{"float":[1,4,6,6]},{"float":[8,2,3,3]},{"float":[8]}],
      "output_type_shape":[{"float":[1,8,4,4]}]}},
    {"cat":"Node","name":"g_kernel_time","args":{"op_name":"Gemm",
      "input_type_shape":[{"float":[2,16]},{"float":[16,4]}],"output_type_shape":[{"float":[2,4]}]}},
    {"cat":"Node","name":"m_kernel_time","args":{"op_name":"MatMul",
      "input_type_shape":[{"float":[3,5,7]},{"float":[7,2]}],"output_type_shape":[{"float":[3,5,2]}]}},
    {"cat":"Node","name":"r_kernel_time","args":{"op_name":"Relu",
      "input_type_shape":[{"float":[1,8,4,4]}],"output_type_shape":[{"float":[1,8,4,4]}]}}
  ])";
  const auto c = macs_from_profile(profile);
  EXPECT_EQ(c.source, "ort-profile");
  EXPECT_EQ(c.counted_nodes, 3);
  EXPECT_DOUBLE_EQ(c.macs, 128.0 * 18 + 2 * 4 * 16 + 30 * 7);
  EXPECT_THROW(macs_from_profile("not json"), Error);
  EXPECT_THROW(macs_from_profile("{}"), Error);
}

TEST(OpTimesFromProfile, TakesTheLastRunOnlyAndGroupsByOperator) {
  const std::string profile = R"([
    {"cat":"Session","name":"model_run","ts":0,"dur":100},
    {"cat":"Node","name":"a_kernel_time","ts":10,"dur":50000,"args":{"op_name":"Conv",
      "input_type_shape":[{"float":[1,4,6,6]},{"float":[8,4,3,3]}],"output_type_shape":[{"float":[1,8,4,4]}]}},
    {"cat":"Session","name":"model_run","ts":1000,"dur":500},
    {"cat":"Node","name":"b_kernel_time","ts":1010,"dur":3000,"args":{"op_name":"Conv",
      "input_type_shape":[{"float":[1,4,6,6]},{"float":[8,4,3,3]}],"output_type_shape":[{"float":[1,8,4,4]}]}},
    {"cat":"Node","name":"c_kernel_time","ts":1100,"dur":1000,"args":{"op_name":"Conv",
      "input_type_shape":[{"float":[1,4,6,6]},{"float":[8,4,3,3]}],"output_type_shape":[{"float":[1,8,4,4]}]}},
    {"cat":"Node","name":"d_kernel_time","ts":1200,"dur":2000,"args":{"op_name":"Pad"}}
  ])";
  const auto ops = op_times_from_profile(profile);
  ASSERT_EQ(ops.size(), 2u);
  EXPECT_EQ(ops[0].op, "Conv");  // largest time first
  EXPECT_EQ(ops[0].nodes, 2);
  EXPECT_DOUBLE_EQ(ops[0].ms, 4.0);
  EXPECT_DOUBLE_EQ(ops[0].macs, 2 * 128.0 * 36);
  EXPECT_EQ(ops[1].op, "Pad");
  EXPECT_DOUBLE_EQ(ops[1].ms, 2.0);
  EXPECT_EQ(ops[1].macs, 0);
}

TEST(MeasureMacs, ProfilesGeneratedModelsExactly) {
  test::TempDir dir;
  const auto conv = measure_macs(write_file(dir, "conv.onnx", make_conv3x3_model(16, 8)));
  EXPECT_EQ(conv.source, "ort-profile") << conv.note;
  EXPECT_DOUBLE_EQ(conv.macs, 16.0 * 8 * 8 * 16 * 9);
  const auto mm = measure_macs(write_file(dir, "mm.onnx", make_matmul_model(4, 8, 16)));
  EXPECT_DOUBLE_EQ(mm.macs, 4.0 * 8 * 16);
}

TEST(MeasureMacs, DynamicShapesTakeTheGivenSizes) {
  // The generated recogniser has a dynamic batch and one Gemm: MACs scale with the batch given.
  const auto one = measure_macs(test::model("recognizer_arcface.onnx"), {{"input.1", {1, 3, 112, 112}}});
  const auto two = measure_macs(test::model("recognizer_arcface.onnx"), {{"input.1", {2, 3, 112, 112}}});
  EXPECT_EQ(one.source, "ort-profile") << one.note;
  EXPECT_GT(one.macs, 0);
  EXPECT_DOUBLE_EQ(two.macs, 2 * one.macs);
}

TEST(MeasureMacs, AModelWithoutConvOrGemmCostsZero) {
  const auto c = measure_macs(test::model("swapper_identity.onnx"));
  EXPECT_EQ(c.source, "ort-profile") << c.note;
  EXPECT_EQ(c.counted_nodes, 0);
  EXPECT_EQ(c.macs, 0);
}

TEST(MeasureMacs, AnUnreadableModelIsUnknownWithTheReasonNotAnException) {
  const auto c = measure_macs(test::model("not_a_model.onnx"));
  EXPECT_EQ(c.source, "unknown");
  EXPECT_EQ(c.macs, 0);
  EXPECT_FALSE(c.note.empty());
}

TEST(KnownMacs, RecognisesPublishedFilesByNameAndSizeOnly) {
  test::TempDir dir;
  const auto fake = write_file(dir, "inswapper_128.onnx", "not the real file");
  EXPECT_FALSE(known_macs(fake).has_value()) << "a file of another size is not the published export";
  EXPECT_FALSE(known_macs(dir / "missing.onnx").has_value());
}

TEST(MeasurePeak, ReferenceRunsThroughTheRuntime) {
  test::TempDir dir;
  const auto peak = measure_peak(cpu_config(), dir.path(), 1);
  ASSERT_EQ(peak.size(), 2u);
  EXPECT_DOUBLE_EQ(peak[0].macs, 2048.0 * 2048 * 2048);
  EXPECT_DOUBLE_EQ(peak[1].macs, 1024.0 * 32 * 32 * 1024 * 9);
  for (const auto& p : peak) EXPECT_GT(p.gflops(), 0) << p.name;
}

TEST(TakeProfile, ReadsAndRemovesTheFileOrSaysWhichOneIsMissing) {
  test::TempDir dir;
  const auto p = write_file(dir, "profile.json", "[]");
  EXPECT_EQ(take_profile(p), "[]");
  EXPECT_FALSE(fs::exists(p));
  try {
    take_profile(p);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("profile.json"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace swapcam::runtime
