// The image path end to end on the real SCRFD-500M detector and the astronaut portrait, with the
// generated recogniser, landmarker, swappers and enhancers (tools/gen_test_models.py).
#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "face/landmarker.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"
#include "process/face_mask.h"
#include "process/paste_back.h"
#include "test_support.h"

namespace swapcam::pipeline {
namespace {

using test::model;

std::filesystem::path astronaut() { return test::testdata_dir() / "images" / "astronaut.png"; }
std::filesystem::path scrfd() { return test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx"; }

SwapOptions base_options(const std::string& swapper = "swapper_identity.onnx") {
  SwapOptions o;
  o.sources = {astronaut()};
  o.models.detector = scrfd();
  o.models.recognizer = model("recognizer_arcface.onnx");
  o.models.swapper = model(swapper);
  o.models.landmarker = model("landmarks_106.onnx");
  o.runtime.providers = {runtime::Provider::Cpu};
  o.runtime.intra_op_threads = 1;
  o.runtime.warmup = false;
  return o;
}

cv::Mat smooth_background(int w, int h) {
  cv::Mat small(h / 40 + 2, w / 40 + 2, CV_8UC3);
  cv::RNG(9).fill(small, cv::RNG::UNIFORM, 40, 200);
  cv::Mat img;
  cv::resize(small, img, cv::Size(w, h), 0, 0, cv::INTER_CUBIC);
  return img;
}

// A 1920x1080 frame with `n` (<= 8) smaller copies of the astronaut portrait on a 4x2 grid.
cv::Mat collage(int n, int size) {
  cv::Mat frame = smooth_background(1920, 1080);
  const cv::Mat portrait = media::read_image(astronaut());
  cv::Mat small;
  cv::resize(portrait, small, cv::Size(size, size), 0, 0, cv::INTER_AREA);
  for (int i = 0; i < n; ++i) {
    const int x = (i % 4) * 480 + (480 - size) / 2, y = (i / 4) * 540 + (540 - size) / 2;
    small.copyTo(frame(cv::Rect(x, y, size, size)));
  }
  return frame;
}

cv::Rect face_box(const face::Face& f, cv::Size frame) {
  return cv::Rect(cv::Rect2f(f.box)) & cv::Rect(0, 0, frame.width, frame.height);
}

// The union of the faces' warped alpha > 0 (where a paste may change pixels), as an 8-bit mask.
cv::Mat feathered_regions(const cv::Mat& frame, const std::vector<FaceAssignment>& faces) {
  cv::Mat all = cv::Mat::zeros(frame.size(), CV_8U);
  for (const auto& a : faces) {
    const auto in = process::align_for_swap(frame, a.face.kps);
    const cv::Rect r = process::crop_region(in.matrix, 128, frame.size());
    cv::Mat inv = invert_affine(in.matrix);
    inv.at<double>(0, 2) -= r.x;
    inv.at<double>(1, 2) -= r.y;
    cv::Mat alpha;
    const cv::Mat mask = process::face_mask(in.crop, {}, process::FaceMaskOptions{}, {});  // the default box
    cv::warpAffine(mask, alpha, inv, r.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    cv::Mat nz;
    cv::compare(alpha, 0.f, nz, cv::CMP_GT);
    cv::Mat roi = all(r);
    cv::bitwise_or(roi, nz, roi);
  }
  return all;
}

cv::Mat changed_mask(const cv::Mat& a, const cv::Mat& b) {
  cv::Mat diff, gray;
  cv::absdiff(a, b, diff);
  cv::cvtColor(diff, gray, cv::COLOR_BGR2GRAY);
  cv::Mat any;
  cv::compare(gray, 0, any, cv::CMP_GT);
  // Differences below 3 levels can round to 0 in grey: take the max over channels instead.
  std::vector<cv::Mat> ch;
  cv::split(diff, ch);
  cv::Mat m = cv::max(cv::max(ch[0], ch[1]), ch[2]);
  cv::compare(m, 0, any, cv::CMP_GT);
  return any;
}

class ImagePipeline : public ::testing::Test {
 protected:
  void SetUp() override { SWAPCAM_REQUIRE_TESTDATA(); }
};

TEST_F(ImagePipeline, IdentitySwapReproducesThePortrait) {
  FrameProcessor p(base_options());
  const cv::Mat input = media::read_image(astronaut());
  cv::Mat frame = input.clone();
  const auto r = p.process(frame);
  ASSERT_EQ(r.faces_detected, 1);
  ASSERT_EQ(r.faces_swapped, 1);
  const auto faces = p.analyse(input);
  const cv::Rect box = face_box(faces[0], input.size());
  const double whole = cv::PSNR(frame, input), inside = cv::PSNR(frame(box), input(box));
  std::printf("identity swap, one face (%dx%d box in 512x512): PSNR %.1f dB whole image, %.1f dB in the face box\n",
              box.width, box.height, whole, inside);
  EXPECT_GE(inside, 30.0);
  EXPECT_GE(whole, 35.0);  // a large face: the 128 crop loses detail; the figure is printed above
  EXPECT_GT(cv::norm(frame, input, cv::NORM_INF), 0);  // it did paste something
}

// The fixed-batch swapper runs once per face, the dynamic-batch one once for all six: same pictures.
TEST_F(ImagePipeline, ManyFacesIdentityCollage) {
  const cv::Mat input = collage(6, 400);
  cv::Mat sequential;
  for (const char* swapper : {"swapper_identity.onnx", "swapper_identity_batch.onnx"}) {
    SCOPED_TRACE(swapper);
    SwapOptions o = base_options(swapper);
    o.many_faces = true;
    FrameProcessor p(o);
    cv::Mat frame = input.clone();
    const auto r = p.process(frame);
    std::printf("collage (%s): %d faces detected, %d swapped\n", swapper, r.faces_detected, r.faces_swapped);
    ASSERT_EQ(r.faces_detected, 6);
    ASSERT_EQ(r.faces_swapped, 6);
    const double whole = cv::PSNR(frame, input);
    std::printf("identity swap, many faces (1920x1080, 6 faces): PSNR %.1f dB whole image; per face box:", whole);
    for (const auto& f : p.analyse(input)) {
      const cv::Rect b = face_box(f, input.size());
      const double v = cv::PSNR(frame(b), input(b));
      std::printf(" %.1f", v);
      EXPECT_GE(v, 30.0);
    }
    std::printf(" dB\n");
    EXPECT_GE(whole, 40.0);
    if (sequential.empty()) sequential = frame;
    else EXPECT_EQ(cv::norm(frame, sequential, cv::NORM_INF), 0) << "one batched run differs from one run per face";
  }
}

TEST_F(ImagePipeline, TintChangesOnlyTheFeatheredRegionsOfEveryFace) {
  SwapOptions o = base_options("swapper_tint.onnx");
  o.many_faces = true;
  FrameProcessor p(o);
  const cv::Mat input = collage(4, 400);
  cv::Mat frame = input.clone();
  const auto selected = p.select(input, p.analyse(input));
  ASSERT_EQ(selected.size(), 4u);
  ASSERT_EQ(p.swap_faces(frame, selected), 4);
  const cv::Mat changed = changed_mask(frame, input);
  const cv::Mat allowed = feathered_regions(input, selected);
  cv::Mat outside;
  cv::bitwise_and(changed, ~allowed, outside);
  EXPECT_EQ(cv::countNonZero(outside), 0) << "pixels changed outside the feathered regions";
  for (const auto& a : selected) {
    const cv::Rect b = face_box(a.face, frame.size());
    EXPECT_GT(cv::countNonZero(changed(b)), b.area() / 2) << "face at " << b;
  }
}

TEST_F(ImagePipeline, MouthMaskKeepsTheLipPolygon) {
  SwapOptions o = base_options("swapper_tint.onnx");
  o.mouth_mask = 0.25f;
  FrameProcessor p(o);
  const cv::Mat input = media::read_image(astronaut());
  const auto selected = p.select(input, p.analyse(input));
  ASSERT_EQ(selected.size(), 1u);
  ASSERT_EQ(selected[0].face.landmarks106.size(), 106u);
  cv::Mat frame = input.clone();
  p.swap_faces(frame, selected);
  cv::Mat lips = cv::Mat::zeros(input.size(), CV_8U);
  std::vector<std::vector<cv::Point>> poly(1);
  for (const auto& pt : face::mouth_polygon(selected[0].face.landmarks106))
    poly[0].emplace_back(cvRound(pt.x), cvRound(pt.y));
  cv::fillPoly(lips, poly, 255);
  ASSERT_GT(cv::countNonZero(lips), 50);
  const cv::Mat changed = changed_mask(frame, input);
  EXPECT_EQ(cv::countNonZero(changed & lips), 0);
  // ... while the rest of the face is tinted.
  const cv::Rect b = face_box(selected[0].face, frame.size());
  EXPECT_GT(cv::countNonZero(changed(b)), b.area() / 2);
}

TEST_F(ImagePipeline, ColorMatchMovesTheFaceColourTowardTheTarget) {
  const cv::Mat input = media::read_image(astronaut());
  auto mean_in_face = [&](bool color_match, cv::Scalar* original) {
    SwapOptions o = base_options("swapper_tint.onnx");
    o.color_match = color_match;
    FrameProcessor p(o);
    cv::Mat frame = input.clone();
    const auto faces = p.analyse(input);
    p.process(frame);
    cv::Rect b = face_box(faces[0], input.size());
    b = cv::Rect(b.x + b.width / 4, b.y + b.height / 4, b.width / 2, b.height / 2);  // the face's inside
    *original = cv::mean(input(b));
    return cv::mean(frame(b));
  };
  cv::Scalar original;
  const cv::Scalar plain = mean_in_face(false, &original);
  const cv::Scalar matched = mean_in_face(true, &original);
  const double d_plain = cv::norm(plain - original), d_matched = cv::norm(matched - original);
  std::printf("mean face colour distance to the target: %.1f without, %.1f with --color-match\n", d_plain, d_matched);
  EXPECT_LT(d_matched, d_plain * 0.5);
}

TEST_F(ImagePipeline, OpacityZeroReturnsTheInputUnchanged) {
  SwapOptions o = base_options("swapper_tint.onnx");
  o.opacity = 0.f;
  o.sharpness = 2.f;
  o.mouth_mask = 0.1f;
  o.enhancer = "gfpgan";
  o.models.enhancer = model("enhancer_identity_512.onnx");
  FrameProcessor p(o);
  const cv::Mat input = media::read_image(astronaut());
  cv::Mat frame = input.clone();
  EXPECT_EQ(p.process(frame).faces_swapped, 1);
  EXPECT_EQ(cv::norm(frame, input, cv::NORM_INF), 0);
  // Half opacity lands between the two.
  o.opacity = 0.5f;
  FrameProcessor half(o);
  cv::Mat h = input.clone();
  half.process(h);
  EXPECT_GT(cv::norm(h, input, cv::NORM_INF), 0);
}

TEST_F(ImagePipeline, EnhancerRunsOnEverySelectedFace) {
  SwapOptions o = base_options();
  o.many_faces = true;
  const cv::Mat input = collage(3, 400);
  cv::Mat plain = input.clone();
  FrameProcessor(o).process(plain);
  o.enhancer = "gpen256";
  o.enhancer_blend = 1.f;
  o.models.enhancer = model("enhancer_identity_256.onnx");
  FrameProcessor p(o);
  cv::Mat enhanced = input.clone();
  ASSERT_EQ(p.process(enhanced).faces_swapped, 3);
  // The identity enhancer resamples each face: every face box differs a little from the plain swap.
  for (const auto& f : p.analyse(input)) {
    const cv::Rect b = face_box(f, input.size());
    EXPECT_GT(cv::countNonZero(changed_mask(enhanced(b), plain(b))), 0) << b;
    EXPECT_GT(cv::PSNR(enhanced(b), input(b)), 28.0) << b;
  }
}

TEST_F(ImagePipeline, PoissonBlendAndSharpenStayInsideTheFaceRegion) {
  SwapOptions o = base_options("swapper_tint.onnx");
  o.poisson_blend = true;
  o.sharpness = 1.5f;
  FrameProcessor p(o);
  const cv::Mat input = collage(2, 400);
  const auto selected = p.select(input, p.analyse(input));
  ASSERT_EQ(selected.size(), 1u);  // largest only (default selector)
  cv::Mat frame = input.clone();
  p.swap_faces(frame, selected);
  cv::Mat outside;
  cv::bitwise_and(changed_mask(frame, input), ~feathered_regions(input, selected), outside);
  EXPECT_EQ(cv::countNonZero(outside), 0);
}

TEST_F(ImagePipeline, ReferenceAndMapSelectFacesBySimilarity) {
  // The portrait is its own reference: its face matches.
  SwapOptions o = base_options("swapper_tint.onnx");
  o.face_selector = face::SelectorMode::Reference;
  o.reference_face = astronaut();
  FrameProcessor p(o);
  cv::Mat frame = media::read_image(astronaut());
  EXPECT_EQ(p.process(frame).faces_swapped, 1);

  test::TempDir dir;
  const auto map = dir / "map.json";
  {
    std::ofstream(map) << R"([{"source": ")" << astronaut().string() << R"(", "reference": ")" << astronaut().string()
                       << R"("}])";
  }
  SwapOptions m = base_options("swapper_tint.onnx");
  m.sources.clear();
  m.map_faces = map;
  FrameProcessor mp(m);
  ASSERT_EQ(mp.sources().latents.size(), 2u);
  cv::Mat f2 = collage(2, 400);
  EXPECT_EQ(mp.process(f2).faces_swapped, 2);  // both copies look like the reference
}

