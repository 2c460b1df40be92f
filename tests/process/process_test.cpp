// Unit tests of the process layer: paste-back, masks, colour match, swapper and enhancers on the
// generated models (tools/gen_test_models.py).
#include <cmath>
#include <fstream>
#include <random>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/geometry.h"
#include "process/color_match.h"
#include "process/enhancer.h"
#include "process/mouth_mask.h"
#include "process/paste_back.h"
#include "process/swapper.h"
#include "runtime/model.h"
#include "test_support.h"

namespace swapcam::process {
namespace {

using test::model;

// A smooth, textured picture (no flat areas, no sharp edges), so resampling errors stay small.
cv::Mat smooth_picture(int w, int h, int seed = 1) {
  cv::Mat img(h, w, CV_8UC3);
  cv::RNG rng(seed);
  cv::Mat small(h / 16 + 2, w / 16 + 2, CV_8UC3);
  rng.fill(small, cv::RNG::UNIFORM, 30, 225);
  cv::resize(small, img, img.size(), 0, 0, cv::INTER_CUBIC);
  cv::GaussianBlur(img, img, cv::Size(), 3);
  return img;
}

// Five points of a face whose 128 crop is the template scaled by `scale` about `centre`.
Landmarks5 face_at(cv::Point2f centre, float scale, float angle_deg = 0.f) {
  const Landmarks5 t = arcface_template(kSwapSize);
  Landmarks5 out;
  const float a = angle_deg * static_cast<float>(CV_PI) / 180.f;
  for (int i = 0; i < 5; ++i) {
    const cv::Point2f d = (t[i] - cv::Point2f(64, 64)) * scale;
    out[i] = centre + cv::Point2f(d.x * std::cos(a) - d.y * std::sin(a), d.x * std::sin(a) + d.y * std::cos(a));
  }
  return out;
}

runtime::RuntimeConfig cpu_config(runtime::Precision p = runtime::Precision::Fp32) {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.precision = p;
  cfg.intra_op_threads = 1;
  cfg.warmup = false;
  return cfg;
}

runtime::ModelSpec spec(const std::string& file, const std::string& fp16 = {}) {
  runtime::ModelSpec s;
  s.path = model(file);
  if (!fp16.empty()) s.fp16_path = model(fp16);
  return s;
}

std::vector<float> unit_vector(int seed) {
  std::mt19937 g(seed);
  std::normal_distribution<float> n;
  std::vector<float> v(512);
  for (auto& x : v) x = n(g);
  double s = 0;
  for (float x : v) s += x * x;
  for (auto& x : v) x = static_cast<float>(x / std::sqrt(s));
  return v;
}

double norm(const std::vector<float>& v) {
  double s = 0;
  for (float x : v) s += static_cast<double>(x) * x;
  return std::sqrt(s);
}

// ------------------------------------------------------------------------------------- masks

TEST(SwapAlphaMask, FeatheredEllipseCentredInTheCrop) {
  const cv::Mat& m = swap_alpha_mask();
  ASSERT_EQ(m.size(), cv::Size(128, 128));
  ASSERT_EQ(m.type(), CV_32F);
  EXPECT_NEAR(m.at<float>(64, 64), 1.f, 1e-4);
  EXPECT_EQ(m.at<float>(0, 0), 0.f);  // corners are outside ellipse + blur
  EXPECT_EQ(m.at<float>(127, 127), 0.f);
  EXPECT_GT(m.at<float>(64, 120), 0.2f);  // the feather crosses the ellipse edge (x = 120)
  EXPECT_LT(m.at<float>(64, 120), 0.8f);
  EXPECT_NEAR(m.at<float>(30, 64), m.at<float>(98, 64), 1e-3);  // symmetric
  EXPECT_EQ(&swap_alpha_mask(), &m);                            // computed once
}

TEST(BoxAlphaMask, LinearRampsOfFivePercent) {
  const cv::Mat m = box_alpha_mask(200);
  EXPECT_NEAR(m.at<float>(100, 0), 0.5f / 10.f, 1e-5);
  EXPECT_NEAR(m.at<float>(100, 4), 4.5f / 10.f, 1e-5);
  EXPECT_EQ(m.at<float>(100, 10), 1.f);
  EXPECT_EQ(m.at<float>(100, 100), 1.f);
  EXPECT_NEAR(m.at<float>(0, 0), 0.05f, 1e-5);
  EXPECT_NEAR(m.at<float>(199, 100), 0.05f, 1e-5);
}

TEST(CropRegion, BoundingBoxOfTheWarpedSquarePlusMargin) {
  // Crop of a face at scale 2: the 128 square maps to 256 px around the centre.
  const cv::Mat m = estimate_alignment(face_at({300, 200}, 2.f), arcface_template(128));
  const cv::Rect r = crop_region(m, 128, {1000, 1000});
  EXPECT_NEAR(r.x, 300 - 128 - 2, 1);
  EXPECT_NEAR(r.y, 200 - 128 - 2, 1);
  EXPECT_NEAR(r.width, 256 + 4, 2);
  EXPECT_NEAR(r.height, 256 + 4, 2);
  // Clipped to the frame, empty when outside.
  EXPECT_EQ(crop_region(m, 128, {250, 150}), cv::Rect(170, 70, 80, 80));
  const cv::Mat far = estimate_alignment(face_at({5000, 5000}, 1.f), arcface_template(128));
  EXPECT_TRUE(crop_region(far, 128, {640, 480}).empty());
}

TEST(BlendRegion, ZeroWeightIsBitIdenticalAndFullWeightCopies) {
  cv::Mat frame = smooth_picture(64, 64);
  const cv::Mat before = frame.clone();
  cv::Mat src(20, 20, CV_8UC3, cv::Scalar(1, 2, 3));
  cv::Mat w = cv::Mat::zeros(20, 20, CV_32F);
  w(cv::Rect(0, 0, 10, 20)).setTo(1.f);
  blend_region(frame, src, {10, 10, 20, 20}, w);
  EXPECT_EQ(cv::norm(frame(cv::Rect(20, 10, 10, 20)), before(cv::Rect(20, 10, 10, 20)), cv::NORM_INF), 0);
  EXPECT_EQ(cv::norm(frame(cv::Rect(10, 10, 10, 20)), src(cv::Rect(0, 0, 10, 20)), cv::NORM_INF), 0);
  cv::Mat outside = frame.clone();
  outside(cv::Rect(10, 10, 20, 20)).setTo(0);
  cv::Mat before_outside = before.clone();
  before_outside(cv::Rect(10, 10, 20, 20)).setTo(0);
  EXPECT_EQ(cv::norm(outside, before_outside, cv::NORM_INF), 0);
}

TEST(PasteBack, IdentityCropRoundTripsAndLeavesTheRestBitIdentical) {
  cv::Mat frame = smooth_picture(640, 480);
  const cv::Mat before = frame.clone();
  const SwapInput in = align_for_swap(frame, face_at({320, 240}, 1.5f, 10.f));
  cv::Mat alpha;
  const cv::Rect r = paste_back(frame, in.crop, in.matrix, swap_alpha_mask(), {}, 1.f, &alpha);
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(alpha.size(), r.size());
  // Outside the region nothing changes; inside, the resampled crop is close to the original.
  cv::Mat diff;
  cv::absdiff(frame, before, diff);
  cv::Mat outside = diff.clone();
  outside(r).setTo(0);
  EXPECT_EQ(cv::countNonZero(outside.reshape(1)), 0);
  const double p = cv::PSNR(frame(r), before(r));
  std::printf("paste-back round trip PSNR in the region: %.1f dB\n", p);
  EXPECT_GT(p, 35.0);
  // Where the warped alpha is zero the pixels are bit-identical.
  for (int y = 0; y < r.height; ++y)
    for (int x = 0; x < r.width; ++x)
      if (alpha.at<float>(y, x) <= 0.f) ASSERT_EQ(diff(r).at<cv::Vec3b>(y, x), cv::Vec3b(0, 0, 0)) << x << "," << y;
}

TEST(PasteBack, TintedCropChangesOnlyTheFeatheredRegion) {
  for (bool poisson : {false, true}) {
    cv::Mat frame = smooth_picture(400, 300);
    const cv::Mat before = frame.clone();
    const SwapInput in = align_for_swap(frame, face_at({200, 150}, 1.2f));
    cv::Mat tinted = in.crop * 0.5 + cv::Scalar(127, 0, 127);
    cv::Mat alpha;
    PasteOptions o;
    o.poisson_blend = poisson;
    const cv::Rect r = paste_back(frame, tinted, in.matrix, swap_alpha_mask(), o, 1.f, &alpha);
    cv::Mat diff;
    cv::absdiff(frame, before, diff);
    cv::Mat changed;
    cv::cvtColor(diff, changed, cv::COLOR_BGR2GRAY);
    int changed_outside = 0, changed_total = cv::countNonZero(changed);
    for (int y = 0; y < frame.rows; ++y)
      for (int x = 0; x < frame.cols; ++x)
        if (changed.at<uint8_t>(y, x) && (!r.contains({x, y}) || alpha.at<float>(y - r.y, x - r.x) <= 0.f))
          ++changed_outside;
    EXPECT_EQ(changed_outside, 0) << "poisson " << poisson;
    EXPECT_GT(changed_total, 5000) << "poisson " << poisson;
  }
}

TEST(PasteBack, StrengthZeroChangesNothing) {
  cv::Mat frame = smooth_picture(300, 300);
  const cv::Mat before = frame.clone();
  const SwapInput in = align_for_swap(frame, face_at({150, 150}, 1.f));
  cv::Mat white(128, 128, CV_8UC3, cv::Scalar::all(255));
  paste_back(frame, white, in.matrix, swap_alpha_mask(), {}, 0.f);
  EXPECT_EQ(cv::norm(frame, before, cv::NORM_INF), 0);
}

TEST(Sharpen, ZeroAmountIsIdentityAndPositiveAmountRaisesContrast) {
  cv::Mat frame = smooth_picture(200, 200);
  const cv::Mat before = frame.clone();
  sharpen_region(frame, {50, 50, 100, 100}, {}, 0.f);
  EXPECT_EQ(cv::norm(frame, before, cv::NORM_INF), 0);
  cv::Mat edges(200, 200, CV_8UC3, cv::Scalar::all(60));
  edges(cv::Rect(100, 0, 100, 200)).setTo(cv::Scalar::all(180));
  cv::GaussianBlur(edges, edges, cv::Size(), 2);
  const cv::Mat soft = edges.clone();
  sharpen_region(edges, {50, 50, 100, 100}, {}, 2.f);
  EXPECT_LT(edges.at<cv::Vec3b>(100, 97)[0], soft.at<cv::Vec3b>(100, 97)[0]);  // dark side darker
  EXPECT_GT(edges.at<cv::Vec3b>(100, 102)[0], soft.at<cv::Vec3b>(100, 102)[0]);
  EXPECT_EQ(edges.at<cv::Vec3b>(10, 10), soft.at<cv::Vec3b>(10, 10));  // outside the region
}

// --------------------------------------------------------------------------------- mouth mask

TEST(MouthMask, KeepsThePolygonAndFeathersOutward) {
  std::vector<cv::Point2f> lips;
  for (int i = 0; i < 12; ++i) {
    const double a = 2 * CV_PI * i / 12;
    lips.emplace_back(100 + 30 * std::cos(a), 80 + 12 * std::sin(a));
  }
  const MouthMask m = make_mouth_mask(lips, 0.25f, {200, 160});
  ASSERT_FALSE(m.weights.empty());
  auto w = [&](int x, int y) { return m.weights.at<float>(y - m.region.y, x - m.region.x); };
  EXPECT_EQ(w(100, 80), 1.f);
  EXPECT_EQ(w(128, 80), 1.f);    // on the polygon near its edge
  EXPECT_GT(w(136, 80), 0.05f);  // the expansion (x up to 137.5) feathered
  EXPECT_LT(w(136, 80), 1.f);
  // Inside the polygon the weight is exactly 1 (the target's mouth restored exactly), far away 0.
  cv::Mat inside = cv::Mat::zeros(m.weights.size(), CV_8U);
  std::vector<std::vector<cv::Point>> poly(1);
  for (auto p : lips) poly[0].emplace_back(cvRound(p.x) - m.region.x, cvRound(p.y) - m.region.y);
  cv::fillPoly(inside, poly, 255);
  EXPECT_EQ(cv::countNonZero((m.weights != 1.f) & inside), 0);
  EXPECT_EQ(w(m.region.x, m.region.y), 0.f);
  // Degenerate input gives an empty mask.
  EXPECT_TRUE(make_mouth_mask(std::vector<cv::Point2f>(2), 0.2f, {10, 10}).weights.empty());
}

// -------------------------------------------------------------------------------- colour match

TEST(ColorMatch, MovesTheMeanTowardTheTarget) {
  const cv::Mat target = smooth_picture(128, 128, 3);
  cv::Mat swapped = target * 0.5 + cv::Scalar(127, 0, 127);  // the tinting swapper's output
  const cv::Mat& w = swap_alpha_mask();
  const cv::Mat matched = match_color(swapped, target, w);
  cv::Mat wm;
  cv::compare(w, 0.5, wm, cv::CMP_GT);
  const cv::Scalar mt = cv::mean(target, wm), ms = cv::mean(swapped, wm), mm = cv::mean(matched, wm);
  const double before = cv::norm(ms - mt), after = cv::norm(mm - mt);
  std::printf("colour distance to target mean: %.1f before, %.1f after\n", before, after);
  EXPECT_LT(after, before * 0.25);
  EXPECT_THROW(match_color(swapped, target, cv::Mat()), Error);
  // An empty mask leaves the image as it is.
  EXPECT_EQ(cv::norm(match_color(swapped, target, cv::Mat::zeros(128, 128, CV_32F)), swapped, cv::NORM_INF), 0);
}

// ------------------------------------------------------------------------------------- swapper

TEST(SwapperMath, LatentIsEmbeddingTimesEmapNormalised) {
  std::vector<float> emap(512 * 512, 0.f);
  for (int i = 0; i < 512; ++i) emap[i * 512 + i] = 2.f;  // 2 * identity
  const auto e = unit_vector(7);
  const auto l = latent_from_embedding(e, emap);
  EXPECT_NEAR(norm(l), 1.0, 1e-5);
  for (int i = 0; i < 512; ++i) EXPECT_NEAR(l[i], e[i], 1e-5);
  EXPECT_THROW(latent_from_embedding(std::vector<float>(100, 1.f), emap), Error);
  EXPECT_THROW(latent_from_embedding(std::vector<float>(512, 0.f), emap), Error);
}

TEST(SwapperMath, BlobConversionsRoundTripExactly) {
  const cv::Mat crop = smooth_picture(128, 128, 5);
  std::vector<float> blob(3 * 128 * 128);
  crop_to_blob(crop, blob.data());
  // Planes are R, G, B in [0,1].
  EXPECT_FLOAT_EQ(blob[0], crop.at<cv::Vec3b>(0, 0)[2] / 255.f);
  EXPECT_FLOAT_EQ(blob[2 * 128 * 128], crop.at<cv::Vec3b>(0, 0)[0] / 255.f);
  EXPECT_EQ(cv::norm(blob_to_face(blob.data()), crop, cv::NORM_INF), 0);
  blob[0] = std::nanf("");
  blob[1] = 7.f;
  blob[2] = -3.f;
  const cv::Mat f = blob_to_face(blob.data());
  EXPECT_EQ(f.at<cv::Vec3b>(0, 0)[2], 0);
  EXPECT_EQ(f.at<cv::Vec3b>(0, 1)[2], 255);
  EXPECT_EQ(f.at<cv::Vec3b>(0, 2)[2], 0);
}

std::vector<float> read_f32(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::vector<float> v(512 * 512);
  in.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(float)));
  EXPECT_TRUE(in.good()) << p;
  return v;
}

