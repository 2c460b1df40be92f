// Umeyama and the alignment templates (models.md, "Alignment").
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/geometry.h"

namespace swapcam {
namespace {

cv::Mat similarity(double angle, double scale, double tx, double ty) {
  const double c = scale * std::cos(angle), s = scale * std::sin(angle);
  return (cv::Mat_<double>(2, 3) << c, -s, tx, s, c, ty);
}

void expect_matrix_near(const cv::Mat& a, const cv::Mat& b, double tol) {
  ASSERT_EQ(a.rows, 2);
  ASSERT_EQ(a.cols, 3);
  for (int r = 0; r < 2; ++r)
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(a.at<double>(r, c), b.at<double>(r, c), tol) << "element " << r << "," << c;
}

cv::Point2d apply(const cv::Mat& m, cv::Point2d p) {
  return {m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y + m.at<double>(0, 2),
          m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y + m.at<double>(1, 2)};
}

TEST(Umeyama, RecoversRandomSimilarityTransforms) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> angle(-std::numbers::pi, std::numbers::pi), scale(0.2, 5.0), shift(-500, 500),
      coord(0, 1000);
  for (int trial = 0; trial < 500; ++trial) {
    const cv::Mat m = similarity(angle(rng), scale(rng), shift(rng), shift(rng));
    std::vector<cv::Point2d> src, dst;
    const int n = 2 + trial % 8;  // two points already determine a similarity
    for (int i = 0; i < n; ++i) {
      cv::Point2d p(coord(rng), coord(rng));
      src.push_back(p);
      dst.push_back(apply(m, p));
    }
    expect_matrix_near(umeyama(std::span<const cv::Point2d>(src), std::span<const cv::Point2d>(dst)), m, 1e-4);
  }
}

TEST(Umeyama, FloatPointsAreExactUpToTheirRounding) {
  std::mt19937 rng(8);
  std::uniform_real_distribution<double> angle(-std::numbers::pi, std::numbers::pi), scale(0.5, 3.0), shift(-100, 100),
      coord(0, 100);
  for (int trial = 0; trial < 100; ++trial) {
    const cv::Mat m = similarity(angle(rng), scale(rng), shift(rng), shift(rng));
    std::vector<cv::Point2f> src, dst;
    for (int i = 0; i < 5; ++i) {
      const cv::Point2f p(static_cast<float>(coord(rng)), static_cast<float>(coord(rng)));
      src.push_back(p);
      dst.push_back(transform_point(m, p));
    }
    expect_matrix_near(umeyama(src, dst), m, 1e-4);
  }
}

// Closed-form least-squares similarity in 2-D: with centred points, a = sum(x.x')/sum|x|^2 and
// b = sum(x cross x')/sum|x|^2 give the matrix [[a,-b],[b,a]].
cv::Mat closed_form(std::span<const cv::Point2f> src, std::span<const cv::Point2f> dst) {
  cv::Point2d ms, md;
  for (size_t i = 0; i < src.size(); ++i) ms += cv::Point2d(src[i]), md += cv::Point2d(dst[i]);
  ms /= static_cast<double>(src.size());
  md /= static_cast<double>(src.size());
  double num_a = 0, num_b = 0, den = 0;
  for (size_t i = 0; i < src.size(); ++i) {
    const cv::Point2d s = cv::Point2d(src[i]) - ms, d = cv::Point2d(dst[i]) - md;
    num_a += s.x * d.x + s.y * d.y;
    num_b += s.x * d.y - s.y * d.x;
    den += s.x * s.x + s.y * s.y;
  }
  const double a = num_a / den, b = num_b / den;
  return (cv::Mat_<double>(2, 3) << a, -b, md.x - (a * ms.x - b * ms.y), b, a, md.y - (b * ms.x + a * ms.y));
}

TEST(Umeyama, MatchesClosedFormOnTheTemplate) {
  const Landmarks5 t112 = arcface_template(112);
  // Template onto its own scaled versions: exact scale and shift, no rotation.
  expect_matrix_near(estimate_alignment(t112, arcface_template(128)), similarity(0, 1, 8, 0), 1e-4);
  expect_matrix_near(estimate_alignment(t112, arcface_template(224)), similarity(0, 2, 0, 0), 1e-4);
  expect_matrix_near(estimate_alignment(t112, arcface_template(512)), similarity(0, 4, 32, 0), 1e-4);
  // Noisy detections onto the template: the least-squares answer equals the closed form.
  std::mt19937 rng(3);
  std::normal_distribution<float> noise(0.f, 3.f);
  for (int trial = 0; trial < 50; ++trial) {
    Landmarks5 face;
    const cv::Mat m = similarity(0.3 * (trial % 5 - 2), 1.5 + trial % 3, 300, 200);
    for (int i = 0; i < 5; ++i) face[i] = transform_point(m, t112[i]) + cv::Point2f(noise(rng), noise(rng));
    expect_matrix_near(estimate_alignment(face, t112), closed_form(face, t112), 1e-6);
  }
}

TEST(Umeyama, NeverReflects) {
  const Landmarks5 t = arcface_template(112);
  Landmarks5 mirrored;
  for (int i = 0; i < 5; ++i) mirrored[i] = {200.f - t[i].x, t[i].y};
  const cv::Mat m = estimate_alignment(mirrored, t);
  const double det = m.at<double>(0, 0) * m.at<double>(1, 1) - m.at<double>(0, 1) * m.at<double>(1, 0);
  EXPECT_GT(det, 0.0);
}

TEST(Umeyama, RejectsDegenerateInput) {
  std::vector<cv::Point2f> same(5, cv::Point2f(3, 4)), other(5, cv::Point2f(1, 1)), one(1);
  EXPECT_THROW(umeyama(same, other), Error);
  EXPECT_THROW(umeyama(one, one), Error);
  EXPECT_THROW(umeyama(same, one), Error);
}

TEST(Templates, FollowTheSizeRule) {
  const Landmarks5 t112 = arcface_template(112);
  EXPECT_FLOAT_EQ(t112[0].x, 38.2946f);
  EXPECT_FLOAT_EQ(t112[4].y, 92.2041f);
  const float expected128[5][2] = {
      {46.2946f, 51.6963f}, {81.5318f, 51.5014f}, {64.0252f, 71.7366f}, {49.5493f, 92.3655f}, {78.7299f, 92.2041f}};
  const Landmarks5 t128 = arcface_template(128);
  for (int i = 0; i < 5; ++i) {
    EXPECT_NEAR(t128[i].x, expected128[i][0], 1e-4);
    EXPECT_NEAR(t128[i].y, expected128[i][1], 1e-4);
  }
  const Landmarks5 t256 = arcface_template(256);  // 128 rule: ratio 2, shift 16
  EXPECT_NEAR(t256[2].x, 56.0252f * 2 + 16, 1e-3);
  const Landmarks5 t224 = arcface_template(224);  // 112 rule wins for multiples of 112
  EXPECT_NEAR(t224[2].x, 56.0252f * 2, 1e-3);
  EXPECT_THROW(arcface_template(100), Error);
  EXPECT_THROW(arcface_template(0), Error);

  EXPECT_NEAR(ffhq_template(512)[0].x, 192.98138f, 1e-4);
  EXPECT_NEAR(ffhq_template(1024)[4].y, 2 * 371.15118f, 1e-3);
  EXPECT_NEAR(gpen_template(256)[1].x, 0.68262291f * 256, 1e-3);
  EXPECT_NEAR(gpen_template(512)[3].y, 0.8246919f * 512, 1e-3);
}

TEST(Affine, InvertAndTransform) {
  const cv::Mat m = similarity(0.7, 2.5, 30, -12);
  const cv::Mat inv = invert_affine(m);
  for (cv::Point2f p : {cv::Point2f(0, 0), cv::Point2f(10, 20), cv::Point2f(-5.5f, 300)}) {
    const cv::Point2f back = transform_point(inv, transform_point(m, p));
    EXPECT_NEAR(back.x, p.x, 1e-3);
    EXPECT_NEAR(back.y, p.y, 1e-3);
  }
  const cv::Point2f q = transform_point(similarity(0, 2, 1, 2), {3, 4});
  EXPECT_FLOAT_EQ(q.x, 7.f);
  EXPECT_FLOAT_EQ(q.y, 10.f);
}

}  // namespace
}  // namespace swapcam