TEST(FaceMapFile, ParsesEntriesRelativeToTheFileAndRejectsBadOnes) {
  test::TempDir dir;
  const auto map = dir / "map.json";
  std::ofstream(map) << R"([{"source": "a.png", "reference": "/abs/b.png"}])";
  const auto e = read_face_map(map);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].source, dir.path() / "a.png");
  EXPECT_EQ(e[0].reference, std::filesystem::path("/abs/b.png"));
  for (const char* bad : {"", "{}", "[]", "[{\"source\": \"a.png\"}]", "[1]", "[{\"source\": 1, \"reference\": \"x\"}]",
                          "[{\"source\": \"\", \"reference\": \"x.png\"}]",  // nobody to swap in
                          "[{\"source\": \"a.png\", \"reference\": \"\"}]"}) {
    std::ofstream(map, std::ios::trunc) << bad;
    EXPECT_THROW(read_face_map(map), Error) << bad;
  }
  EXPECT_THROW(read_face_map(dir / "missing.json"), Error);
}

TEST(FaceMapFile, AnEntryWithoutASourceIsKeptWithAnEmptySource) {
  test::TempDir dir;
  const auto map = dir / "map.json";
  std::ofstream(map) << R"([{"source": "", "reference": "r1.png"}, {"source": "a.png", "reference": "r2.png"}])";
  const auto e = read_face_map(map);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(e[0].source.empty());
  EXPECT_EQ(e[0].reference, dir.path() / "r1.png");
  EXPECT_EQ(e[1].source, dir.path() / "a.png");
}

