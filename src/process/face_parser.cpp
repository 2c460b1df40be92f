#include "process/face_parser.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "models/registry.h"
#include "process/face_mask.h"
#include "runtime/tensor.h"

namespace swapcam::process {

namespace {

runtime::ModelSpec parser_spec(const std::filesystem::path& file) {
  const int side = models::default_descriptor(models::Role::Parser).size;
  runtime::ModelSpec spec;
  spec.role = "face parser";
  spec.path = file;
  spec.warmup_shapes["input"] = {1, 3, side, side};
  spec.validate = validate_parser_model;
  return spec;
}

}  // namespace

void validate_parser_model(const runtime::Model& m) {
  const auto& in = m.inputs();
  if (in.size() != 1 || in[0].shape.size() != 4 || (in[0].shape[1] > 0 && in[0].shape[1] != 3))
    fail(ErrorKind::InvalidData, "face parser model '{}' must take one NCHW image [1,3,S,S] (BiSeNet)",
         m.path().string());
  const auto& out = m.outputs();
  if (out.empty() || out[0].shape.size() != 4 || (out[0].shape[1] > 0 && out[0].shape[1] != kParserClasses))
    fail(ErrorKind::InvalidData, "face parser model '{}' must output [1,{},H,W] class logits (BiSeNet)",
         m.path().string(), kParserClasses);
}

FaceParser::FaceParser(const std::filesystem::path& file, const runtime::RuntimeConfig& cfg)
    : slot_(parser_spec(file), cfg) {}

cv::Mat FaceParser::classes(const cv::Mat& crop) const {
  CV_Assert(crop.type() == CV_8UC3 && !crop.empty());
  const runtime::Model& m = slot_.get();
  const auto& shape = m.inputs()[0].shape;
  const int s = shape[2] > 0 ? static_cast<int>(shape[2]) : models::default_descriptor(models::Role::Parser).size;
  const models::Normalisation& norm = models::default_descriptor(models::Role::Parser).input;
  cv::Mat resized;
  cv::resize(crop, resized, cv::Size(s, s), 0, 0, cv::INTER_LINEAR);
  const size_t plane = static_cast<size_t>(s) * s;
  std::vector<float> blob(3 * plane);
  for (int y = 0; y < s; ++y) {
    const cv::Vec3b* row = resized.ptr<cv::Vec3b>(y);
    for (int x = 0; x < s; ++x)
      for (int c = 0; c < 3; ++c)  // c: RGB plane; OpenCV holds BGR
        blob[c * plane + static_cast<size_t>(y) * s + x] = (row[x][2 - c] / 255.f - norm.mean[c]) / norm.std[c];
  }
  const runtime::TensorView in{blob.data(), {1, 3, s, s}};
  const auto res = m.run(std::span(&in, 1));
  if (res.empty() || res[0].shape.size() != 4 || res[0].shape[1] != kParserClasses)
    fail(ErrorKind::InvalidData, "face parser model '{}' must output [1,{},H,W] class logits", m.path().string(),
         kParserClasses);
  const int h = static_cast<int>(res[0].shape[2]), w = static_cast<int>(res[0].shape[3]);
  const size_t out_plane = static_cast<size_t>(h) * w;
  const float* logits = res[0].data.data();
  cv::Mat labels(h, w, CV_8U);
  for (size_t i = 0; i < out_plane; ++i) {
    int best = 0;
    float best_v = logits[i];
    for (int c = 1; c < kParserClasses; ++c)
      if (logits[c * out_plane + i] > best_v) best_v = logits[c * out_plane + i], best = c;
    if (!std::isfinite(best_v))
      fail(ErrorKind::Runtime, "face parser model '{}' produced NaN or Inf (try --precision fp32)", m.path().string());
    labels.data[i] = static_cast<uint8_t>(best);
  }
  return labels;
}

cv::Mat FaceParser::mask(const cv::Mat& crop, unsigned class_bits) const {
  const cv::Mat labels = classes(crop);
  cv::Mat m(labels.size(), CV_32F);
  for (int i = 0; i < labels.rows * labels.cols; ++i)
    m.ptr<float>()[i] = (class_bits >> labels.data[i]) & 1u ? 1.f : 0.f;
  return refine_mask(m, crop.cols);
}

}  // namespace swapcam::process
