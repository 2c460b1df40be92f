// The face classes on the generated models (tools/gen_test_models.py documents their rules).
#include <filesystem>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "face/align.h"
#include "face/analyzer.h"
#include "face/detector.h"
#include "face/landmarker.h"
#include "face/recognizer.h"
#include "test_support.h"

namespace swapcam::face {
namespace {

runtime::RuntimeConfig cpu() {
  runtime::RuntimeConfig c;
  c.providers = {runtime::Provider::Cpu};
  c.intra_op_threads = 1;
  return c;
}

runtime::ModelSpec spec(const std::string& file) {
  runtime::ModelSpec s;
  s.path = test::model(file);
  return s;
}

// White squares on black: the generated detector fires once per square of side 5*stride.
cv::Mat squares(cv::Size size, const std::vector<cv::Rect>& rects) {
  cv::Mat img(size, CV_8UC3, cv::Scalar::all(0));
  for (const auto& r : rects) cv::rectangle(img, r, cv::Scalar::all(255), cv::FILLED);
  return img;
}

class GeneratedDetector : public ::testing::TestWithParam<std::string> {};

TEST_P(GeneratedDetector, FindsEachSquareExactlyOnceInFrameCoordinates) {
  DetectorOptions o;
  o.det_width = o.det_height = 320;
  Detector det(spec(GetParam()), cpu(), o);
  const bool kps = GetParam() != "det_scrfd_6out.onnx";
  struct Scene {
    cv::Size size;
    std::vector<cv::Rect> rects;
  };
  // 640x400 at det size 320 is scale 0.5: squares of 80 and 160 frame pixels are 40 and 80 in the blob
  // (strides 8 and 16), centred on multiples of 16 and 32 frame pixels (the anchor grid in frame space).
  // 320x320 is scale 1: a 160 square centred on a multiple of 32 fires at stride 32.
  const Scene scenes[] = {{{640, 400}, {{56, 56, 80, 80}, {336, 112, 160, 160}}}, {{320, 320}, {{80, 80, 160, 160}}}};
  for (const auto& scene : scenes) {
    const Faces faces = det.detect(squares(scene.size, scene.rects));
    ASSERT_EQ(faces.size(), scene.rects.size());
    for (const auto& r : scene.rects) {
      int hits = 0;
      for (const auto& f : faces) {
        if (iou_plus1(f.box, cv::Rect2f(r)) < 0.5f) continue;
        ++hits;
        EXPECT_NEAR(f.box.x, r.x, 1e-3);
        EXPECT_NEAR(f.box.y, r.y, 1e-3);
        EXPECT_NEAR(f.box.width, r.width, 1e-3);
        EXPECT_NEAR(f.box.height, r.height, 1e-3);
        EXPECT_GT(f.score, 0.99f);
        EXPECT_EQ(f.has_kps, kps);
        if (kps) {
          const Landmarks5 t = arcface_template(112);
          for (int k = 0; k < 5; ++k) {
            EXPECT_NEAR(f.kps[k].x, r.x + t[k].x * r.width / 112.f, 1e-2);
            EXPECT_NEAR(f.kps[k].y, r.y + t[k].y * r.height / 112.f, 1e-2);
          }
        }
      }
      EXPECT_EQ(hits, 1) << "square at " << r.x << "," << r.y;
    }
    for (size_t i = 1; i < faces.size(); ++i) EXPECT_GE(faces[i - 1].score, faces[i].score);
  }
  EXPECT_TRUE(det.detect(cv::Mat(300, 500, CV_8UC3, cv::Scalar::all(0))).empty());
  EXPECT_TRUE(det.detect(cv::Mat(320, 320, CV_8UC3, cv::Scalar::all(255))).empty());
}

INSTANTIATE_TEST_SUITE_P(Models, GeneratedDetector,
                         ::testing::Values("det_scrfd_nobatch.onnx", "det_scrfd_batch.onnx", "det_scrfd_6out.onnx"),
                         [](const auto& info) { return info.param.substr(9, info.param.size() - 14); });

TEST(Detector, ThresholdAndMaxFaces) {
  DetectorOptions o;
  o.det_width = o.det_height = 320;
  o.max_faces = 1;
  const cv::Mat img = squares({320, 320}, {{20, 20, 40, 40}, {136, 136, 80, 80}});
  EXPECT_EQ(Detector(spec("det_scrfd_nobatch.onnx"), cpu(), o).detect(img).size(), 1u);
  o.max_faces = 0;
  EXPECT_EQ(Detector(spec("det_scrfd_nobatch.onnx"), cpu(), o).detect(img).size(), 2u);
  o.score_threshold = 0.999f;
  EXPECT_EQ(Detector(spec("det_scrfd_nobatch.onnx"), cpu(), o).detect(img).size(), 0u);
  o.det_width = 16;
  EXPECT_THROW(Detector(spec("det_scrfd_nobatch.onnx"), cpu(), o), Error);
}

TEST(Detector, GreyAndBgraFramesAreAccepted) {
  DetectorOptions o;
  o.det_width = o.det_height = 320;
  Detector det(spec("det_scrfd_batch.onnx"), cpu(), o);
  cv::Mat bgr = squares({320, 320}, {{140, 140, 40, 40}}), grey, bgra;
  cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
  cv::cvtColor(bgr, bgra, cv::COLOR_BGR2BGRA);
  EXPECT_EQ(det.detect(grey).size(), 1u);
  EXPECT_EQ(det.detect(bgra).size(), 1u);
  EXPECT_THROW(det.detect(cv::Mat()), Error);
}

TEST(Detector, MissingModelIsAClearError) {
  Detector det(spec("no_such_detector.onnx"), cpu());
  try {
    det.detect(cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(0)));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_detector.onnx"), std::string::npos) << e.what();
  }
}

TEST(Align, WarpsTheFivePointsOntoTheTemplate) {
  // A face whose points are the 112 template scaled by 2, rotated 90 degrees and shifted.
  const Landmarks5 t = arcface_template(112);
  Landmarks5 kps;
  for (int i = 0; i < 5; ++i) kps[i] = cv::Point2f(400.f - 2.f * t[i].y, 100.f + 2.f * t[i].x);
  cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(10, 20, 30));
  const AlignedFace a = align_arcface(frame, kps, 128);
  EXPECT_EQ(a.crop.size(), cv::Size(128, 128));
  const Landmarks5 t128 = arcface_template(128);
  for (int i = 0; i < 5; ++i) {
    const cv::Point2f p = transform_point(a.matrix, kps[i]);
    EXPECT_NEAR(p.x, t128[i].x, 1e-3);
    EXPECT_NEAR(p.y, t128[i].y, 1e-3);
  }
  EXPECT_EQ(a.crop.at<cv::Vec3b>(64, 64), cv::Vec3b(10, 20, 30));
  // Outside the frame: border 0.
  // A face left of the frame: the crop's left part comes from outside, border 0.
  Landmarks5 off = t;
  for (auto& p : off) p.x -= 100.f;
  const AlignedFace edge = align_arcface(frame, off, 112);
  EXPECT_EQ(edge.crop.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 0));
  EXPECT_EQ(edge.crop.at<cv::Vec3b>(56, 111), cv::Vec3b(10, 20, 30));
}