TEST(Swapper, SourceLatentAveragesNormedEmbeddingsThenAppliesTheFileEmap) {
  Swapper swapper(spec("swapper_identity.onnx"), cpu_config());
  const auto emap = read_f32(model("swapper_identity.emap.f32"));
  ASSERT_EQ(swapper.emap().size(), emap.size());
  EXPECT_EQ(swapper.emap(), emap);
  const auto a = unit_vector(1), b = unit_vector(2);
  std::vector<float> b3(b);
  for (auto& x : b3) x *= 3.f;  // not normed: the mean must not be biased toward it
  std::vector<float> mean(512);
  for (int i = 0; i < 512; ++i) mean[i] = a[i] + b[i];
  const auto expected = latent_from_embedding(mean, emap);
  const std::vector<std::vector<float>> both{a, b3};
  const auto got = swapper.source_latent(both);
  ASSERT_EQ(got.size(), 512u);
  for (int i = 0; i < 512; ++i) ASSERT_NEAR(got[i], expected[i], 1e-5);
  EXPECT_NEAR(norm(got), 1.0, 1e-5);
  EXPECT_THROW(swapper.source_latent({}), Error);
}

TEST(Swapper, IdentityModelReturnsTheAlignedCropForEveryFace) {
  Swapper swapper(spec("swapper_identity.onnx"), cpu_config());
  const cv::Mat frame = smooth_picture(800, 600);
  const std::vector<Landmarks5> kps{face_at({200, 200}, 1.f), face_at({500, 300}, 1.5f, -15.f),
                                    face_at({650, 450}, 0.7f, 30.f)};
  const std::vector<Latent> latents{unit_vector(1), unit_vector(2), unit_vector(3)};
  const auto out = swapper.swap(frame, kps, latents);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_FALSE(swapper.dynamic_batch());  // the generated swapper has a fixed batch of 1: sequential runs
  for (size_t i = 0; i < 3; ++i) {
    const SwapInput in = align_for_swap(frame, kps[i]);
    EXPECT_EQ(cv::norm(out[i].face, in.crop, cv::NORM_INF), 0) << i;
    EXPECT_EQ(cv::norm(out[i].matrix, in.matrix, cv::NORM_INF), 0) << i;
  }
  EXPECT_EQ(swapper.slot().load_attempts(), 1);
  // One latent for all faces is accepted; a mismatched count is not.
  EXPECT_EQ(swapper.swap(frame, kps, std::span(latents.data(), 1)).size(), 3u);
  EXPECT_THROW(swapper.swap(frame, kps, std::span(latents.data(), 2)), Error);
}

