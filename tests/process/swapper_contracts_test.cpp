// The swapper contracts beyond inswapper (docs/MODELS.md, "Swappers"), pixel boost and the enhancers'
// extra inputs, on the pointwise models of tools/testmodels/quality.py: each round trip is exact only
// when swapcam crops, normalises and feeds the identity as the descriptor says.
#include <cmath>
#include <random>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/geometry.h"
#include "models/registry.h"
#include "process/enhancer.h"
#include "process/pixel_boost.h"
#include "process/swapper.h"
#include "runtime/model.h"
#include "test_support.h"

namespace swapcam::process {
namespace {

using models::Role;
using test::model;

const models::ModelDescriptor& swapper_named(const char* name) {
  return models::require_descriptor(Role::Swapper, name);
}

runtime::RuntimeConfig cpu() {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.intra_op_threads = 1;
  cfg.warmup = false;
  return cfg;
}

runtime::ModelSpec spec(const std::string& file) {
  runtime::ModelSpec s;
  s.path = model(file);
  return s;
}

cv::Mat textured(int w, int h, int seed) {
  cv::Mat small(h / 8 + 2, w / 8 + 2, CV_8UC3), img;
  cv::RNG rng(seed);
  rng.fill(small, cv::RNG::UNIFORM, 20, 235);
  cv::resize(small, img, cv::Size(w, h), 0, 0, cv::INTER_CUBIC);
  return img;
}

// A face whose five points are arcface_128 at 128 scaled by `scale` about `centre`.
Landmarks5 face_at(cv::Point2f centre, float scale) {
  Landmarks5 t = arcface128_template(128), out;
  for (int i = 0; i < 5; ++i) out[i] = centre + (t[i] - cv::Point2f(64, 64)) * scale;
  return out;
}

std::vector<float> random_unit(int seed) {
  std::mt19937 g(seed);
  std::normal_distribution<float> n;
  std::vector<float> v(512);
  double s = 0;
  for (auto& x : v) x = n(g), s += static_cast<double>(x) * x;
  for (auto& x : v) x = static_cast<float>(x / std::sqrt(s));
  return v;
}

double length(std::span<const float> v) {
  double s = 0;
  for (float x : v) s += static_cast<double>(x) * x;
  return std::sqrt(s);
}

TEST(PixelBoost, TilesInterleaveThePixelsAndWeaveBackExactly) {
  const cv::Mat crop = textured(512, 512, 3);
  const auto tiles = split_boost_tiles(crop, 4);
  ASSERT_EQ(tiles.size(), 16u);
  for (const auto& t : tiles) EXPECT_EQ(t.size(), cv::Size(128, 128));
  // Tile (i, j) = (1, 2) holds the crop's pixel (y*4 + 1, x*4 + 2).
  EXPECT_EQ(tiles[1 * 4 + 2].at<cv::Vec3b>(10, 20), crop.at<cv::Vec3b>(10 * 4 + 1, 20 * 4 + 2));
  EXPECT_EQ(cv::norm(merge_boost_tiles(tiles, 4), crop, cv::NORM_INF), 0);
  EXPECT_THROW(split_boost_tiles(textured(500, 500, 1), 3), Error);  // 500 is not a multiple of 3
}

TEST(SwapperTemplates, Arcface128KeepsItsProportionsAtEveryBoostSize) {
  const auto a = arcface128_template(128), b = arcface128_template(896);  // 896 is also a multiple of 112
  for (int i = 0; i < 5; ++i) {
    EXPECT_NEAR(a[i].x / 128.f, b[i].x / 896.f, 1e-5);
    EXPECT_NEAR(a[i].y / 128.f, b[i].y / 896.f, 1e-5);
  }
  const auto v1 = arcface112_v1_template(256);
  EXPECT_NEAR(v1[2].x, 128.f, 1e-3);  // the nose is centred in arcface_112_v1
  EXPECT_NEAR(v1[0].y / 256.f, 0.45659f, 1e-5);
}

TEST(SwapperContracts, HyperswapIdentityRoundTripsThroughTheSignedRange) {
  Swapper s(swapper_named("hyperswap_1a_256"), spec("swapper_signed_256.onnx"), cpu());
  EXPECT_EQ(s.crop_size(), 256);
  const cv::Mat frame = textured(640, 480, 5);
  const auto out =
      s.swap(frame, std::vector<Landmarks5>{face_at({320, 240}, 1.3f)}, std::vector<Latent>{random_unit(1)});
  const SwapInput in = s.align(frame, face_at({320, 240}, 1.3f));
  ASSERT_EQ(out[0].face.size(), cv::Size(256, 256));
  EXPECT_LE(cv::norm(out[0].face, in.crop, cv::NORM_INF), 1.0);  // float rounding of x/127.5 - 1 and back
}

TEST(SwapperContracts, SimswapIdentityNeedsTheImageNetNormalisation) {
  SwapperSetup setup;
  setup.converter = spec("converter_x3.onnx");
  Swapper s(swapper_named("simswap_256"), spec("swapper_imagenet_256.onnx"), cpu(), setup);
  const cv::Mat frame = textured(640, 480, 6);
  const Landmarks5 k = face_at({300, 250}, 1.2f);
  const auto out = s.swap(frame, std::vector<Landmarks5>{k}, std::vector<Latent>{random_unit(2)});
  // The model undoes ImageNet normalisation only: a [0,1] or [-1,1] input would shift every channel.
  EXPECT_LE(cv::norm(out[0].face, s.align(frame, k).crop, cv::NORM_INF), 1.0);
  // The simswap template is arcface_112_v1, not arcface_128: the crop differs from an inswapper one.
  const cv::Mat other = align_for_swap(frame, k, FaceTemplate::Arcface128, 256).crop;
  EXPECT_GT(cv::norm(other, s.align(frame, k).crop, cv::NORM_L1) / (256.0 * 256 * 3), 2.0);
}

TEST(SwapperContracts, ConvertedIdentityIsNormedForSimswapAndRawForGhost) {
  SwapperSetup setup;
  setup.converter = spec("converter_x3.onnx");
  Swapper sim(swapper_named("simswap_256"), spec("swapper_imagenet_256.onnx"), cpu(), setup);
  Swapper ghost(swapper_named("ghost_1_256"), spec("swapper_signed_256.onnx"), cpu(), setup);
  const std::vector<std::vector<float>> e{random_unit(3)};
  const std::vector<float> norms{20.f};  // the raw embedding's length
  const auto s = sim.source_latent(e, norms), g = ghost.source_latent(e, norms);
  EXPECT_NEAR(length(s), 1.0, 1e-5);       // converted, then normed
  EXPECT_NEAR(length(g), 3 * 20.0, 1e-3);  // the raw embedding (x20) through the x3 converter, as it comes
  for (int i = 0; i < 512; ++i) ASSERT_NEAR(g[i], 60.f * e[0][i], 1e-3);
  // A converter-fed swapper without its converter is refused with the file it needs.
  try {
    Swapper bad(swapper_named("ghost_1_256"), spec("swapper_signed_256.onnx"), cpu());
    FAIL() << "no converter accepted";
  } catch (const Error& err) {
    EXPECT_NE(std::string(err.what()).find("arcface_converter_ghost"), std::string::npos) << err.what();
  }
}

TEST(SwapperContracts, WeightMixesTheTargetIdentityAndHalfLeavesItAlone) {
  const auto src = random_unit(4), tgt = random_unit(5);
  Swapper half(swapper_named("hyperswap_1a_256"), spec("swapper_signed_256.onnx"), cpu());
  EXPECT_FALSE(half.mixes_target());
  const auto same = half.identity_for(src, 1.f, tgt, 1.f);
  for (int i = 0; i < 512; ++i) ASSERT_NEAR(same[i], src[i], 1e-6);

  SwapperSetup low;
  low.weight = 0.f;  // w' = 0.35 toward the target
  Swapper weak(swapper_named("hyperswap_1a_256"), spec("swapper_signed_256.onnx"), cpu(), low);
  EXPECT_TRUE(weak.mixes_target());
  const auto mixed = weak.identity_for(src, 1.f, tgt, 1.f);
  std::vector<float> want(512);
  for (int i = 0; i < 512; ++i) want[i] = 0.65f * src[i] + 0.35f * tgt[i];
  const double n = length(want);
  for (int i = 0; i < 512; ++i) ASSERT_NEAR(mixed[i], want[i] / n, 1e-5);
  SwapperSetup bad;
  bad.weight = 1.5f;
  EXPECT_THROW(Swapper(swapper_named("hyperswap_1a_256"), spec("swapper_signed_256.onnx"), cpu(), bad), Error);
}

TEST(SwapperContracts, AModelOfTheWrongSizeIsRefusedNamingTheShapeNeeded) {
  Swapper s(swapper_named("hyperswap_1a_256"), spec("swapper_identity.onnx"), cpu());  // a 128 inswapper file
  try {
    s.slot().get();
    FAIL() << "a 128 model was accepted as a 256 swapper";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("256"), std::string::npos) << e.what();
  }
}

TEST(PixelBoost, Boost512WithA128IdentitySwapperReturnsTheFull512Crop) {
  const cv::Mat frame = textured(1200, 1000, 7);
  const Landmarks5 k = face_at({600, 500}, 4.f);  // a ~512 px face
  SwapperSetup boost;
  boost.pixel_boost = 512;
  Swapper plain(swapper_named("inswapper_128"), spec("swapper_identity_batch.onnx"), cpu());
  Swapper boosted(swapper_named("inswapper_128"), spec("swapper_identity_batch.onnx"), cpu(), boost);
  EXPECT_EQ(boosted.boost_factor(), 4);
  const std::vector<Latent> l{random_unit(6)};
  const auto a = plain.swap(frame, std::vector<Landmarks5>{k}, l);
  const auto b = boosted.swap(frame, std::vector<Landmarks5>{k}, l);
  ASSERT_EQ(a[0].face.size(), cv::Size(128, 128));
  ASSERT_EQ(b[0].face.size(), cv::Size(512, 512));
  // Every one of the 16 tiles went through the model and came back in place.
  const cv::Mat crop512 = boosted.align(frame, k).crop;
  EXPECT_EQ(cv::norm(b[0].face, crop512, cv::NORM_INF), 0);
  // The 128 result, brought to 512, has lost the detail the boosted one keeps.
  cv::Mat up;
  cv::resize(a[0].face, up, cv::Size(512, 512), 0, 0, cv::INTER_CUBIC);
  EXPECT_GT(cv::PSNR(b[0].face, crop512), cv::PSNR(up, crop512) + 6.0);
  // A boost that is not a multiple of the model's size is refused.
  SwapperSetup odd;
  odd.pixel_boost = 384;
  EXPECT_THROW(Swapper(swapper_named("hyperswap_1a_256"), spec("swapper_signed_256.onnx"), cpu(), odd), Error);
}

TEST(EnhancerExtras, CodeformerWeightReachesTheModelAsFloat64) {
  const cv::Mat frame = textured(800, 800, 8);
  const Landmarks5 k = face_at({400, 400}, 2.5f);
  const auto& d = models::require_descriptor(Role::Enhancer, "codeformer");
  AlignedEnhancer keep(d, spec("enhancer_weighted_512.onnx"), cpu(), 1.f);
  AlignedEnhancer grey(d, spec("enhancer_weighted_512.onnx"), cpu(), 0.f);
  cv::Mat a = frame.clone(), b = frame.clone();
  keep.enhance(a, k, 1.f);
  grey.enhance(b, k, 1.f);
  const cv::Rect centre(380, 380, 40, 40);
  // weight 1: the face comes back (up to the warp there and back)
  EXPECT_LE(cv::norm(a(centre), frame(centre), cv::NORM_L1) / (40.0 * 40 * 3), 1.5);
  const cv::Scalar m = cv::mean(b(centre));
  for (int c = 0; c < 3; ++c) EXPECT_NEAR(m[c], 127.5, 1.5);  // weight 0: (0 + 1) / 2 = mid-grey
  // An enhancer file without the weight input is refused for codeformer.
  AlignedEnhancer missing(d, spec("enhancer_identity_512.onnx"), cpu());
  cv::Mat c = frame.clone();
  EXPECT_THROW(missing.enhance(c, k, 1.f), Error);
}

}  // namespace
}  // namespace swapcam::process
