#include "process/enhancer.h"

#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/planar_image.h"
#include "process/paste_back.h"
#include "runtime/model.h"

namespace swapcam::process {

namespace {

// Size of the template used to find the paste region: the region is the same at every crop size
// because the templates scale with it.
constexpr int kRegionReferenceSize = 512;
constexpr float kBoxRampFraction = 0.05f;

runtime::ModelSpec with_role(runtime::ModelSpec spec, std::string_view name) {
  if (spec.role.empty()) spec.role = "enhancer (" + std::string(name) + ")";
  return spec;
}

}  // namespace

std::unique_ptr<FaceEnhancer> make_enhancer(std::string_view name, runtime::ModelSpec spec, runtime::RuntimeConfig cfg) {
  return std::make_unique<AlignedEnhancer>(models::require_descriptor(models::Role::Enhancer, name), std::move(spec),
                                           std::move(cfg));
}

AlignedEnhancer::AlignedEnhancer(const models::ModelDescriptor& model, runtime::ModelSpec spec, runtime::RuntimeConfig cfg)
    : model_(model), slot_(with_role(std::move(spec), model.name), std::move(cfg)) {}

int AlignedEnhancer::input_size() const {
  const auto& m = slot_.get();
  if (m.inputs().size() != 1 || m.outputs().empty())
    fail(ErrorKind::InvalidData, "enhancer model '{}' must have one image input and an image output", m.path().string());
  const auto& shape = m.inputs()[0].shape;
  if (shape.size() != 4 || (shape[1] > 0 && shape[1] != 3))
    fail(ErrorKind::InvalidData, "enhancer model '{}' input is not [1,3,S,S]", m.path().string());
  if (shape[2] > 0 && shape[3] > 0 && shape[2] != shape[3])
    fail(ErrorKind::InvalidData, "enhancer model '{}' input is not square ({}x{})", m.path().string(), shape[3], shape[2]);
  return shape[2] > 0 ? static_cast<int>(shape[2]) : (shape[3] > 0 ? static_cast<int>(shape[3]) : model_.size);
}

cv::Rect AlignedEnhancer::region(const Landmarks5& kps, cv::Size frame_size) const {
  const cv::Mat m = estimate_alignment(kps, face_template_points(model_.face_template, kRegionReferenceSize));
  return crop_region(m, kRegionReferenceSize, frame_size);
}

void AlignedEnhancer::enhance(cv::Mat& frame, const Landmarks5& kps, float blend) const {
  if (!(blend > 0.f)) return;
  if (frame.type() != CV_8UC3) fail(ErrorKind::InvalidData, "the enhancer needs an 8-bit BGR frame");
  const int size = input_size();
  const cv::Mat matrix = estimate_alignment(kps, face_template_points(model_.face_template, size));
  cv::Mat crop;
  cv::warpAffine(frame, crop, matrix, cv::Size(size, size), cv::INTER_LINEAR, cv::BORDER_REPLICATE);

  const size_t plane = static_cast<size_t>(size) * size;
  std::vector<float> blob(3 * plane);
  bgr8_to_planar_rgb(crop, model_.input.pixel_scale(), model_.input.pixel_offset(), blob.data());
  runtime::TensorView in{blob.data(), {1, 3, size, size}};
  auto run = [&] { return slot_.get().run(std::span<const runtime::TensorView>(&in, 1)); };
  auto out = run();
  if (!out.empty() && !runtime::all_finite(out[0].data) && slot_.get().precision() == runtime::Precision::Fp16 &&
      slot_.demote_to_fp32("NaN/Inf values"))
    out = run();
  const auto& model = slot_.get();
  if (out.empty() || out[0].data.size() != 3 * plane)
    fail(ErrorKind::InvalidData, "enhancer model '{}' returned {} values, expected 3x{}x{}", model.path().string(),
         out.empty() ? 0 : out[0].data.size(), size, size);
  if (!runtime::all_finite(out[0].data))
    fail(ErrorKind::Runtime, "enhancer model '{}' produced NaN/Inf values", model.path().string());

  // The output range is clipped on the 0..255 side.
  const cv::Mat enhanced = planar_rgb_to_bgr8(out[0].data.data(), size, size, model_.output.tensor_scale(),
                                              model_.output.tensor_offset());
  paste_back(frame, enhanced, matrix, box_alpha_mask(size, kBoxRampFraction), {}, std::min(blend, 1.f));
}

}  // namespace swapcam::process