// A model with a dynamic batch swaps every face in one run; the result must be what one run per
// face gives, each face with its own latent (the probe's output depends on the latent it got).
TEST(Swapper, DynamicBatchModelSwapsAllFacesInOneRunLikeOneRunPerFace) {
  Swapper batched(spec("swapper_latent_probe_batch.onnx"), cpu_config());
  Swapper single(spec("swapper_latent_probe.onnx"), cpu_config());
  EXPECT_TRUE(batched.dynamic_batch());
  EXPECT_FALSE(single.dynamic_batch());
  const cv::Mat frame = smooth_picture(800, 600);
  const std::vector<Landmarks5> kps{face_at({200, 200}, 1.f), face_at({500, 300}, 1.5f, -15.f),
                                    face_at({650, 450}, 0.7f, 30.f)};
  const std::vector<Latent> latents{unit_vector(1), unit_vector(2), unit_vector(3)};
  const auto one_run = batched.swap(frame, kps, latents);
  const auto per_face = single.swap(frame, kps, latents);
  ASSERT_EQ(one_run.size(), 3u);
  ASSERT_EQ(per_face.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_LE(cv::norm(one_run[i].face, per_face[i].face, cv::NORM_INF), 1) << i;
    EXPECT_EQ(cv::norm(one_run[i].matrix, per_face[i].matrix, cv::NORM_INF), 0) << i;
  }
  // The probe really tells the latents apart: the same face with another latent looks different.
  const auto swapped_latent = batched.swap(frame, std::span(&kps[0], 1), std::span(&latents[1], 1));
  EXPECT_GT(cv::norm(swapped_latent[0].face, one_run[0].face, cv::NORM_INF), 5);

  Swapper identity(spec("swapper_identity_batch.onnx"), cpu_config());
  const auto same = identity.swap(frame, kps, latents);
  for (size_t i = 0; i < 3; ++i)
    EXPECT_EQ(cv::norm(same[i].face, align_for_swap(frame, kps[i]).crop, cv::NORM_INF), 0) << i;
}

