// The real SCRFD-500M (shared test data) on a real portrait and on a collage of it.
#include <filesystem>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "face/analyzer.h"
#include "face/detector.h"
#include "test_support.h"

namespace swapcam::face {
namespace {

std::filesystem::path scrfd_path() { return test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx"; }
std::filesystem::path portrait_path() { return test::testdata_dir() / "images" / "astronaut.png"; }

Detector real_detector(DetectorOptions o = {}) {
  runtime::ModelSpec spec;
  spec.path = scrfd_path();
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  return Detector(spec, cfg, o);
}

TEST(RealScrfd, FindsTheAstronautsFace) {
  SWAPCAM_REQUIRE_TESTDATA();
  const cv::Mat img = cv::imread(portrait_path().string(), cv::IMREAD_COLOR);
  ASSERT_FALSE(img.empty());
  const Faces faces = real_detector().detect(img);
  ASSERT_EQ(faces.size(), 1u);
  const Face& f = faces[0];
  EXPECT_GE(f.score, 0.5f);
  EXPECT_GE(f.box.x, 0.f);
  EXPECT_GE(f.box.y, 0.f);
  EXPECT_LE(f.box.x + f.box.width, img.cols);
  EXPECT_LE(f.box.y + f.box.height, img.rows);
  EXPECT_GT(f.box.width, 40.f);
  ASSERT_TRUE(f.has_kps);
  const auto& k = f.kps;  // left eye, right eye, nose, left mouth, right mouth
  EXPECT_LT(k[0].x, k[1].x);
  EXPECT_LT(k[3].x, k[4].x);
  const float eyes_y = (k[0].y + k[1].y) / 2, mouth_y = (k[3].y + k[4].y) / 2;
  EXPECT_LT(eyes_y, k[2].y);
  EXPECT_LT(k[2].y, mouth_y);
  for (const auto& p : k) EXPECT_TRUE(f.box.contains(p)) << p;
}

// A photo cropped to the face: at the default input size (640) the face is larger than SCRFD's
// biggest anchors and detect() finds nothing; a photo is looked at again with the picture padded.
TEST(RealScrfd, AFaceThatFillsThePhotoIsFoundByPaddingIt) {
  SWAPCAM_REQUIRE_TESTDATA();
  const cv::Mat img = cv::imread(portrait_path().string(), cv::IMREAD_COLOR);
  ASSERT_FALSE(img.empty());
  const Detector detector = real_detector();
  const Faces originals = detector.detect(img);
  ASSERT_EQ(originals.size(), 1u);
  const cv::Rect2f face = originals[0].box;
  // The tightest crops first: the detection box itself, then a little inside it.
  cv::Mat crop;
  for (const float inset : {0.f, 0.05f, 0.1f, 0.15f}) {
    const cv::Rect r =
        cv::Rect(cv::Point(int(face.x + inset * face.width), int(face.y + inset * face.height)),
                 cv::Point(int(face.br().x - inset * face.width), int(face.br().y - inset * face.height))) &
        cv::Rect(0, 0, img.cols, img.rows);
    if (detector.detect(img(r).clone()).empty()) {
      crop = img(r).clone();
      break;
    }
  }
  ASSERT_FALSE(crop.empty()) << "every crop was found without padding: the case this test is about did not arise";

  AnalyserModels models;
  models.detector = scrfd_path();
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  const FaceAnalyser analyser(models, cfg);
  EXPECT_TRUE(analyser.detect(crop).empty());
  const Faces found = analyser.detect_photo(crop);
  ASSERT_EQ(found.size(), 1u);
  const Face& f = found[0];
  EXPECT_GE(f.score, 0.5f);
  const cv::Rect2f whole(0.f, 0.f, float(crop.cols), float(crop.rows));
  EXPECT_EQ((f.box & whole).area(), f.box.area()) << "the box is clipped to the photo";
  EXPECT_GT(f.box.area(), 0.5f * whole.area()) << "the face fills the photo";
  ASSERT_TRUE(f.has_kps);
  for (const auto& p : f.kps) EXPECT_TRUE(whole.contains(p)) << "points in the photo's pixels: " << p;
  EXPECT_LT(f.kps[0].x, f.kps[1].x);
  EXPECT_LT((f.kps[0].y + f.kps[1].y) / 2, f.kps[2].y);
}

TEST(RealScrfd, FindsEveryCopyInACollageOnce) {
  SWAPCAM_REQUIRE_TESTDATA();
  const cv::Mat img = cv::imread(portrait_path().string(), cv::IMREAD_COLOR);
  ASSERT_FALSE(img.empty());
  const Faces originals = real_detector().detect(img);
  ASSERT_EQ(originals.size(), 1u);
  const cv::Rect2f face = originals[0].box;
  // The face with a generous margin, so each copy looks like a head, not a cut-out.
  const float margin = 0.5f * std::max(face.width, face.height);
  const cv::Rect crop_rect = cv::Rect(cv::Point(static_cast<int>(face.x - margin), static_cast<int>(face.y - margin)),
                                      cv::Point(static_cast<int>(face.x + face.width + margin),
                                                static_cast<int>(face.y + face.height + margin))) &
                             cv::Rect(0, 0, img.cols, img.rows);
  const cv::Mat head = img(crop_rect);

  cv::Mat canvas(800, 1280, CV_8UC3, cv::Scalar(120, 110, 100));
  struct Copy {
    float scale;
    cv::Point at;
  };
  const Copy copies[] = {
      {1.0f, {20, 30}}, {0.6f, {380, 60}}, {1.3f, {640, 300}}, {0.8f, {60, 460}}, {0.7f, {1040, 40}}};
  std::vector<cv::Rect2f> expected;
  for (const auto& c : copies) {
    cv::Mat scaled;
    cv::resize(head, scaled, cv::Size(), c.scale, c.scale, cv::INTER_AREA);
    const cv::Rect where(c.at, scaled.size());
    ASSERT_EQ(where & cv::Rect(0, 0, canvas.cols, canvas.rows), where) << "copy must fit the canvas";
    scaled.copyTo(canvas(where));
    expected.emplace_back(c.at.x + (face.x - crop_rect.x) * c.scale, c.at.y + (face.y - crop_rect.y) * c.scale,
                          face.width * c.scale, face.height * c.scale);
  }
  for (size_t i = 0; i < expected.size(); ++i)
    for (size_t j = i + 1; j < expected.size(); ++j) ASSERT_EQ((expected[i] & expected[j]).area(), 0.f);

  const Faces found = real_detector().detect(canvas);
  EXPECT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    int matches = 0;
    for (const auto& f : found)
      if (iou_plus1(f.box, expected[i]) > 0.5f) ++matches;
    EXPECT_EQ(matches, 1) << "copy " << i << " at scale " << copies[i].scale;
  }
}

TEST(RealScrfd, DetectionSizeChangesNothingBig) {
  SWAPCAM_REQUIRE_TESTDATA();
  const cv::Mat img = cv::imread(portrait_path().string(), cv::IMREAD_COLOR);
  const Faces at640 = real_detector().detect(img);
  DetectorOptions o;
  o.det_width = o.det_height = 320;
  const Faces at320 = real_detector(o).detect(img);
  ASSERT_EQ(at640.size(), 1u);
  ASSERT_EQ(at320.size(), 1u);
  EXPECT_GT(iou_plus1(at640[0].box, at320[0].box), 0.7f);
}

}  // namespace
}  // namespace swapcam::face
