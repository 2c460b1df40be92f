// The facade's model resolution: which files a run needs, where they come from, and how a missing
// one is reported (the CLI and the GUI both go through it).
#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"
#include "facade/models.h"
#include "facade/runtime.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

using models::Role;

void touch(const std::filesystem::path& p) { std::ofstream(p) << "x"; }

pipeline::SwapOptions options() {
  pipeline::SwapOptions o;
  o.sources = {"face.png"};
  return o;
}

std::string not_found(pipeline::SwapOptions o, const facade::ModelSource& src) {
  try {
    facade::resolve_models(o, src);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound) << e.what();
    return e.what();
  }
  return {};
}

TEST(FacadeModels, TheRegistrysFilesInTheModelsDirectory) {
  TempDir dir;
  facade::ModelSource src;
  src.models_dir = dir.path();
  for (const char* f : {"det_10g.onnx", "w600k_r50.onnx", "inswapper_128.onnx"}) touch(dir / f);
  auto o = options();
  facade::resolve_models(o, src);
  EXPECT_EQ(o.models.detector, dir / "det_10g.onnx");
  EXPECT_EQ(o.models.recognizer, dir / "w600k_r50.onnx");
  EXPECT_EQ(o.models.swapper, dir / "inswapper_128.onnx");
  EXPECT_TRUE(o.models.swapper_fp16.empty()) << "no fp16 export beside it";
  EXPECT_TRUE(o.models.landmarker.empty()) << "only the mouth mask needs landmarks";
  EXPECT_TRUE(o.models.enhancer.empty());

  touch(dir / "inswapper_128_fp16.onnx");
  touch(dir / "2d106det.onnx");
  touch(dir / "GPEN-BFR-256.onnx");
  o = options();
  o.mouth_mask = 0.25f;
  o.enhancer = "gpen256";  // an older name of gpen_bfr_256
  facade::resolve_models(o, src);
  EXPECT_EQ(o.models.swapper_fp16, dir / "inswapper_128_fp16.onnx");
  EXPECT_EQ(o.models.landmarker, dir / "2d106det.onnx");
  EXPECT_EQ(o.models.enhancer, dir / "GPEN-BFR-256.onnx");
}

TEST(FacadeModels, AMissingFileNamesItselfAndItsFetchCommand) {
  TempDir dir;
  facade::ModelSource src;
  src.models_dir = dir.path();
  touch(dir / "det_10g.onnx");
  touch(dir / "w600k_r50.onnx");
  const std::string why = not_found(options(), src);
  EXPECT_NE(why.find((dir / "inswapper_128.onnx").string()), std::string::npos) << why;
  EXPECT_NE(why.find("swapcam models fetch inswapper_128"), std::string::npos) << why;
}

TEST(FacadeModels, OverridesWinAndMustBeFiles) {
  TempDir dir;
  facade::ModelSource src;
  src.models_dir = dir / "empty";
  for (const char* f : {"d.onnx", "r.onnx", "s.onnx"}) touch(dir / f);
  src.overrides = {
      {Role::Detector, dir / "d.onnx"}, {Role::Recognizer, dir / "r.onnx"}, {Role::Swapper, dir / "s.onnx"}};
  auto o = options();
  facade::resolve_models(o, src);
  EXPECT_EQ(o.models.swapper, dir / "s.onnx");
  EXPECT_TRUE(o.models.swapper_fp16.empty()) << "an override swapper takes no fp16 file from elsewhere";
  src.overrides[Role::Swapper] = dir / "missing.onnx";
  EXPECT_NE(not_found(options(), src).find("missing.onnx' does not exist"), std::string::npos);
  src.overrides[Role::Swapper] = dir.path();  // a folder is named, not opened
  EXPECT_THROW(facade::resolve_models(o, src), Error);
}

TEST(FacadeModels, CombinationsAreUsageErrorsBeforeAnyFile) {
  facade::ModelSource src;
  src.models_dir = "/nonexistent-models";
  src.overrides[Role::Enhancer] = "/nonexistent/e.onnx";
  auto o = options();
  try {
    facade::resolve_models(o, src);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("--enhancer-model needs --enhancer"), std::string::npos) << e.what();
  }
  facade::ModelSource two;
  two.classifiers = {"a.onnx", "b.onnx", ""};
  o.nsfw_filter = true;
  try {
    facade::resolve_models(o, two);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("three times"), std::string::npos) << e.what();
  }
}

TEST(FacadeModels, MaskModelsOnlyWhenTheirMaskIsAsked) {
  TempDir dir;
  facade::ModelSource src;
  src.models_dir = dir.path();
  for (const char* f : {"det_10g.onnx", "w600k_r50.onnx", "inswapper_128.onnx", "2d106det.onnx", "xseg_1.onnx",
                        "xseg_2.onnx", "xseg_3.onnx", "bisenet_resnet_18.onnx", "bisenet_resnet_34.onnx"})
    touch(dir / f);
  auto o = options();
  facade::resolve_models(o, src);
  EXPECT_TRUE(o.models.occluders.empty());
  EXPECT_TRUE(o.models.parser.empty());
  EXPECT_TRUE(o.models.landmarker.empty());
  o.mask.types = process::kMaskBox | process::kMaskOcclusion | process::kMaskRegion;
  o.occluder = "xseg_2";
  o.parser = "bisenet_resnet_18";
  facade::resolve_models(o, src);
  EXPECT_EQ(o.models.occluders, std::vector<std::filesystem::path>{dir / "xseg_2.onnx"});
  EXPECT_EQ(o.models.parser, dir / "bisenet_resnet_18.onnx");
  o.occluder = "many";
  facade::resolve_models(o, src);
  EXPECT_EQ(o.models.occluders,
            (std::vector<std::filesystem::path>{dir / "xseg_1.onnx", dir / "xseg_2.onnx", dir / "xseg_3.onnx"}));
  // An override replaces the named model; with `many` it would be ambiguous.
  touch(dir / "mine.onnx");
  src.overrides[Role::Occluder] = dir / "mine.onnx";
  EXPECT_THROW(facade::resolve_models(o, src), Error);
  o.occluder = "xseg_3";
  facade::resolve_models(o, src);
  EXPECT_EQ(o.models.occluders, std::vector<std::filesystem::path>{dir / "mine.onnx"});
  // An override without its mask would do nothing: refused.
  o.mask.types = process::kMaskBox;
  try {
    facade::resolve_models(o, src);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("--occluder-model needs --mask-types with occlusion"), std::string::npos);
  }
}

TEST(FacadeRuntime, ProvidersThreadsPrecisionAndDevice) {
  const auto cfg =
      facade::make_runtime_config({.providers = "cuda,cpu", .threads = 3, .precision = "fp16", .device_id = 1});
  ASSERT_EQ(cfg.providers.size(), 2u);
  EXPECT_EQ(cfg.providers[0], runtime::Provider::Cuda);
  EXPECT_EQ(cfg.intra_op_threads, 3);
  EXPECT_EQ(cfg.precision, runtime::Precision::Fp16);
  EXPECT_EQ(cfg.options.cuda_device_id, 1);
  EXPECT_TRUE(facade::make_runtime_config({.providers = "auto"}).providers.empty());
  EXPECT_THROW(facade::make_runtime_config({.threads = facade::kMaxExecutionThreads + 1}), Error);
  EXPECT_THROW(facade::make_runtime_config({.providers = "rocm"}), Error);
  EXPECT_THROW(facade::make_runtime_config({.precision = "fp8"}), Error);
}

}  // namespace
}  // namespace swapcam::test
