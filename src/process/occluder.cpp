#include "process/occluder.h"

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "models/registry.h"
#include "process/face_mask.h"
#include "runtime/tensor.h"

namespace swapcam::process {

namespace {

// The model's side: its declared input height, else the registry's (xseg: 256).
int input_side(const runtime::Model& m) {
  const auto& s = m.inputs()[0].shape;
  return s[1] > 0 ? static_cast<int>(s[1]) : models::default_descriptor(models::Role::Occluder).size;
}

}  // namespace

void validate_occluder_model(const runtime::Model& m) {
  const auto& in = m.inputs();
  if (in.size() != 1 || in[0].shape.size() != 4 || (in[0].shape[3] > 0 && in[0].shape[3] != 3) ||
      (in[0].shape[1] > 0 && in[0].shape[2] > 0 && in[0].shape[1] != in[0].shape[2]))
    fail(ErrorKind::InvalidData, "occluder model '{}' must take one NHWC image [1,S,S,3] (XSeg)", m.path().string());
  if (m.outputs().empty()) fail(ErrorKind::InvalidData, "occluder model '{}' has no output", m.path().string());
}

Occluder::Occluder(const std::vector<std::filesystem::path>& files, const runtime::RuntimeConfig& cfg) {
  if (files.empty()) fail(ErrorKind::Usage, "no occluder model given");
  const int side = models::default_descriptor(models::Role::Occluder).size;
  for (const auto& f : files) {
    runtime::ModelSpec spec;
    spec.role = "occluder";
    spec.path = f;
    spec.warmup_shapes["input"] = {1, side, side, 3};
    spec.validate = validate_occluder_model;
    slots_.push_back(std::make_unique<runtime::ModelSlot>(std::move(spec), cfg));
  }
}

cv::Mat Occluder::raw_mask(const cv::Mat& crop) const {
  CV_Assert(crop.type() == CV_8UC3 && !crop.empty());
  cv::Mat out;
  for (const auto& slot : slots_) {
    const runtime::Model& m = slot->get();
    const int s = input_side(m);
    cv::Mat resized, blob;
    cv::resize(crop, resized, cv::Size(s, s), 0, 0, cv::INTER_LINEAR);
    resized.convertTo(blob, CV_32FC3, 1.0 / 255.0);  // BGR / 255, NHWC as OpenCV holds it
    const runtime::TensorView in{blob.ptr<float>(), {1, s, s, 3}};
    const auto res = m.run(std::span(&in, 1));
    if (res.empty() || res[0].data.size() != static_cast<size_t>(s) * s)
      fail(ErrorKind::InvalidData, "occluder model '{}' must output {}x{} values (got {})", m.path().string(), s, s,
           res.empty() ? 0 : res[0].data.size());
    cv::Mat one = cv::Mat(s, s, CV_32F, const_cast<float*>(res[0].data.data())).clone();
    if (!cv::checkRange(one))
      fail(ErrorKind::Runtime, "occluder model '{}' produced NaN or Inf (try --precision fp32)", m.path().string());
    if (out.empty()) out = one;
    else {
      if (one.size() != out.size()) cv::resize(one, one, out.size());
      cv::min(out, one, out);
    }
  }
  return out;
}

cv::Mat Occluder::mask(const cv::Mat& crop) const { return refine_mask(raw_mask(crop), crop.cols); }

}  // namespace swapcam::process