TEST(SwapOptionsValidation, RejectsOutOfRangeValues) {
  auto check = [](auto mutate) {
    SwapOptions o;
    o.sources = {"a.png"};
    mutate(o);
    try {
      validate(o);
      return false;
    } catch (const Error& e) {
      return e.kind() == ErrorKind::Usage;
    }
  };
  EXPECT_FALSE(check([](SwapOptions&) {}));
  EXPECT_TRUE(check([](SwapOptions& o) { o.opacity = 1.5f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.sharpness = -1.f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.enhancer_blend = 2.f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.mouth_mask = 3.f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.det_width = 100; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.det_thresh = 0.f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.video_quality = 52; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.video_encoder = "h264"; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.enhancer = "codeformer_9"; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.swapper = "inswapper_256"; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.swapper_weight = 1.2f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.enhancer_weight = -0.1f; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.swapper = "hyperswap_1a_256", o.pixel_boost = 384; }));
  EXPECT_FALSE(check([](SwapOptions& o) { o.swapper = "hyperswap_1a_256", o.pixel_boost = 768; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.face_selector = face::SelectorMode::Reference; }));
  EXPECT_TRUE(check([](SwapOptions& o) { o.sources.clear(); }));
}

TEST_F(ImagePipeline, ConcurrentFramesGiveTheSameResult) {
  SwapOptions o = base_options("swapper_tint.onnx");
  o.many_faces = true;
  o.mouth_mask = 0.2f;
  o.color_match = true;
  FrameProcessor p(o);
  const cv::Mat input = collage(3, 400);
  cv::Mat expected = input.clone();
  p.process(expected);
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 2; ++i) {
        cv::Mat f = input.clone();
        p.process(f);
        if (cv::norm(f, expected, cv::NORM_INF) != 0) ++mismatches;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ(p.models().swapper().slot().load_attempts(), 1);
}

}  // namespace
}  // namespace swapcam::pipeline
