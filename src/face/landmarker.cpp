#include "face/landmarker.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "runtime/model.h"

namespace swapcam::face {

namespace {

runtime::ModelSpec with_role(runtime::ModelSpec spec, const char* role) {
  if (spec.role.empty()) spec.role = role;
  return spec;
}

int square_input_size(const runtime::Model& model, int fallback) {
  if (model.inputs().empty())
    fail(ErrorKind::InvalidData, "{} model '{}' has no input", model.role(), model.path().string());
  const auto& shape = model.inputs()[0].shape;
  if (shape.size() != 4)
    fail(ErrorKind::InvalidData, "{} model '{}' input is not [N,3,S,S]", model.role(), model.path().string());
  return shape[2] > 0 ? static_cast<int>(shape[2]) : fallback;
}

// Raw RGB 0..255 (mean 0, std 1), NCHW, batch 1, of the box-centred crop; also returns the transform.
std::vector<float> crop_blob(const cv::Mat& bgr, const cv::Rect2f& box, int size, cv::Mat& transform) {
  if (bgr.empty() || bgr.type() != CV_8UC3) fail(ErrorKind::InvalidData, "face crop needs an 8-bit BGR image");
  transform = box_crop_transform(box, size);
  cv::Mat crop;
  cv::warpAffine(bgr, crop, transform, cv::Size(size, size), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
  const size_t plane = static_cast<size_t>(size) * size;
  std::vector<float> blob(3 * plane);
  for (int y = 0; y < size; ++y) {
    const uint8_t* px = crop.ptr<uint8_t>(y);
    for (int x = 0; x < size; ++x, px += 3) {
      const size_t o = static_cast<size_t>(y) * size + x;
      blob[o] = px[2];
      blob[plane + o] = px[1];
      blob[2 * plane + o] = px[0];
    }
  }
  return blob;
}

}  // namespace

cv::Mat box_crop_transform(const cv::Rect2f& box, int size) {
  const float extent = std::max(box.width, box.height);
  if (!(extent > 0.f) || !std::isfinite(extent)) fail(ErrorKind::InvalidData, "face box is empty");
  const double scale = size / (1.5 * extent);
  const double cx = box.x + box.width / 2.0, cy = box.y + box.height / 2.0;
  cv::Mat m = (cv::Mat_<double>(2, 3) << scale, 0, size / 2.0 - cx * scale, 0, scale, size / 2.0 - cy * scale);
  return m;
}

std::vector<cv::Point2f> mouth_polygon(const std::vector<cv::Point2f>& lm) {
  if (lm.size() != 106) return {};
  return {lm.begin() + 52, lm.begin() + 64};
}

Landmarks5 five_points_from_106(const std::vector<cv::Point2f>& lm) {
  if (lm.size() != 106) fail(ErrorKind::InvalidData, "expected 106 landmarks, got {}", lm.size());
  return {lm[38], lm[88], lm[86], lm[52], lm[61]};
}

Landmarker::Landmarker(runtime::ModelSpec spec, runtime::RuntimeConfig cfg)
    : slot_(with_role(std::move(spec), "landmarks"), std::move(cfg)) {}

std::vector<cv::Point2f> Landmarker::landmarks(const cv::Mat& bgr, const cv::Rect2f& box) const {
  const auto& model = slot_.get();
  const int size = square_input_size(model, 192);
  cv::Mat m;
  const auto blob = crop_blob(bgr, box, size, m);
  runtime::TensorView in{blob.data(), {1, 3, size, size}};
  const auto out = model.run(std::span<const runtime::TensorView>(&in, 1));
  if (out.empty() || out[0].data.size() != 212)
    fail(ErrorKind::InvalidData, "landmark model '{}' returned {} values (expected 212)", model.path().string(),
         out.empty() ? 0 : out[0].data.size());
  const cv::Mat inv = invert_affine(m);
  std::vector<cv::Point2f> pts(106);
  const float half = size / 2.f;
  for (int i = 0; i < 106; ++i) {
    const cv::Point2f p((out[0].data[2 * i] + 1.f) * half, (out[0].data[2 * i + 1] + 1.f) * half);
    pts[i] = transform_point(inv, p);
  }
  return pts;
}

void Landmarker::annotate(const cv::Mat& bgr, Faces& faces) const {
  for (auto& f : faces) {
    f.landmarks106 = landmarks(bgr, f.box);
    if (!f.has_kps) {
      f.kps = five_points_from_106(f.landmarks106);
      f.has_kps = true;
    }
  }
}

}  // namespace swapcam::face
