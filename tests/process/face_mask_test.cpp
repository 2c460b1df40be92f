// Face masks in crop space (process/face_mask.h): the box mask's padding and blur, the landmark areas,
// the kept mouth, and the occluder and parser on generated models whose outputs are known
// (tools/testmodels/masks.py): a covered lower half, class halves, and channel-order probes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/geometry.h"
#include "process/face_mask.h"
#include "process/face_parser.h"
#include "process/occluder.h"
#include "test_support.h"

namespace swapcam::process {
namespace {

using test::model;

runtime::RuntimeConfig cpu() {
  runtime::RuntimeConfig c;
  c.providers = {runtime::Provider::Cpu};
  c.intra_op_threads = 1;
  c.warmup = false;
  return c;
}

float at(const cv::Mat& m, int y, int x) { return m.at<float>(y, x); }

// A 106-point face in a `size` crop aligned like the swapper's: the layout of the generated landmarker
// (tools/gen_test_models.py) with the ArcFace template's eyes, nose and mouth corners.
std::vector<cv::Point2f> face_106(int size) {
  const Landmarks5 t = arcface_template(size);
  const float s = size / 128.f;  // the layout's offsets are for a 128 crop
  std::vector<cv::Point2f> p(106);
  const cv::Point2f c((t[0].x + t[1].x) / 2, t[2].y - 12 * s);
  for (int k = 0; k <= 32; ++k) {  // jaw, temple to chin to temple
    const double a = CV_PI - CV_PI * k / 32;
    p[k] = c + cv::Point2f(float(52 * s * std::cos(a)), float(58 * s * std::sin(a)));
  }
  const auto eye = [&](int first, int centre_index, cv::Point2f centre) {
    int n = 0;
    for (int i = first; i < first + 10; ++i) {
      if (i == centre_index) continue;
      const double u = 2 * CV_PI * n++ / 9;
      p[i] = centre + cv::Point2f(float(9 * s * std::cos(u)), float(3.5 * s * std::sin(u)));
    }
    p[centre_index] = centre;
  };
  const auto brow = [&](int first, cv::Point2f eye_centre) {
    for (int n = 0; n < 9; ++n)
      p[first + n] =
          eye_centre + cv::Point2f(float((-12 + 24 * n / 8.0) * s), float((-10 - 3 * std::sin(CV_PI * n / 8)) * s));
  };
  eye(33, 38, t[0]);
  brow(43, t[0]);
  eye(87, 88, t[1]);
  brow(97, t[1]);
  p[52] = t[3];
  p[61] = t[4];
  for (int n = 1; n <= 8; ++n)
    p[52 + n] = t[3] + (t[4] - t[3]) * (n / 9.f) + cv::Point2f(0, float(-5 * s * std::sin(CV_PI * n / 9)));
  for (int n = 1; n <= 2; ++n)
    p[61 + n] = t[4] + (t[3] - t[4]) * (n / 3.f) + cv::Point2f(0, float(7 * s * std::sin(CV_PI * n / 3)));
  const cv::Point2f mouth = (t[3] + t[4]) * 0.5f;
  for (int n = 0; n < 8; ++n)
    p[64 + n] = mouth + cv::Point2f(float(9 * s * std::cos(CV_PI * n / 4)), float(2 * s * std::sin(CV_PI * n / 4)));
  for (int n = 0; n < 9; ++n) p[72 + n] = cv::Point2f(t[2].x, t[0].y + (t[2].y - t[0].y) * n / 8.f);
  for (int n = 0; n < 5; ++n)
    p[81 + n] = t[2] + cv::Point2f(float((-9 + 4.5 * n) * s), float((2 + 2 * std::sin(CV_PI * n / 4)) * s));
  p[86] = t[2];
  return p;
}

cv::Mat noise_crop(int size, int seed = 3) {
  cv::Mat m(size, size, CV_8UC3);
  cv::RNG(seed).fill(m, cv::RNG::UNIFORM, 0, 256);
  return m;
}

// ---------------------------------------------------------------------------------------- box

TEST(BoxMask, WithoutBlurItIsOneInsideAOnePixelBorder) {
  const cv::Mat m = box_mask(128, 0.f, {0, 0, 0, 0});
  ASSERT_EQ(m.size(), cv::Size(128, 128));
  ASSERT_EQ(m.type(), CV_32F);
  EXPECT_EQ(at(m, 0, 64), 0.f);
  EXPECT_EQ(at(m, 127, 64), 0.f);
  EXPECT_EQ(at(m, 64, 0), 0.f);
  EXPECT_EQ(at(m, 64, 127), 0.f);
  EXPECT_EQ(cv::countNonZero(m == 1.f), 126 * 126);
}

TEST(BoxMask, PaddingZeroesItsShareOfEachSide) {
  // top 10 %, right 20 %, bottom 30 %, left 40 % of 200 px.
  const cv::Mat m = box_mask(200, 0.f, {10, 20, 30, 40});
  EXPECT_EQ(at(m, 19, 120), 0.f);
  EXPECT_EQ(at(m, 20, 120), 1.f);
  EXPECT_EQ(at(m, 100, 159), 1.f);
  EXPECT_EQ(at(m, 100, 160), 0.f);
  EXPECT_EQ(at(m, 139, 120), 1.f);
  EXPECT_EQ(at(m, 140, 120), 0.f);
  EXPECT_EQ(at(m, 100, 79), 0.f);
  EXPECT_EQ(at(m, 100, 80), 1.f);
  EXPECT_EQ(cv::countNonZero(m), (140 - 20) * (160 - 80));
}

TEST(BoxMask, BlurFeathersInProportionToTheCropSide) {
  const cv::Mat ref = box_mask(128, 0.3f, {0, 0, 0, 0});
  for (int size : {128, 256, 512}) {
    SCOPED_TRACE(size);
    const cv::Mat m = box_mask(size, 0.3f, {0, 0, 0, 0});
    ASSERT_EQ(m.size(), cv::Size(size, size));
    const int mid = size / 2, border = static_cast<int>(size * 0.5 * 0.3 / 2);
    EXPECT_NEAR(at(m, mid, mid), 1.f, 1e-3);
    EXPECT_LT(at(m, mid, 0), 0.1f);
    EXPECT_NEAR(at(m, mid, border), 0.5f, 0.1f) << "the zeroed border is where the ramp is half way";
    for (int x = 1; x <= mid; ++x) EXPECT_GE(at(m, mid, x), at(m, mid, x - 1) - 1e-6f) << x;
    EXPECT_NEAR(at(m, mid, size / 10), at(ref, 64, 128 / 10), 0.06f) << "same shape at every size";
    EXPECT_NEAR(at(m, mid, 3), at(m, 3, mid), 1e-5f) << "the same on every edge";
  }
  // More blur, a wider ramp.
  EXPECT_LT(at(box_mask(128, 0.8f, {0, 0, 0, 0}), 64, 20), at(ref, 64, 20));
}

TEST(BoxMask, PaddingWiderThanTheBlurWins) {
  const cv::Mat m = box_mask(100, 0.1f, {25, 0, 0, 0});
  EXPECT_LT(at(m, 20, 50), 0.05f);
  EXPECT_GT(at(m, 50, 50), 0.99f);
}

// --------------------------------------------------------------------------------------- areas

TEST(AreaMask, EachAreaCoversItsPartOfTheFace) {
  const int size = 256;
  const auto lm = face_106(size);
  const Landmarks5 t = arcface_template(size);
  const cv::Point2f mouth = (t[3] + t[4]) * 0.5f, chin = lm[16];
  auto value = [&](unsigned areas, cv::Point2f p) {
    return at(area_mask(size, lm, areas), cvRound(p.y), cvRound(p.x));
  };
  // Inside: near 1 (the sigma-5 smoothing rounds thin shapes like the lips a little); outside: exactly 0.
  EXPECT_GT(value(kAreaMouth, mouth), 0.9f);
  EXPECT_EQ(value(kAreaMouth, t[0]), 0.f);
  EXPECT_EQ(value(kAreaMouth, t[2]), 0.f) << "the nose is not part of the mouth";
  EXPECT_GT(value(kAreaUpperFace, t[0]), 0.99f);
  EXPECT_GT(value(kAreaUpperFace, t[1]), 0.99f);
  EXPECT_EQ(value(kAreaUpperFace, mouth), 0.f);
  EXPECT_GT(value(kAreaLowerFace, mouth), 0.99f);
  EXPECT_GT(value(kAreaLowerFace, chin + cv::Point2f(0, -15)), 0.99f);
  EXPECT_EQ(value(kAreaLowerFace, t[0]), 0.f);
  const unsigned all = kAreaUpperFace | kAreaLowerFace | kAreaMouth;
  for (const auto& p : {t[0], t[1], t[2], mouth}) EXPECT_GT(value(all, p), 0.99f);
  EXPECT_EQ(value(all, cv::Point2f(3, 3)), 0.f) << "outside the face";
}

TEST(AreaMask, ContourOrderDoesNotMatter) {
  auto lm = face_106(128);
  const cv::Mat before = area_mask(128, lm, kAreaUpperFace | kAreaLowerFace);
  std::mt19937 rng(5);
  std::shuffle(lm.begin(), lm.begin() + 33, rng);  // another layout's contour order
  EXPECT_EQ(cv::norm(before, area_mask(128, lm, kAreaUpperFace | kAreaLowerFace), cv::NORM_INF), 0);
}

TEST(AreaMask, NeedsThe106Landmarks) {
  EXPECT_THROW(area_mask(128, {}, kAreaMouth), Error);
  EXPECT_TRUE(area_points(std::vector<cv::Point2f>(68), kAreaMouth).empty());
  const FaceMaskOptions o{.types = kMaskArea};
  EXPECT_THROW(face_mask(noise_crop(128), {}, o, {}), Error);
}

TEST(MouthKeepMask, KeepsTheLipsAndNothingFarFromThem) {
  const auto lm = face_106(128);
  const Landmarks5 t = arcface_template(128);
  const cv::Mat keep = mouth_keep_mask(128, lm, 0.25f);
  EXPECT_EQ(at(keep, cvRound((t[3].y + t[4].y) / 2), cvRound((t[3].x + t[4].x) / 2)), 1.f);
  EXPECT_EQ(at(keep, cvRound(t[0].y), cvRound(t[0].x)), 0.f);
  // As part of the face mask: the minimum with 1 - keep, so the mouth gets no swap.
  FaceMaskOptions o;
  o.keep_mouth = 0.25f;
  const cv::Mat alpha = face_mask(noise_crop(128), lm, o, {});
  EXPECT_EQ(at(alpha, cvRound((t[3].y + t[4].y) / 2), cvRound((t[3].x + t[4].x) / 2)), 0.f);
  EXPECT_GT(at(alpha, cvRound(t[0].y), cvRound(t[0].x)), 0.99f);
}

TEST(FaceMask, IsTheMinimumOfItsKindsAtTheCropsSize) {
  for (int size : {128, 384}) {
    const auto lm = face_106(size);
    FaceMaskOptions o{.types = kMaskBox | kMaskArea, .blur = 0.5f, .areas = kAreaLowerFace};
    const cv::Mat both = face_mask(noise_crop(size), lm, o, {});
    ASSERT_EQ(both.size(), cv::Size(size, size));
    cv::Mat expected = cv::min(box_mask(size, 0.5f, {0, 0, 0, 0}), area_mask(size, lm, kAreaLowerFace));
    EXPECT_EQ(cv::norm(both, expected, cv::NORM_INF), 0);
  }
  // No kind given: the box.
  EXPECT_EQ(cv::norm(face_mask(noise_crop(128), {}, FaceMaskOptions{.types = 0}, {}),
                     box_mask(128, kDefaultMaskBlur, {0, 0, 0, 0}), cv::NORM_INF),
            0);
}

TEST(FaceMask, ModelKindsWithoutTheirModelAreRefused) {
  for (unsigned t : {unsigned(kMaskOcclusion), unsigned(kMaskRegion)}) {
    try {
      face_mask(noise_crop(128), {}, FaceMaskOptions{.types = t}, {});
      ADD_FAILURE() << t;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Usage) << e.what();
    }
  }
}

// -------------------------------------------------------------------------- occluder and parser

TEST(Occluder, TheLowerHalfModelCoversTheLowerHalfAtAnyCropSize) {
  const Occluder occ({model("occluder_lower_half.onnx")}, cpu());
  for (int size : {128, 384}) {
    SCOPED_TRACE(size);
    const cv::Mat m = occ.mask(noise_crop(size));
    ASSERT_EQ(m.size(), cv::Size(size, size));
    EXPECT_EQ(cv::countNonZero(m.rowRange(size / 2, size)), 0) << "the covered half is exactly zero";
    EXPECT_GT(cv::mean(m.rowRange(0, size / 2 - 20))[0], 0.999);
  }
}

TEST(Occluder, ReadsBgrOverTwoHundredFiftyFiveInNhwc) {
  const Occluder occ({model("occluder_blue_probe.onnx")}, cpu());
  const cv::Mat blue(128, 128, CV_8UC3, cv::Scalar(255, 0, 0)), red(128, 128, CV_8UC3, cv::Scalar(0, 0, 255));
  EXPECT_NEAR(cv::mean(occ.raw_mask(blue))[0], 1.0, 1e-6);
  EXPECT_NEAR(cv::mean(occ.raw_mask(red))[0], 0.0, 1e-6);
  EXPECT_EQ(cv::countNonZero(occ.mask(red)), 0);
  EXPECT_EQ(cv::countNonZero(occ.mask(blue) < 1.f), 0);
}

TEST(Occluder, ManyIsTheMinimumOfItsModels) {
  const cv::Mat blue(128, 128, CV_8UC3, cv::Scalar(255, 0, 0));
  const Occluder many(
      {model("occluder_blue_probe.onnx"), model("occluder_lower_half.onnx"), model("occluder_blue_probe.onnx")}, cpu());
  const Occluder half({model("occluder_lower_half.onnx")}, cpu());
  EXPECT_EQ(cv::norm(many.mask(blue), half.mask(blue), cv::NORM_INF), 0);
  const cv::Mat red(128, 128, CV_8UC3, cv::Scalar(0, 0, 255));
  EXPECT_EQ(cv::countNonZero(many.mask(red)), 0);
}

TEST(Occluder, AModelOfAnotherContractIsRefusedNamingTheFile) {
  const Occluder occ({model("parser_halves.onnx")}, cpu());
  try {
    occ.mask(noise_crop(64));
    ADD_FAILURE() << "an NCHW model was taken as an occluder";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("parser_halves.onnx"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("NHWC"), std::string::npos) << e.what();
  }
}

TEST(FaceParser, KeepsOnlyTheRegionsAskedFor) {
  const FaceParser parser(model("parser_halves.onnx"), cpu());
  const cv::Mat crop = noise_crop(256);
  const cv::Mat labels = parser.classes(crop);
  ASSERT_EQ(labels.size(), cv::Size(512, 512));
  EXPECT_EQ(labels.at<uint8_t>(10, 10), 1);
  EXPECT_EQ(labels.at<uint8_t>(500, 10), 13);
  const cv::Mat skin = parser.mask(crop, 1u << 1);
  ASSERT_EQ(skin.size(), cv::Size(256, 256));
  EXPECT_EQ(cv::countNonZero(skin.rowRange(128, 256)), 0);
  EXPECT_GT(cv::mean(skin.rowRange(0, 100))[0], 0.999);
  const cv::Mat lip = parser.mask(crop, 1u << 13);
  EXPECT_EQ(cv::countNonZero(lip.rowRange(0, 128)), 0);
  EXPECT_GT(cv::mean(lip.rowRange(156, 256))[0], 0.999);
  EXPECT_EQ(cv::countNonZero(parser.mask(crop, 1u << 4)), 0) << "no eye class anywhere";
  EXPECT_EQ(cv::countNonZero(parser.mask(crop, (1u << 1) | (1u << 13)) < 1.f), 0);
}

TEST(FaceParser, FeedsRgbWithImageNetNormalisation) {
  const FaceParser parser(model("parser_red_probe.onnx"), cpu());
  const cv::Mat red(128, 128, CV_8UC3, cv::Scalar(0, 0, 255)), blue(128, 128, CV_8UC3, cv::Scalar(255, 0, 0));
  EXPECT_EQ(cv::countNonZero(parser.classes(red) != 1), 0) << "red (RGB plane 0) must be skin";
  EXPECT_EQ(cv::countNonZero(parser.classes(blue) != 0), 0) << "blue (RGB plane 2) must be background";
  // Red 130 over blue 125: red wins on x / 255, but with ImageNet's mean and std the blue plane's
  // (0.490 - 0.406) / 0.225 = 0.37 beats the red one's (0.510 - 0.485) / 0.229 = 0.11: background.
  const cv::Mat close(64, 64, CV_8UC3, cv::Scalar(125, 0, 130));
  EXPECT_EQ(cv::countNonZero(parser.classes(close) != 0), 0);
}

TEST(FaceParser, AModelOfAnotherContractIsRefusedNamingTheFile) {
  const FaceParser parser(model("occluder_lower_half.onnx"), cpu());
  try {
    parser.classes(noise_crop(64));
    ADD_FAILURE() << "an NHWC model was taken as a parser";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("occluder_lower_half.onnx"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace swapcam::process
