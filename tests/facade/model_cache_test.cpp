// The facade's model cache: models and prepared sources kept while nothing they are made of changes,
// and made again as soon as something does (a setting the GUI preview used to miss, such as the pixel
// boost or the occluder, must reach the next preview).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <opencv2/core.hpp>

#include "core/error.h"
#include "facade/model_cache.h"
#include "media/image_io.h"
#include "facade_kit.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

pipeline::SwapOptions options() { return cpu_swap_options(); }

TEST(FacadeModelCache, ModelsAreKeptWhileNothingTheyAreMadeOfChanges) {
  SWAPCAM_REQUIRE_TESTDATA();
  facade::ModelCache cache;
  auto o = options();
  const auto first = cache.models(o);
  // Settings applied per frame, not by the models: the same models.
  o.opacity = 0.5f;
  o.color_match = true;
  o.many_faces = true;
  o.mask.blur = 0.7f;
  EXPECT_EQ(cache.models(o), first);
  EXPECT_EQ(cache.model_loads(), 1);

  // Each of these is made into the models: new ones every time.
  int loads = 1;
  auto changed = [&](const char* what, auto&& change) {
    auto c = options();
    change(c);
    const auto m = cache.models(c);
    EXPECT_NE(m, first) << what;
    EXPECT_EQ(cache.model_loads(), ++loads) << what;
    cache.models(options());  // back to the first settings: made again too
    ++loads;
  };
  changed("pixel boost", [](auto& c) { c.pixel_boost = 256; });
  changed("swapper weight", [](auto& c) { c.swapper_weight = 0.8f; });
  changed("swapper file", [](auto& c) { c.models.swapper = model("swapper_tint.onnx"); });
  changed("threads", [](auto& c) { c.runtime.intra_op_threads = 2; });
  changed("precision", [](auto& c) { c.runtime.precision = runtime::Precision::Fp32; });
  changed("a provider option", [](auto& c) { c.runtime.options.cuda_device_id = 1; });
  changed("session tuning", [](auto& c) { c.runtime.tuning.allow_spinning = false; });
  changed("detector size", [](auto& c) { c.det_width = c.det_height = 320; });
  changed("occlusion mask", [](auto& c) {
    c.mask.types |= process::kMaskOcclusion;
    c.models.occluders = {model("occluder_lower_half.onnx")};
  });
}

TEST(FacadeModelCache, SourcesArePreparedOnceUntilAFileChanges) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const fs::path source = dir / "source.png";
  fs::copy_file(astronaut(), source);
  facade::ModelCache cache;
  auto o = options();
  o.sources = {source};
  const auto first_latents = cache.sources(o).latents;
  ASSERT_FALSE(first_latents.empty());
  cache.sources(o);
  o.opacity = 0.3f;
  cache.sources(o);
  EXPECT_EQ(cache.source_preparations(), 1);

  // The same name, other content (and a later time): prepared again.
  const cv::Mat flipped = [&] {
    cv::Mat m = media::read_image(source), f;
    cv::flip(m, f, 1);
    return f;
  }();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  media::write_image(flipped, source);
  cache.sources(o);
  EXPECT_EQ(cache.source_preparations(), 2);

  // New models forget the sources prepared on the old ones.
  o.pixel_boost = 256;
  cache.sources(o);
  EXPECT_EQ(cache.source_preparations(), 3);
  cache.clear();
  cache.sources(o);
  EXPECT_EQ(cache.model_loads(), 3);
  EXPECT_EQ(cache.source_preparations(), 4);
}

TEST(FacadeModelCache, AFailedLoadLeavesTheCacheEmpty) {
  SWAPCAM_REQUIRE_TESTDATA();
  facade::ModelCache cache;
  auto o = options();
  cache.models(o);
  o.models.detector.clear();
  EXPECT_THROW(cache.models(o), Error);
  EXPECT_EQ(cache.model_loads(), 1);
  // The next good request loads again rather than handing out the old models for other inputs.
  const auto again = cache.models(options());
  EXPECT_NE(again, nullptr);
  EXPECT_EQ(cache.model_loads(), 2);
}

TEST(FacadeModelCache, ModelsInUseNameWhatHasLoadedAndWhere) {
  SWAPCAM_REQUIRE_TESTDATA();
  facade::ModelCache cache;
  const auto o = options();
  const auto models = cache.models(o);
  EXPECT_TRUE(facade::models_in_use(*models).empty()) << "models load on first use";
  cache.sources(o);  // runs the detector on the source photo
  const auto in_use = facade::models_in_use(*models);
  ASSERT_FALSE(in_use.empty());
  EXPECT_EQ(in_use[0].role, "detector");
  EXPECT_EQ(in_use[0].provider, runtime::Provider::Cpu);
  EXPECT_EQ(in_use[0].precision, runtime::Precision::Fp32);
}

}  // namespace
}  // namespace swapcam::test