TEST(Swapper, TintModelTintsTheCrop) {
  Swapper swapper(spec("swapper_tint.onnx"), cpu_config());
  const cv::Mat frame = smooth_picture(300, 300);
  const Landmarks5 k = face_at({150, 150}, 1.f);
  const auto out = swapper.swap(frame, std::span(&k, 1), std::vector<Latent>{unit_vector(1)});
  const SwapInput in = align_for_swap(frame, k);
  const cv::Vec3b src = in.crop.at<cv::Vec3b>(64, 64), got = out[0].face.at<cv::Vec3b>(64, 64);
  // RGB: clip(x*0.5 + (0.5, 0, 0.5)); BGR order here.
  EXPECT_NEAR(got[0], src[0] * 0.5 + 127.5, 1.0);
  EXPECT_NEAR(got[1], src[1] * 0.5, 1.0);
  EXPECT_NEAR(got[2], src[2] * 0.5 + 127.5, 1.0);
}

TEST(Swapper, Fp16NanOutputFallsBackToFp32AndSwapsCorrectly) {
  Swapper swapper(spec("swapper_identity.onnx", "swapper_nan_fp16.onnx"), cpu_config(runtime::Precision::Fp16));
  const cv::Mat frame = smooth_picture(300, 300);
  const Landmarks5 k = face_at({150, 150}, 1.f);
  const auto out = swapper.swap(frame, std::span(&k, 1), std::vector<Latent>{unit_vector(1)});
  EXPECT_EQ(cv::norm(out[0].face, align_for_swap(frame, k).crop, cv::NORM_INF), 0);
  EXPECT_EQ(swapper.slot().get().path(), model("swapper_identity.onnx"));
  EXPECT_EQ(swapper.slot().get().precision(), runtime::Precision::Fp32);
}

