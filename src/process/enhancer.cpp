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

std::unique_ptr<FaceEnhancer> make_enhancer(std::string_view name, runtime::ModelSpec spec, runtime::RuntimeConfig cfg,
                                            float weight) {
  return std::make_unique<AlignedEnhancer>(models::require_descriptor(models::Role::Enhancer, name), std::move(spec),
                                           std::move(cfg), weight);
}

AlignedEnhancer::AlignedEnhancer(const models::ModelDescriptor& model, runtime::ModelSpec spec,
                                 runtime::RuntimeConfig cfg, float weight)
    : model_(model), weight_(weight), slot_(with_role(std::move(spec), model.name), std::move(cfg)) {}

int AlignedEnhancer::image_input() const {
  const auto& m = slot_.get();
  if (m.inputs().size() != 1 + model_.extras.size() || m.outputs().empty())
    fail(ErrorKind::InvalidData, "enhancer model '{}' has {} inputs; {} takes an image{} and gives an image",
         m.path().string(), m.inputs().size(), model_.name, model_.extras.empty() ? "" : " and its weight");
  for (const auto& x : model_.extras)
    if (m.input_index(std::string(x.name)) < 0)
      fail(ErrorKind::InvalidData, "enhancer model '{}' has no '{}' input, which {} needs", m.path().string(), x.name,
           model_.name);
  for (int i = 0; i < static_cast<int>(m.inputs().size()); ++i)
    if (m.inputs()[i].shape.size() == 4) return i;
  fail(ErrorKind::InvalidData, "enhancer model '{}' has no image input [1,3,S,S]", m.path().string());
}

int AlignedEnhancer::input_size() const {
  const auto& m = slot_.get();
  const auto& shape = m.inputs()[image_input()].shape;
  if (shape.size() != 4 || (shape[1] > 0 && shape[1] != 3))
    fail(ErrorKind::InvalidData, "enhancer model '{}' input is not [1,3,S,S]", m.path().string());
  if (shape[2] > 0 && shape[3] > 0 && shape[2] != shape[3])
    fail(ErrorKind::InvalidData, "enhancer model '{}' input is not square ({}x{})", m.path().string(), shape[3],
         shape[2]);
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
  // The image and, for models such as CodeFormer, the extra inputs (the weight), in the model's order.
  const int image = image_input();
  const auto& inputs = slot_.get().inputs();
  std::vector<runtime::TensorView> views(inputs.size());
  std::vector<float> extra_values(inputs.size(), 0.f);
  views[image] = {blob.data(), {1, 3, size, size}};
  for (const auto& x : model_.extras) {
    const int i = slot_.get().input_index(std::string(x.name));
    extra_values[i] = x.option == "enhancer-weight" ? weight_ : x.default_value;
    std::vector<int64_t> shape = inputs[i].shape;
    for (auto& d : shape)
      if (d < 0) d = 1;
    if (runtime::element_count(shape) != 1)
      fail(ErrorKind::InvalidData, "enhancer model '{}': input '{}' is not a single value", slot_.get().path().string(),
           x.name);
    views[i] = {&extra_values[i], shape};
  }
  auto run = [&] { return slot_.get().run(views); };
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
  const cv::Mat enhanced =
      planar_rgb_to_bgr8(out[0].data.data(), size, size, model_.output.tensor_scale(), model_.output.tensor_offset());
  paste_back(frame, enhanced, matrix, box_alpha_mask(size, kBoxRampFraction), {}, std::min(blend, 1.f));
}

}  // namespace swapcam::process
