#include "core/geometry.h"

#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace swapcam {

namespace {

constexpr double kArcface112[5][2] = {
    {38.2946, 51.6963}, {73.5318, 51.5014}, {56.0252, 71.7366}, {41.5493, 92.3655}, {70.7299, 92.2041}};
constexpr double kFfhq512[5][2] = {{192.98138, 239.94708},
                                   {318.90277, 240.19366},
                                   {256.63416, 314.01935},
                                   {201.26117, 371.41043},
                                   {313.08905, 371.15118}};
// docs/MODELS.md, "Templates": fractions of the crop side.
constexpr double kArcface112V1Unit[5][2] = {
    {0.35473, 0.45659}, {0.64527, 0.45659}, {0.5, 0.61154}, {0.37913, 0.77688}, {0.62087, 0.77688}};
constexpr double kGpenUnit[5][2] = {{0.31556875, 0.4615741},
                                    {0.68262291, 0.4615741},
                                    {0.50009375, 0.6405054},
                                    {0.34947187, 0.8246919},
                                    {0.65343645, 0.8246919}};

Landmarks5 scaled(const double (&t)[5][2], double ratio, double shift_x) {
  Landmarks5 out;
  for (int i = 0; i < 5; ++i)
    out[i] = cv::Point2f(static_cast<float>(t[i][0] * ratio + shift_x), static_cast<float>(t[i][1] * ratio));
  return out;
}

}  // namespace

std::string_view face_template_name(FaceTemplate t) {
  switch (t) {
    case FaceTemplate::Arcface: return "arcface";
    case FaceTemplate::Arcface128: return "arcface_128";
    case FaceTemplate::Arcface112V1: return "arcface_112_v1";
    case FaceTemplate::Ffhq: return "ffhq";
    case FaceTemplate::Gpen: return "gpen";
  }
  return "?";
}

Landmarks5 face_template_points(FaceTemplate t, int size) {
  switch (t) {
    case FaceTemplate::Arcface: return arcface_template(size);
    case FaceTemplate::Arcface128: return arcface128_template(size);
    case FaceTemplate::Arcface112V1: return arcface112_v1_template(size);
    case FaceTemplate::Ffhq: return ffhq_template(size);
    case FaceTemplate::Gpen: return gpen_template(size);
  }
  return arcface_template(size);
}

cv::Mat umeyama(std::span<const cv::Point2f> src, std::span<const cv::Point2f> dst) {
  std::vector<cv::Point2d> s(src.begin(), src.end()), d(dst.begin(), dst.end());
  return umeyama(std::span<const cv::Point2d>(s), std::span<const cv::Point2d>(d));
}