TEST(Swapper, Fp16IdentityModelRunsInHalfPrecision) {
  Swapper swapper(spec("swapper_identity.onnx", "swapper_identity_fp16.onnx"), cpu_config(runtime::Precision::Fp16));
  const cv::Mat frame = smooth_picture(300, 300);
  const Landmarks5 k = face_at({150, 150}, 1.f);
  const auto out = swapper.swap(frame, std::span(&k, 1), std::vector<Latent>{unit_vector(1)});
  EXPECT_EQ(swapper.slot().get().path(), model("swapper_identity_fp16.onnx"));
  EXPECT_LE(cv::norm(out[0].face, align_for_swap(frame, k).crop, cv::NORM_INF), 1.0);  // fp16 rounding
}

TEST(Swapper, ConcurrentSwapsShareOneLoadAndAgree) {
  Swapper swapper(spec("swapper_identity.onnx"), cpu_config());
  const cv::Mat frame = smooth_picture(400, 400);
  const Landmarks5 k = face_at({200, 200}, 1.2f);
  const cv::Mat expected = align_for_swap(frame, k).crop;
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 3; ++i) {
        const auto out = swapper.swap(frame, std::span(&k, 1), std::vector<Latent>{unit_vector(1)});
        if (cv::norm(out[0].face, expected, cv::NORM_INF) != 0) ++mismatches;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ(swapper.slot().load_attempts(), 1);
}