cv::Mat noise_image(int seed) {
  cv::Mat img(240, 320, CV_8UC3);
  cv::RNG rng(seed);
  rng.fill(img, cv::RNG::UNIFORM, 0, 256);
  cv::GaussianBlur(img, img, cv::Size(9, 9), 3);
  return img;
}

Landmarks5 template_points(float x, float y, float size) {
  Landmarks5 k = arcface_template(112);
  for (auto& p : k) p = cv::Point2f(x + p.x * size / 112.f, y + p.y * size / 112.f);
  return k;
}

TEST(Recognizer, NormedEmbeddingsBatchedOrNot) {
  Recognizer rec(spec("recognizer_arcface.onnx"), cpu());
  EXPECT_EQ(rec.input_size(), 112);
  const cv::Mat a = noise_image(1), b = noise_image(2);
  const std::vector<Landmarks5> kps = {template_points(20, 20, 100), template_points(150, 60, 120),
                                       template_points(60, 90, 80)};
  const auto batched = rec.embed(a, kps);
  ASSERT_EQ(batched.size(), 3u);
  for (size_t i = 0; i < kps.size(); ++i) {
    ASSERT_EQ(batched[i].size(), 512u);
    double n = 0;
    for (float v : batched[i]) n += v * v;
    EXPECT_NEAR(n, 1.0, 1e-5);
    const auto single = rec.embed(a, kps[i]);
    EXPECT_NEAR(cosine_similarity(single, batched[i]), 1.f, 1e-5) << "batch item " << i;
  }
  EXPECT_LT(cosine_similarity(batched[0], batched[1]), 0.9f);
  EXPECT_LT(cosine_similarity(rec.embed(a, kps[0]), rec.embed(b, kps[0])), 0.9f);
  EXPECT_TRUE(rec.embed(a, std::span<const Landmarks5>()).empty());
}

