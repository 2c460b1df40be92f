// The stage bench (src/bench), its report (apps/cli/bench_report.h, the product.md JSON contract)
// and the generated benchmark models. No timing is asserted: figures are only checked to be present,
// positive and consistent with each other. The measuring primitives: tests/runtime/measure_test.cpp.
#include "bench/stage_bench.h"

#include <cmath>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "apps/cli/bench_report.h"
#include "bench/equivalent_models.h"
#include "core/error.h"
#include "media/image_io.h"
#include "process/occluder.h"
#include "test_support.h"

namespace swapcam::bench {
namespace {

namespace fs = std::filesystem;

runtime::RuntimeConfig cpu_config() {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.intra_op_threads = 1;
  return cfg;
}

std::unique_ptr<runtime::Model> load(const fs::path& p) {
  runtime::ModelSpec spec;
  spec.path = p;
  return runtime::Model::load(spec, cpu_config());
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
  for (const char* s :
       {"decode", "detect", "detect_inference", "align", "embed", "swap", "swap_inference", "paste_back", "encode"}) {
    ASSERT_TRUE(r.stages.count(s)) << s;
    EXPECT_EQ(r.stages.at(s).runs_ms.size(), 2u) << s;
    const auto& runs = r.stages.at(s).runs_ms;
    EXPECT_GT(runs[0], 0) << s;  // every stage does real work: a zero is a timer that never ran
    EXPECT_GT(runs[1], 0) << s;
    EXPECT_DOUBLE_EQ(r.stages.at(s).median_ms(), 0.5 * (runs[0] + runs[1])) << s;
    EXPECT_DOUBLE_EQ(r.stage_ms(s), r.stages.at(s).median_ms()) << s;
  }
  EXPECT_FALSE(r.stages.count("enhance")) << "no enhancer configured";
  EXPECT_FALSE(r.comparison.has_value());
  const auto j = cli::bench_to_json(r);
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
  EXPECT_NE(cli::bench_to_text(r).find("swap per face"), std::string::npos);
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
  EXPECT_TRUE(cli::bench_to_json(r)["swap"]["ops"].is_array());
  EXPECT_EQ(r.face_source, "detected");
  EXPECT_EQ(r.faces_detected, 1);
  EXPECT_EQ(r.frame_width, 1280);
}

// A compared swapper that gives NaN has no PSNR (it read as "inf", identical, because NaN > 0 is false).
TEST(RunBench, ACompareSwapperGivingNanHasNoPsnr) {
  test::TempDir dir;
  auto o = small_bench(dir);
  o.iterations = 1;
  o.measure_macs = false;
  o.compare_swapper = test::model("swapper_nan_fp16.onnx");
  const auto r = run_bench(o);
  ASSERT_TRUE(r.comparison.has_value());
  EXPECT_GT(r.comparison->non_finite, 0);
  EXPECT_TRUE(std::isnan(r.comparison->psnr_db));
  const auto j = cli::bench_to_json(r);
  EXPECT_TRUE(j["compare"]["psnr_db"].is_null()) << j["compare"].dump();
  EXPECT_GT(j["compare"]["non_finite"].get<int64_t>(), 0);
  EXPECT_NE(cli::bench_to_text(r).find("NaN or infinite"), std::string::npos);
}

// The quality rows: a face through each other swapper kind (their contract models from tools/), a
// pixel boost and both mask models, in the same rounds as the bare run; each reported as a positive
// ratio to it, in the JSON and the text. No timing is asserted beyond "positive".
TEST(RunBench, QualityRowsReportEachSwapperBoostAndMaskAsRatios) {
  test::TempDir dir;
  auto o = small_bench(dir);
  o.measure_macs = false;
  o.boost_sizes = {256};
  o.swapper_rows = {{"hyperswap_1a_256", test::model("swapper_signed_256.onnx"), {}},
                    {"simswap_256", test::model("swapper_imagenet_256.onnx"), test::model("converter_x3.onnx")},
                    {"simswap_unofficial_512", test::model("swapper_unit_512.onnx"), test::model("converter_x3.onnx")},
                    {"ghost_2_256", test::model("swapper_signed_256.onnx"), test::model("converter_x3.onnx")}};
  o.occluders = {test::model("occluder_lower_half.onnx")};
  o.parser = test::model("parser_halves.onnx");
  const auto r = run_bench(o);
  const std::vector<std::string> rows{
      "swapper_ghost_2_256", "swapper_hyperswap_1a_256", "swapper_simswap_256", "swapper_simswap_unofficial_512",
      "swap_boost_256",      "mask_occlusion",           "mask_region"};
  EXPECT_EQ(r.row_stages(), rows) << "swappers, then boosts, then masks (each by name)";
  const auto j = cli::bench_to_json(r);
  const std::string text = cli::bench_to_text(r);
  for (const auto& row : rows) {
    ASSERT_TRUE(r.stages.count(row)) << row;
    EXPECT_EQ(r.stages.at(row).runs_ms.size(), 2u) << row << ": one run per round, as the bare run";
    const auto& a = r.stages.at(row).runs_ms;
    const auto& b = r.stages.at("swap_inference").runs_ms;
    EXPECT_GT(r.ratio_to_bare_run(row), 0) << row;
    EXPECT_NEAR(r.ratio_to_bare_run(row), 0.5 * (a[0] / b[0] + a[1] / b[1]), 1e-9) << row << ": paired ratios";
    ASSERT_TRUE(j.contains(row)) << row;
    EXPECT_GT(j[row]["ratio_to_bare_run"].get<double>(), 0) << row;
    EXPECT_GT(j[row]["ms"].get<double>(), 0) << row;
    EXPECT_NE(text.find(row), std::string::npos) << row;
  }
  EXPECT_EQ(r.ratio_to_bare_run("no_such_row"), 0);
}

TEST(RunBench, QualityRowNeedingAConverterWithoutOneIsRefused) {
  test::TempDir dir;
  auto o = small_bench(dir);
  o.measure_macs = false;
  o.swapper_rows = {{"simswap_256", test::model("swapper_imagenet_256.onnx"), {}}};
  EXPECT_THROW(run_bench(o), Error);
}

// The XSeg equivalent (the smallest quality model) has the occluder contract: NHWC 256 in, one mask out,
// accepted by the occluder and giving a mask in [0,1] at the crop's size.
TEST(EquivalentModels, XsegHasTheOccluderInterface) {
  if (!can_write_equivalent_models()) GTEST_SKIP() << "built without libonnx";
  test::TempDir dir;
  const auto file = dir / "xseg_equivalent.onnx";
  const auto info = write_equivalent_model(EquivalentModel::Xseg, file);
  EXPECT_GT(info.parameters, 1'000'000u);
  auto m = load(file);
  ASSERT_EQ(m->inputs().size(), 1u);
  EXPECT_EQ(m->inputs()[0].name, "input");
  EXPECT_EQ(m->inputs()[0].shape, (std::vector<int64_t>{1, 256, 256, 3}));
  ASSERT_EQ(m->outputs().size(), 1u);
  EXPECT_EQ(m->outputs()[0].shape, (std::vector<int64_t>{1, 256, 256, 1}));
  const process::Occluder occluder({file}, cpu_config());
  const cv::Mat mask = occluder.mask(cv::Mat(128, 128, CV_8UC3, cv::Scalar(90, 120, 160)));
  ASSERT_EQ(mask.size(), cv::Size(128, 128));
  double lo = 0, hi = 0;
  cv::minMaxLoc(mask, &lo, &hi);
  EXPECT_GE(lo, 0.0);
  EXPECT_LE(hi, 1.0);
}

// The generated SCRFD-10G equivalent (the smallest of the three, ~17 MB) loads with det_10g's I/O:
// one dynamic-size input, nine outputs named and ordered as the real export's, and a few GMACs.
TEST(EquivalentModels, Scrfd10gHasTheRealDetectorsInterfaceAndCost) {
  if (!can_write_equivalent_models()) GTEST_SKIP() << "built without libonnx";
  test::TempDir dir;
  const auto file = dir / "scrfd_10g_equivalent.onnx";
  const auto info = write_equivalent_model(EquivalentModel::Scrfd10g, file);
  EXPECT_EQ(info.bytes, fs::file_size(file));
  EXPECT_GT(info.parameters, 3'000'000u);
  EXPECT_GT(info.bytes, info.parameters * 4) << "weights are stored as float32";
  for (const auto& e : fs::directory_iterator(dir.path())) EXPECT_EQ(e.path(), file) << "no temporary file left";
  auto m = load(file);
  ASSERT_EQ(m->inputs().size(), 1u);
  EXPECT_EQ(m->inputs()[0].name, "input.1");
  EXPECT_EQ(m->inputs()[0].shape, (std::vector<int64_t>{1, 3, -1, -1}));
  const char* names[] = {"448", "471", "494", "451", "474", "497", "454", "477", "500"};
  ASSERT_EQ(m->outputs().size(), 9u);
  for (size_t i = 0; i < 9; ++i) EXPECT_EQ(m->outputs()[i].name, names[i]);
  const auto cost = runtime::measure_macs(file, {{"input.1", {1, 3, 640, 640}}});
  EXPECT_EQ(cost.source, "ort-profile") << cost.note;
  EXPECT_GT(cost.macs, 5e9);  // SCRFD-10G: about 10 GMACs at 640x640
  EXPECT_LT(cost.macs, 20e9);
}

TEST(BenchCli, JsonOnGeneratedModels) {
  const std::string cmd = "(" + test::cli_path().string() +
                          " bench --json --no-peak --iterations 1 --execution-threads 1" + " --detector-model " +
                          test::model("det_scrfd_nobatch.onnx").string() + " --recognizer-model " +
                          test::model("recognizer_arcface.onnx").string() + " --swapper-model " +
                          test::model("swapper_tint.onnx").string() + " 2>/dev/null)";
  const auto r = test::run_command(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto j = nlohmann::json::parse(r.output);
  EXPECT_TRUE(j["swap"]["overhead_ratio"].is_number());
  EXPECT_TRUE(j["decode"]["ms"].is_number());
}

TEST(BenchCli, MissingModelNamesTheFileAndTheWayOut) {
  test::TempDir empty;
  const auto r =
      test::run_command(test::cli_path().string() + " bench --no-peak --models-dir " + empty.path().string());
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("det_10g.onnx"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("--generate-models"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace swapcam::bench