TEST(Swapper, MissingOrWrongModelIsAClearError) {
  Swapper missing(spec("no_such_swapper.onnx"), cpu_config());
  const cv::Mat frame = smooth_picture(200, 200);
  const Landmarks5 k = face_at({100, 100}, 1.f);
  try {
    missing.swap(frame, std::span(&k, 1), std::vector<Latent>{unit_vector(1)});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_swapper.onnx"), std::string::npos) << e.what();
  }
  // A model without the inswapper inputs (the recogniser) is refused by name.
  Swapper wrong(spec("recognizer_arcface.onnx"), cpu_config());
  EXPECT_THROW(wrong.swap(frame, std::span(&k, 1), std::vector<Latent>{unit_vector(1)}), Error);
}

// ------------------------------------------------------------------------------------ enhancers

TEST(Enhancer, MadeByRegistryNameOrAlias) {
  EXPECT_EQ(make_enhancer("gpen256", spec("enhancer_identity_256.onnx"), cpu_config())->name(), "gpen_bfr_256");
  EXPECT_EQ(make_enhancer("gfpgan_1.4", spec("enhancer_identity_512.onnx"), cpu_config())->name(), "gfpgan_1.4");
  try {
    make_enhancer("codeformer_9", spec("enhancer_identity_512.onnx"), cpu_config());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("gpen_bfr_512"), std::string::npos) << e.what();
  }
}

