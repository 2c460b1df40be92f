// The bench library: reference models, MAC counting from ORT profiles, the stage bench and its
// JSON contract (product.md). No timing is asserted: figures are only checked to be present,
// positive and consistent with each other.
#include "pipeline/bench.h"

#include <cmath>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/image_io.h"
#include "test_support.h"

namespace swapcam::pipeline {
namespace {

namespace fs = std::filesystem;

runtime::RuntimeConfig cpu_config() {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.intra_op_threads = 1;
  return cfg;
}

fs::path write_file(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
  const fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::unique_ptr<runtime::Model> load(const fs::path& p) {
  runtime::ModelSpec spec;
  spec.path = p;
  return runtime::Model::load(spec, cpu_config());
}

TEST(BenchReferenceModels, MatMulLoadsAndIsLinearInItsInput) {
  test::TempDir dir;
  auto m = load(write_file(dir, "mm.onnx", make_matmul_model(4, 8, 16)));
  ASSERT_EQ(m->inputs().size(), 1u);
  EXPECT_EQ(m->inputs()[0].shape, (std::vector<int64_t>{4, 8}));
  EXPECT_EQ(m->outputs()[0].shape, (std::vector<int64_t>{4, 16}));
  std::vector<float> a(32), a2(32);
  for (size_t i = 0; i < a.size(); ++i) a[i] = static_cast<float>(i % 5) - 2.f, a2[i] = 2.f * a[i];
  const runtime::TensorView v1{a.data(), {4, 8}}, v2{a2.data(), {4, 8}};
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
  const runtime::TensorView z{zeros.data(), {1, 8, 6, 6}}, o{ones.data(), {1, 8, 6, 6}};
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

BenchOptions small_bench(const test::TempDir& dir) {
  BenchOptions o;
  o.swap.models.detector = test::model("det_scrfd_nobatch.onnx");
  o.swap.models.recognizer = test::model("recognizer_arcface.onnx");
  o.swap.models.swapper = test::model("swapper_identity.onnx");
  o.swap.runtime = cpu_config();
  o.work_dir = dir.path();
  o.iterations = 2;
  o.measure_peak = false;
  return o;
}

TEST(RunBench, ReportsEveryStageAndTheProductJsonFields) {
  test::TempDir dir;
  const auto r = run_bench(small_bench(dir));
  EXPECT_EQ(r.frame_width, 1920);
  EXPECT_EQ(r.frame_height, 1080);
  EXPECT_EQ(r.face_source.rfind("fixed", 0), 0u) << "the synthetic frame has no face: " << r.face_source;
  for (const char* s : {"decode", "detect", "detect_inference", "align", "embed", "swap", "swap_inference", "paste_back", "encode"}) {
    ASSERT_TRUE(r.stages.count(s)) << s;
    EXPECT_EQ(r.stages.at(s).runs_ms.size(), 2u) << s;
    EXPECT_GE(r.stages.at(s).median_ms(), 0) << s;
  }
  EXPECT_FALSE(r.stages.count("enhance")) << "no enhancer configured";
  EXPECT_FALSE(r.comparison.has_value());
  const auto j = bench_to_json(r);
  for (const char* s : {"decode", "detect", "align", "embed", "swap", "paste_back", "encode"}) {
    ASSERT_TRUE(j.contains(s)) << s;
    EXPECT_TRUE(j[s]["ms"].is_number()) << s;
  }
  EXPECT_TRUE(j["swap"]["per_face_ms"].is_number());
  EXPECT_GT(j["swap"]["inference_ms"].get<double>(), 0);
  // The paired ratio lies between the extremes of the per-round ratios.
  const auto& a = r.stages.at("swap").runs_ms;
  const auto& b = r.stages.at("swap_inference").runs_ms;
  const double r0 = a[0] / b[0] - 1, r1 = a[1] / b[1] - 1;
  EXPECT_GE(r.swap_overhead_ratio(), std::min(r0, r1) - 1e-12);
  EXPECT_LE(r.swap_overhead_ratio(), std::max(r0, r1) + 1e-12);
  EXPECT_NEAR(r.frame_ms(), r.frame_inference_ms() + r.frame_overhead_ms(), 1e-9);
  EXPECT_NEAR(j["swap"]["overhead_ratio"].get<double>(), r.swap_overhead_ratio(), 1e-3);
  EXPECT_EQ(j["frame"]["faces_swapped"], 1);
  // MACs of the generated models come from the profile (the identity swapper has no Conv: 0).
  ASSERT_EQ(j["models"].size(), 3u);
  for (const auto& m : j["models"]) EXPECT_EQ(m["macs_source"], "ort-profile") << m.dump();
  EXPECT_NE(bench_to_text(r).find("swap per face"), std::string::npos);
}

TEST(RunBench, UsesTheDetectedFaceWhenThereIsOne) {
  test::TempDir dir;
  // The generated detector fires on a white 80 px square on black (tools/README.md); letterboxing
  // 1280x640 to 640 halves it, so a 160 px square in the frame.
  cv::Mat frame(640, 1280, CV_8UC3, cv::Scalar::all(0));
  cv::rectangle(frame, cv::Rect(560, 240, 160, 160), cv::Scalar::all(255), cv::FILLED);
  const fs::path file = dir / "square.png";
  media::write_image(frame, file);
  auto o = small_bench(dir);
  o.frame = file;
  o.iterations = 1;
  o.measure_macs = false;
  o.profile_ops = true;
  o.swap.models.swapper = test::model("swapper_tint.onnx");
  o.compare_swapper = test::model("swapper_identity.onnx");
  const auto r = run_bench(o);
  ASSERT_TRUE(r.comparison.has_value());
  // tint = clip(0.5 x + [0.5, 0, 0.5]) against identity: a large, finite difference.
  EXPECT_TRUE(std::isfinite(r.comparison->psnr_db));
  EXPECT_LT(r.comparison->psnr_db, 20.0);
  EXPECT_GT(r.comparison->psnr_db, 0.0);
  EXPECT_FALSE(r.swap_ops.empty()) << "the profiled swapper run has operators";
  EXPECT_TRUE(bench_to_json(r)["swap"]["ops"].is_array());
  EXPECT_EQ(r.face_source, "detected");
  EXPECT_EQ(r.faces_detected, 1);
  EXPECT_EQ(r.frame_width, 1280);
}

TEST(RunBench, PeakReferenceRunsThroughTheRuntime) {
  test::TempDir dir;
  const auto peak = measure_peak(cpu_config(), dir.path(), 1);
  ASSERT_EQ(peak.size(), 2u);
  EXPECT_DOUBLE_EQ(peak[0].macs, 2048.0 * 2048 * 2048);
  EXPECT_DOUBLE_EQ(peak[1].macs, 1024.0 * 32 * 32 * 1024 * 9);
  for (const auto& p : peak) EXPECT_GT(p.gflops(), 0) << p.name;
}

TEST(BenchCli, JsonOnGeneratedModels) {
  const std::string cmd = "(" + test::cli_path().string() + " bench --json --no-peak --iterations 1 --execution-threads 1" +
                          " --detector-model " + test::model("det_scrfd_nobatch.onnx").string() +
                          " --recognizer-model " + test::model("recognizer_arcface.onnx").string() +
                          " --swapper-model " + test::model("swapper_tint.onnx").string() + " 2>/dev/null)";
  const auto r = test::run_command(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto j = nlohmann::json::parse(r.output);
  EXPECT_TRUE(j["swap"]["overhead_ratio"].is_number());
  EXPECT_TRUE(j["decode"]["ms"].is_number());
}

TEST(BenchCli, MissingModelNamesTheFileAndTheWayOut) {
  test::TempDir empty;
  const auto r = test::run_command(test::cli_path().string() + " bench --no-peak --models-dir " + empty.path().string());
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("det_10g.onnx"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("--generate-models"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace swapcam::pipeline