TEST(Landmarker, MapsTheCropBackToTheFrame) {
  Landmarker lm(spec("landmarks_106.onnx"), cpu());
  const cv::Mat img = noise_image(3);
  const cv::Rect2f box(100, 50, 90, 90);
  const auto pts = lm.landmarks(img, box);
  ASSERT_EQ(pts.size(), 106u);
  // 38, 88, 86, 52, 61 are the ArcFace five points placed in the box.
  const Landmarks5 five = five_points_from_106(pts);
  const Landmarks5 expected = template_points(box.x, box.y, box.width);
  for (int k = 0; k < 5; ++k) {
    EXPECT_NEAR(five[k].x, expected[k].x, 0.05) << k;
    EXPECT_NEAR(five[k].y, expected[k].y, 0.05) << k;
  }
  const auto mouth = mouth_polygon(pts);
  ASSERT_EQ(mouth.size(), 12u);
  EXPECT_EQ(mouth.front(), pts[52]);
  EXPECT_EQ(mouth[9], pts[61]);
  EXPECT_TRUE(mouth_polygon({}).empty());

  Faces faces(1);
  faces[0].box = box;
  lm.annotate(img, faces);
  EXPECT_TRUE(faces[0].has_kps);  // five-point fallback for a detector without keypoints
  EXPECT_NEAR(faces[0].kps[2].x, expected[2].x, 0.05);
}

TEST(Analyser, DetectsAndAddsWhatIsAsked) {
  AnalyserModels m;
  m.detector = test::model("det_scrfd_6out.onnx");
  m.recognizer = test::model("recognizer_arcface.onnx");
  m.landmarker = test::model("landmarks_106.onnx");
  DetectorOptions o;
  o.det_width = o.det_height = 320;
  FaceAnalyser an(m, cpu(), o);
  const cv::Mat img = squares({320, 320}, {{140, 140, 40, 40}, {20, 20, 80, 80}});
  Faces faces = an.detect(img);
  ASSERT_EQ(faces.size(), 2u);
  EXPECT_FALSE(faces[0].has_kps);
  faces = an.analyse(img, kEmbedding | kLandmarks106);
  ASSERT_EQ(faces.size(), 2u);
  for (const auto& f : faces) {
    EXPECT_TRUE(f.has_kps);  // from the 106 points
    EXPECT_EQ(f.landmarks106.size(), 106u);
    EXPECT_EQ(f.embedding.size(), 512u);
  }
  AnalyserModels only_det{m.detector, {}, {}};
  FaceAnalyser bare(only_det, cpu(), o);
  EXPECT_FALSE(bare.has_recognizer());
  EXPECT_THROW(bare.analyse(img, kEmbedding), Error);
  try {
    bare.analyse(img, kLandmarks106);
    FAIL() << "expected a usage error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
  }
}

}  // namespace
}  // namespace swapcam::face
