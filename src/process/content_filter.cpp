#include "process/content_filter.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "models/registry.h"

namespace swapcam::process {

namespace fs = std::filesystem;

namespace {

const models::ModelDescriptor& contract(const ClassifierInfo& c) {
  return models::require_descriptor(models::Role::Classifier, c.id);
}

runtime::ModelSpec classifier_spec(size_t i, const fs::path& file) {
  const ClassifierInfo& c = kContentClassifiers[i];
  const int size = contract(c).size;
  runtime::ModelSpec spec;
  spec.role = fmt::format("content filter ({})", c.id);
  spec.path = file;
  spec.warmup_shapes["input"] = {1, 3, size, size};
  return spec;
}

}  // namespace

std::vector<float> classifier_blob(const cv::Mat& bgr, int size, const std::array<float, 3>& mean,
                                   const std::array<float, 3>& std) {
  if (bgr.empty() || bgr.type() != CV_8UC3) fail(ErrorKind::InvalidData, "content filter needs an 8-bit BGR frame");
  const double scale = std::min(double(size) / bgr.cols, double(size) / bgr.rows);
  const int w = std::clamp(int(bgr.cols * scale), 1, size), h = std::clamp(int(bgr.rows * scale), 1, size);
  cv::Mat fitted(size, size, CV_8UC3, cv::Scalar::all(0));
  cv::resize(bgr, fitted(cv::Rect((size - w) / 2, (size - h) / 2, w, h)), {w, h}, 0, 0,
             scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
  std::vector<float> blob(size_t(3) * size * size);
  const size_t plane = size_t(size) * size;
  for (int y = 0; y < size; ++y) {
    const cv::Vec3b* row = fitted.ptr<cv::Vec3b>(y);
    for (int x = 0; x < size; ++x) {
      const size_t at = size_t(y) * size + x;
      for (int c = 0; c < 3; ++c)  // c: RGB channel; OpenCV holds BGR
        blob[c * plane + at] = (row[x][2 - c] / 255.f - mean[c]) / std[c];
    }
  }
  return blob;
}

float classifier_score(ClassifierScore kind, const std::vector<int64_t>& shape, const std::vector<float>& v,
                       const std::string& model) {
  switch (kind) {
    case ClassifierScore::MaxClassScore: {
      // [1, 4 + classes, boxes]: rows 0..3 are the box, the rest class scores.
      if (shape.size() != 3 || shape[1] < 5 || shape[2] < 1 || v.size() != size_t(shape[1] * shape[2]))
        fail(ErrorKind::InvalidData, "content filter model '{}' must output [1, 4 + classes, boxes]", model);
      const auto first = v.begin() + 4 * shape[2];
      return *std::max_element(first, v.end());
    }
    case ClassifierScore::FirstMinusSecond:
      if (v.size() < 2) fail(ErrorKind::InvalidData, "content filter model '{}' must output two class values", model);
      return v[0] - v[1];
    case ClassifierScore::LastTwoMinusFirst2:
      if (v.size() < 4) fail(ErrorKind::InvalidData, "content filter model '{}' must output four class values", model);
      return (v[2] + v[3]) - (v[0] + v[1]);
  }
  return 0.f;
}

std::string ContentVerdict::describe() const {
  std::string names;
  for (size_t i = 0; i < votes.size(); ++i)
    if (votes[i]) names += (names.empty() ? "" : ", ") + std::string(kContentClassifiers[i].id);
  if (names.empty()) return "none of the 3 classifiers";
  return fmt::format("{} of 3 classifiers ({})", yes_votes(), names);
}

ContentFilter::ContentFilter(const std::array<fs::path, 3>& f, const runtime::RuntimeConfig& cfg)
    : slots_{{runtime::ModelSlot(classifier_spec(0, f[0]), cfg), runtime::ModelSlot(classifier_spec(1, f[1]), cfg),
              runtime::ModelSlot(classifier_spec(2, f[2]), cfg)}} {}

ContentVerdict ContentFilter::check(const cv::Mat& frame) const {
  ContentVerdict v;
  for (size_t i = 0; i < slots_.size(); ++i) {
    const ClassifierInfo& c = kContentClassifiers[i];
    const models::ModelDescriptor& d = contract(c);
    const runtime::Model& m = slots_[i].get();
    const auto& inputs = m.inputs();
    if (inputs.size() != 1 || inputs[0].shape.size() != 4 || (inputs[0].shape[2] > 0 && inputs[0].shape[2] != d.size) ||
        (inputs[0].shape[3] > 0 && inputs[0].shape[3] != d.size))
      fail(ErrorKind::InvalidData, "content filter model '{}' is not {}: its input must be [1,3,{},{}]",
           m.path().string(), c.id, d.size, d.size);
    const std::vector<float> blob = classifier_blob(frame, d.size, d.input.mean, d.input.std);
    const runtime::TensorView in{blob.data(), {1, 3, d.size, d.size}};
    const auto out = m.run(std::span(&in, 1));
    if (out.empty()) fail(ErrorKind::InvalidData, "content filter model '{}' has no output", m.path().string());
    const float s = classifier_score(c.score, out[0].shape, out[0].data, m.path().string());
    // The user asked for the check: a broken model must not wave frames through.
    if (!std::isfinite(s))
      fail(ErrorKind::Runtime,
           "content filter model '{}' produced {}; the check cannot be trusted (try --precision fp32)",
           m.path().string(), s);
    v.scores[i] = s;
    v.votes[i] = s > c.threshold;
  }
  v.flagged = v.yes_votes() >= kContentVotesNeeded;
  return v;
}

}  // namespace swapcam::process
