// SCRFD preprocessing, decoding and NMS on hand-built tensors (models.md, "Detector: SCRFD").
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.h"
#include "face/detector.h"

namespace swapcam::face {
namespace {

using runtime::Tensor;

// Outputs for a W x H input: zero scores, zero boxes, zero keypoints, in either layout.
struct Outputs {
  int width, height;
  bool batch_dim;
  bool keypoints;
  std::vector<Tensor> t;

  Outputs(int w, int h, bool batch, bool kps) : width(w), height(h), batch_dim(batch), keypoints(kps) {
    const int widths[3] = {1, 4, 10};
    for (int kind = 0; kind < (kps ? 3 : 2); ++kind)
      for (int s : {8, 16, 32}) {
        const int64_t n = int64_t{(w + s - 1) / s} * ((h + s - 1) / s) * 2;
        Tensor x;
        x.shape = batch ? std::vector<int64_t>{1, n, widths[kind]} : std::vector<int64_t>{n, widths[kind]};
        x.data.assign(n * widths[kind], 0.f);
        t.push_back(std::move(x));
      }
  }
  static int level(int stride) { return stride == 8 ? 0 : stride == 16 ? 1 : 2; }
  int64_t row(int stride, int gx, int gy, int anchor) const {
    const int fw = (width + stride - 1) / stride;
    return (int64_t{gy} * fw + gx) * 2 + anchor;
  }
  // Puts a candidate at grid cell (gx, gy) of `stride` with distances (l,t,r,b) and keypoint offsets.
  void put(int stride, int gx, int gy, int anchor, float score, std::array<float, 4> ltrb, float kps_offset = 0.f) {
    const int lv = level(stride);
    const int64_t r = row(stride, gx, gy, anchor);
    t[lv].data[r] = score;
    for (int i = 0; i < 4; ++i) t[3 + lv].data[r * 4 + i] = ltrb[i];
    if (keypoints)
      for (int i = 0; i < 10; ++i) t[6 + lv].data[r * 10 + i] = kps_offset * (i % 2 == 0 ? 1.f : -1.f) * (i / 2 + 1);
  }
};

class DecodeLayouts : public ::testing::TestWithParam<std::tuple<bool, bool>> {};

TEST_P(DecodeLayouts, DecodesKnownBoxesAndKeypoints) {
  const auto [batch, kps] = GetParam();
  Outputs o(64, 64, batch, kps);
  o.put(8, 3, 2, 1, 0.9f, {1, 2, 3, 4}, 0.5f);  // centre (24, 16)
  o.put(32, 1, 1, 0, 0.7f, {1, 1, 1, 1});       // centre (32, 32)
  o.put(16, 0, 3, 0, 0.49f, {1, 1, 1, 1});      // below the threshold
  ScrfdDecodeParams p{64, 64, 0.5f, 0.5f};      // det_scale 0.5: frame coordinates are twice the network's
  Faces f = decode_scrfd(o.t, p);
  ASSERT_EQ(f.size(), 2u);
  // Stride 8 comes first.
  EXPECT_FLOAT_EQ(f[0].score, 0.9f);
  EXPECT_FLOAT_EQ(f[0].box.x, (24 - 8) * 2.f);
  EXPECT_FLOAT_EQ(f[0].box.y, (16 - 16) * 2.f);
  EXPECT_FLOAT_EQ(f[0].box.x + f[0].box.width, (24 + 24) * 2.f);
  EXPECT_FLOAT_EQ(f[0].box.y + f[0].box.height, (16 + 32) * 2.f);
  EXPECT_EQ(f[0].has_kps, kps);
  if (kps) {
    for (int k = 0; k < 5; ++k) {
      EXPECT_FLOAT_EQ(f[0].kps[k].x, (24 + 0.5f * (k + 1) * 8) * 2.f) << k;
      EXPECT_FLOAT_EQ(f[0].kps[k].y, (16 - 0.5f * (k + 1) * 8) * 2.f) << k;
    }
  }
  EXPECT_FLOAT_EQ(f[1].score, 0.7f);
  EXPECT_FLOAT_EQ(f[1].box.x, 0.f);
  EXPECT_FLOAT_EQ(f[1].box.y, 0.f);
  EXPECT_FLOAT_EQ(f[1].box.width, 128.f);
  EXPECT_FLOAT_EQ(f[1].box.height, 128.f);
}

INSTANTIATE_TEST_SUITE_P(Layouts, DecodeLayouts, ::testing::Combine(::testing::Bool(), ::testing::Bool()),
                         [](const auto& info) {
                           return std::string(std::get<0>(info.param) ? "Batch" : "NoBatch") +
                                  (std::get<1>(info.param) ? "NineOutputs" : "SixOutputs");
                         });

TEST(Decode, ThresholdIsInclusiveAndNaNNeverPasses) {
  Outputs o(32, 32, false, true);
  o.put(8, 0, 0, 0, 0.5f, {1, 1, 1, 1});
  o.put(8, 1, 0, 0, std::numeric_limits<float>::quiet_NaN(), {1, 1, 1, 1});
  o.put(8, 2, 0, 0, 0.4999f, {1, 1, 1, 1});
  const Faces f = decode_scrfd(o.t, {32, 32, 0.5f, 1.f});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FLOAT_EQ(f[0].box.x, -8.f);
}

TEST(Decode, SizesThatAreNotMultiplesOf32UseCeiledFeatureMaps) {
  Outputs o(80, 48, true, true);  // stride 32: 3 x 2 cells
  o.put(32, 2, 1, 1, 0.8f, {0.5f, 0.5f, 0.5f, 0.5f});
  const Faces f = decode_scrfd(o.t, {80, 48, 0.5f, 1.f});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FLOAT_EQ(f[0].box.x, 64 - 16.f);
  EXPECT_FLOAT_EQ(f[0].box.y, 32 - 16.f);
}

TEST(Decode, RejectsMalformedOutputs) {
  Outputs good(64, 64, false, true);
  ScrfdDecodeParams p{64, 64, 0.5f, 1.f};
  {
    auto t = good.t;
    t.pop_back();
    EXPECT_THROW(decode_scrfd(t, p), Error);  // 8 outputs
  }
  {
    auto t = good.t;
    t[4].shape = {static_cast<int64_t>(t[4].data.size() / 2), 2};  // boxes with 2 channels
    EXPECT_THROW(decode_scrfd(t, p), Error);
  }
  {
    auto t = good.t;
    t[0].data.pop_back();  // data shorter than its shape
    EXPECT_THROW(decode_scrfd(t, p), Error);
  }
  {
    auto t = good.t;
    t[0].shape = {2, t[0].shape[0] / 2, 1};  // batch of 2
    EXPECT_THROW(decode_scrfd(t, p), Error);
  }
  {
    auto t = good.t;
    t[6].shape = {t[6].shape[0] / 2, 20};  // keypoint rows disagree with the scores
    EXPECT_THROW(decode_scrfd(t, p), Error);
  }
  EXPECT_THROW(decode_scrfd(good.t, {96, 64, 0.5f, 1.f}), Error);  // outputs of another input size
  EXPECT_NO_THROW(decode_scrfd(good.t, p));
}

Face face_at(float x1, float y1, float x2, float y2, float score) {
  Face f;
  f.box = cv::Rect2f(x1, y1, x2 - x1, y2 - y1);
  f.score = score;
  return f;
}

TEST(Nms, UsesThePlusOneAreaConvention) {
  // Areas (9+1)^2 = 100 each; intersection (9-5+1) x 10 = 50; IoU = 50 / 150.
  EXPECT_NEAR(iou_plus1(cv::Rect2f(0, 0, 9, 9), cv::Rect2f(5, 0, 9, 9)), 1.f / 3.f, 1e-6);
  EXPECT_NEAR(iou_plus1(cv::Rect2f(0, 0, 9, 9), cv::Rect2f(0, 0, 9, 9)), 1.f, 1e-6);
  // Touching edges overlap by one pixel column under the +1 convention.
  EXPECT_GT(iou_plus1(cv::Rect2f(0, 0, 9, 9), cv::Rect2f(9, 0, 9, 9)), 0.f);
  EXPECT_EQ(iou_plus1(cv::Rect2f(0, 0, 9, 9), cv::Rect2f(20, 0, 9, 9)), 0.f);
}

TEST(Nms, KeepsAndDropsWhatItShould) {
  Faces in = {
      face_at(0, 0, 99, 99, 0.8f),         // overlaps the best one heavily: dropped
      face_at(300, 300, 399, 399, 0.6f),   // alone: kept
      face_at(5, 5, 104, 104, 0.9f),       // the best
      face_at(60, 0, 159, 99, 0.7f),       // IoU with the best < 0.4: kept
      face_at(301, 300, 400, 399, 0.55f),  // duplicate of the lone one: dropped
  };
  const Faces out = non_max_suppression(in, 0.4f);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_FLOAT_EQ(out[0].score, 0.9f);
  EXPECT_FLOAT_EQ(out[1].score, 0.7f);
  EXPECT_FLOAT_EQ(out[2].score, 0.6f);
  EXPECT_LT(iou_plus1(out[0].box, out[1].box), 0.4f);
  EXPECT_TRUE(non_max_suppression({}, 0.4f).empty());
}

TEST(Nms, ThresholdIsExclusive) {
  // IoU exactly 1/3: kept at threshold 1/3 (insightface keeps ovr <= thresh), dropped below it.
  Faces in = {face_at(0, 0, 9, 9, 0.9f), face_at(5, 0, 14, 9, 0.8f)};
  EXPECT_EQ(non_max_suppression(in, 0.34f).size(), 2u);
  EXPECT_EQ(non_max_suppression(in, 0.3f).size(), 1u);
}

// Issue 16: --det-size 4096 with a tiny threshold decodes ~690k candidates, and greedy NMS is quadratic
// in what it keeps. Only the kMaxNmsCandidates best enter it and at most kMaxFacesPerFrame come out,
// the best ones, in the order an unbounded NMS would give them.
TEST(Nms, CandidatesAndKeptFacesAreBounded) {
  Faces in;
  const int n = 20000;  // disjoint boxes: nothing suppresses anything
  for (int i = 0; i < n; ++i) {
    const float x = float((i % 200) * 20), y = float((i / 200) * 20);
    in.push_back(face_at(x, y, x + 9, y + 9, 0.1f + 0.8f * float((i * 7919) % n) / n));
  }
  bool capped = false;
  const Faces out = non_max_suppression(in, 0.4f, kMaxNmsCandidates, kMaxFacesPerFrame, &capped);
  EXPECT_TRUE(capped);
  ASSERT_EQ(out.size(), kMaxFacesPerFrame);
  std::vector<float> scores;
  for (const auto& f : in) scores.push_back(f.score);
  std::sort(scores.begin(), scores.end(), std::greater<>());
  for (size_t i = 0; i < out.size(); ++i) ASSERT_FLOAT_EQ(out[i].score, scores[i]) << i;

  // Only the best kMaxNmsCandidates are considered: 6000 copies of one box (suppressed by the best copy)
  // push a lone face with the lowest score out of them, the price of the bound.
  Faces crowd;
  for (int i = 0; i < 6000; ++i) crowd.push_back(face_at(0, 0, 99, 99, 0.9f - float(i) * 1e-5f));
  crowd.push_back(face_at(500, 500, 599, 599, 0.01f));
  capped = false;
  const Faces few = non_max_suppression(crowd, 0.4f, kMaxNmsCandidates, kMaxFacesPerFrame, &capped);
  EXPECT_TRUE(capped);
  ASSERT_EQ(few.size(), 1u);
  EXPECT_FLOAT_EQ(few[0].score, 0.9f);

  // Under both bounds nothing is dropped and nothing is reported.
  const Faces small(in.begin(), in.begin() + 50);
  EXPECT_EQ(non_max_suppression(small, 0.4f, kMaxNmsCandidates, kMaxFacesPerFrame, &capped).size(), 50u);
  EXPECT_FALSE(capped);
}

TEST(Letterbox, FollowsTheReferenceRule) {
  auto lb = letterbox_geometry(512, 512, 640, 640);
  EXPECT_EQ(lb.width, 640);
  EXPECT_EQ(lb.height, 640);
  EXPECT_FLOAT_EQ(lb.scale, 1.25f);
  lb = letterbox_geometry(1280, 720, 640, 640);
  EXPECT_EQ(lb.width, 640);
  EXPECT_EQ(lb.height, 360);
  EXPECT_FLOAT_EQ(lb.scale, 0.5f);
  lb = letterbox_geometry(720, 1280, 640, 640);
  EXPECT_EQ(lb.height, 640);
  EXPECT_EQ(lb.width, 360);
  EXPECT_FLOAT_EQ(lb.scale, 0.5f);
  lb = letterbox_geometry(1000, 333, 640, 640);  // int() truncation as in insightface
  EXPECT_EQ(lb.width, 640);
  EXPECT_EQ(lb.height, static_cast<int>(640 * (333.0 / 1000.0)));
  EXPECT_THROW(letterbox_geometry(0, 10, 640, 640), Error);
}

TEST(Letterbox, BlobIsRgbNormalisedTopLeftWithBlackPadding) {
  cv::Mat img(2, 4, CV_8UC3, cv::Scalar(0, 0, 0));
  img.at<cv::Vec3b>(1, 3) = cv::Vec3b(10, 20, 255);  // B, G, R
  std::vector<float> blob;
  const Letterbox lb = make_detector_blob(img, 8, 8, blob);  // 4x2 fits 8x4: scale 2
  EXPECT_EQ(lb.width, 8);
  EXPECT_EQ(lb.height, 4);
  ASSERT_EQ(blob.size(), 3u * 64u);
  const float pad = -127.5f / 128.f;
  EXPECT_FLOAT_EQ(blob[0], pad);               // R plane, top-left: black pixel
  EXPECT_FLOAT_EQ(blob[7 * 8 + 7], pad);       // bottom-right: canvas
  EXPECT_FLOAT_EQ(blob[5 * 8 + 0 + 64], pad);  // G plane row 5: canvas
  // Bottom-right corner of the resized image holds the coloured pixel (bilinear with edge replicate).
  const int o = 3 * 8 + 7;
  EXPECT_NEAR(blob[o], (255 - 127.5f) / 128.f, 1e-5);       // R
  EXPECT_NEAR(blob[64 + o], (20 - 127.5f) / 128.f, 1e-5);   // G
  EXPECT_NEAR(blob[128 + o], (10 - 127.5f) / 128.f, 1e-5);  // B
  EXPECT_THROW(make_detector_blob(cv::Mat(), 8, 8, blob), Error);
}

}  // namespace
}  // namespace swapcam::face