cv::Mat umeyama(std::span<const cv::Point2d> src, std::span<const cv::Point2d> dst) {
  if (src.size() != dst.size() || src.size() < 2)
    fail(ErrorKind::InvalidData, "umeyama: need two equally long point sets of at least 2 points (got {} and {})",
         src.size(), dst.size());
  const double n = static_cast<double>(src.size());
  double msx = 0, msy = 0, mdx = 0, mdy = 0;
  for (size_t i = 0; i < src.size(); ++i) {
    msx += src[i].x, msy += src[i].y, mdx += dst[i].x, mdy += dst[i].y;
  }
  msx /= n, msy /= n, mdx /= n, mdy /= n;

  // A = (D - mu_d)^T (S - mu_s) / N, and the total variance of S about its mean.
  cv::Matx22d a = cv::Matx22d::zeros();
  double var_s = 0;
  for (size_t i = 0; i < src.size(); ++i) {
    const double sx = src[i].x - msx, sy = src[i].y - msy;
    const double dx = dst[i].x - mdx, dy = dst[i].y - mdy;
    a(0, 0) += dx * sx, a(0, 1) += dx * sy;
    a(1, 0) += dy * sx, a(1, 1) += dy * sy;
    var_s += sx * sx + sy * sy;
  }
  a *= 1.0 / n;
  var_s /= n;
  if (!(var_s > 0) || !std::isfinite(var_s))
    fail(ErrorKind::InvalidData, "umeyama: source points are degenerate (all equal or not finite)");

  cv::Matx21d w;
  cv::Matx22d u, vt;
  cv::SVD::compute(a, w, u, vt);
  // A reflection would fit better when det(A) < 0; forbid it by flipping the weakest axis. Testing
  // det(U)det(V) instead of det(A) is the same for full rank and also right when A has rank 1 (two
  // points, or collinear ones), where det(A) is zero and says nothing (Umeyama 1991, eq. 43).
  cv::Matx22d d = cv::Matx22d::eye();
  if (cv::determinant(u) * cv::determinant(vt) < 0) d(1, 1) = -1;
  const cv::Matx22d r = u * d * vt;
  const double scale = (w(0) * d(0, 0) + w(1) * d(1, 1)) / var_s;
  const double tx = mdx - scale * (r(0, 0) * msx + r(0, 1) * msy);
  const double ty = mdy - scale * (r(1, 0) * msx + r(1, 1) * msy);

  cv::Mat m(2, 3, CV_64F);
  m.at<double>(0, 0) = scale * r(0, 0), m.at<double>(0, 1) = scale * r(0, 1), m.at<double>(0, 2) = tx;
  m.at<double>(1, 0) = scale * r(1, 0), m.at<double>(1, 1) = scale * r(1, 1), m.at<double>(1, 2) = ty;
  return m;
}

Landmarks5 arcface_template(int size) {
  if (size <= 0) fail(ErrorKind::Usage, "alignment size must be positive (got {})", size);
  if (size % 112 == 0) return scaled(kArcface112, size / 112.0, 0.0);
  if (size % 128 == 0) {
    const double ratio = size / 128.0;
    return scaled(kArcface112, ratio, 8.0 * ratio);
  }
  fail(ErrorKind::Usage, "ArcFace alignment size {} is neither a multiple of 112 nor of 128", size);
}

Landmarks5 arcface128_template(int size) {
  if (size <= 0) fail(ErrorKind::Usage, "alignment size must be positive (got {})", size);
  const double ratio = size / 128.0;
  return scaled(kArcface112, ratio, 8.0 * ratio);
}

Landmarks5 arcface112_v1_template(int size) {
  if (size <= 0) fail(ErrorKind::Usage, "alignment size must be positive (got {})", size);
  return scaled(kArcface112V1Unit, size, 0.0);
}

Landmarks5 ffhq_template(int size) {
  if (size <= 0) fail(ErrorKind::Usage, "alignment size must be positive (got {})", size);
  return scaled(kFfhq512, size / 512.0, 0.0);
}

Landmarks5 gpen_template(int size) {
  if (size <= 0) fail(ErrorKind::Usage, "alignment size must be positive (got {})", size);
  return scaled(kGpenUnit, static_cast<double>(size), 0.0);
}

cv::Mat estimate_alignment(const Landmarks5& face, const Landmarks5& templ) {
  return umeyama(std::span<const cv::Point2f>(face), std::span<const cv::Point2f>(templ));
}

cv::Mat invert_affine(const cv::Mat& m) {
  if (m.rows != 2 || m.cols != 3) fail(ErrorKind::InvalidData, "invert_affine: expected a 2x3 matrix");
  cv::Mat m64;
  m.convertTo(m64, CV_64F);
  cv::Mat inv;
  cv::invertAffineTransform(m64, inv);
  return inv;
}

cv::Point2f transform_point(const cv::Mat& m, cv::Point2f p) {
  cv::Mat m64;
  if (m.type() == CV_64F) m64 = m;
  else m.convertTo(m64, CV_64F);
  const double* r0 = m64.ptr<double>(0);
  const double* r1 = m64.ptr<double>(1);
  return {static_cast<float>(r0[0] * p.x + r0[1] * p.y + r0[2]), static_cast<float>(r1[0] * p.x + r1[1] * p.y + r1[2])};
}

}  // namespace swapcam