TEST(Enhancer, IdentityModelsKeepTheFaceAndReadTheirSize) {
  struct Case {
    const char* name;
    const char* file;
    int size;
  };
  for (const Case c :
       {Case{"gfpgan_1.4", "enhancer_identity_512.onnx", 512}, Case{"gpen_bfr_256", "enhancer_identity_256.onnx", 256},
        Case{"gpen_bfr_512", "enhancer_identity_512.onnx", 512}}) {
    auto e = make_enhancer(c.name, spec(c.file), cpu_config());
    auto* aligned = dynamic_cast<AlignedEnhancer*>(e.get());
    ASSERT_NE(aligned, nullptr);
    EXPECT_EQ(aligned->input_size(), c.size) << c.name;
    EXPECT_EQ(e->name(), c.name);
    cv::Mat frame = smooth_picture(640, 480);
    const cv::Mat before = frame.clone();
    const Landmarks5 k = face_at({320, 240}, 1.3f);
    e->enhance(frame, k, 1.f);
    const cv::Rect r = e->region(k, frame.size());
    const double p = cv::PSNR(frame(r), before(r));
    std::printf("%s identity enhancer PSNR in its region: %.1f dB\n", c.name, p);
    EXPECT_GT(p, 35.0) << c.name;
    // Nothing outside the region changes.
    cv::Mat a = frame.clone(), b = before.clone();
    a(r).setTo(0);
    b(r).setTo(0);
    EXPECT_EQ(cv::norm(a, b, cv::NORM_INF), 0) << c.name;
    // Blend 0 is a no-op.
    cv::Mat untouched = before.clone();
    e->enhance(untouched, k, 0.f);
    EXPECT_EQ(cv::norm(untouched, before, cv::NORM_INF), 0);
  }
}

}  // namespace
}  // namespace swapcam::process
