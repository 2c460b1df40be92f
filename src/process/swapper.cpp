#include "process/swapper.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "core/planar_image.h"
#include "runtime/model.h"
#include "runtime/onnx_reader.h"

namespace swapcam::process {

namespace {

constexpr int kLatentSize = 512;
constexpr size_t kPlane = static_cast<size_t>(kSwapSize) * kSwapSize;
constexpr size_t kImageFloats = 3 * kPlane;

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string s;
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? "x" : "") + (shape[i] < 0 ? std::string("?") : std::to_string(shape[i]));
  return s.empty() ? "a scalar" : s;
}

// The output is an NCHW face: [n,3,128,128] (n may be dynamic; a dynamic image dimension is checked
// on the first run's actual shape). An NHWC [n,128,128,3] output would be read as scrambled planes.
void check_output_shape(const runtime::Model& m, const std::vector<int64_t>& shape, bool declared) {
  const bool ok = shape.size() == 4 && (shape[1] == 3 || (declared && shape[1] < 0)) &&
                  (shape[2] == kSwapSize || (declared && shape[2] < 0)) &&
                  (shape[3] == kSwapSize || (declared && shape[3] < 0));
  if (!ok)
    fail(ErrorKind::InvalidData, "swapper model '{}' {} an output of {}; swapcam needs Nx3x128x128 (NCHW)",
         m.path().string(), declared ? "declares" : "returned", shape_text(shape));
}

runtime::ModelSpec with_role(runtime::ModelSpec spec) {
  if (spec.role.empty()) spec.role = "swapper";
  if (!spec.validate) spec.validate = validate_swapper_model;
  return spec;
}

void normalize(std::vector<float>& v) {
  double n = 0;
  for (float x : v) n += static_cast<double>(x) * x;
  n = std::sqrt(n);
  if (!(n > 0) || !std::isfinite(n)) fail(ErrorKind::InvalidData, "cannot normalise a zero or non-finite vector");
  for (float& x : v) x = static_cast<float>(x / n);
}

// Which input is the target image and which the source latent: by name, else by rank.
struct SwapperInputs {
  int target = -1, source = -1;
};
SwapperInputs find_inputs(const runtime::Model& m) {
  SwapperInputs io{m.input_index("target"), m.input_index("source")};
  for (int i = 0; i < static_cast<int>(m.inputs().size()); ++i) {
    const auto rank = m.inputs()[i].shape.size();
    if (io.target < 0 && rank == 4) io.target = i;
    else if (io.source < 0 && rank == 2 && i != io.target) io.source = i;
  }
  if (m.inputs().size() != 2 || io.target < 0 || io.source < 0 || io.target == io.source)
    fail(ErrorKind::InvalidData, "swapper model '{}' does not have the inswapper inputs (target [n,3,128,128], source [n,512])",
         m.path().string());
  return io;
}

}  // namespace

void validate_swapper_model(const runtime::Model& m) {
  find_inputs(m);
  if (m.outputs().empty()) fail(ErrorKind::InvalidData, "swapper model '{}' has no output", m.path().string());
  check_output_shape(m, m.outputs()[0].shape, /*declared=*/true);
}

SwapInput align_for_swap(const cv::Mat& frame, const Landmarks5& kps) {
  if (frame.empty() || frame.type() != CV_8UC3) fail(ErrorKind::InvalidData, "the swapper needs an 8-bit BGR frame");
  SwapInput in;
  in.matrix = estimate_alignment(kps, arcface_template(kSwapSize));
  cv::warpAffine(frame, in.crop, in.matrix, cv::Size(kSwapSize, kSwapSize), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                 cv::Scalar::all(0));
  return in;
}

void crop_to_blob(const cv::Mat& crop, float* dst) {
  CV_Assert(crop.type() == CV_8UC3 && crop.rows == kSwapSize && crop.cols == kSwapSize);
  bgr8_to_planar_rgb(crop, 1.f / 255.f, 0.f, dst);
}

cv::Mat blob_to_face(const float* src) { return planar_rgb_to_bgr8(src, kSwapSize, kSwapSize, 255.f, 0.f); }

Latent latent_from_embedding(std::span<const float> embedding, std::span<const float> emap) {
  if (embedding.size() != kLatentSize)
    fail(ErrorKind::InvalidData, "source embedding has {} values, expected {}", embedding.size(), kLatentSize);
  if (emap.size() != static_cast<size_t>(kLatentSize) * kLatentSize)
    fail(ErrorKind::InvalidData, "emap has {} values, expected 512x512", emap.size());
  std::vector<float> e(embedding.begin(), embedding.end());
  normalize(e);
  Latent latent(kLatentSize, 0.f);
  // Row vector times matrix: accumulate rows so the inner loop runs over contiguous memory.
  for (int i = 0; i < kLatentSize; ++i) {
    const float ei = e[i];
    const float* row = emap.data() + static_cast<size_t>(i) * kLatentSize;
    for (int j = 0; j < kLatentSize; ++j) latent[j] += ei * row[j];
  }
  normalize(latent);
  return latent;
}

Swapper::Swapper(runtime::ModelSpec spec, runtime::RuntimeConfig cfg)
    : slot_(with_role(std::move(spec)), std::move(cfg)),
      emap_([path = slot_.spec().path] {
        auto emap = runtime::read_emap(path);
        if (emap.size() != static_cast<size_t>(kLatentSize) * kLatentSize)
          fail(ErrorKind::InvalidData, "emap of '{}' has {} values, expected 512x512", path.string(), emap.size());
        return std::make_unique<std::vector<float>>(std::move(emap));
      }) {}

Latent Swapper::source_latent(std::span<const std::vector<float>> embeddings) const {
  if (embeddings.empty()) fail(ErrorKind::InvalidData, "no source embedding to build a latent from");
  std::vector<double> mean(kLatentSize, 0.0);
  for (const auto& e : embeddings) {
    if (e.size() != kLatentSize)
      fail(ErrorKind::InvalidData, "source embedding has {} values, expected {}", e.size(), kLatentSize);
    double n = 0;
    for (float x : e) n += static_cast<double>(x) * x;
    n = std::sqrt(n);
    if (!(n > 0) || !std::isfinite(n)) fail(ErrorKind::InvalidData, "source embedding is zero or not finite");
    for (int i = 0; i < kLatentSize; ++i) mean[i] += e[i] / n;
  }
  std::vector<float> avg(mean.begin(), mean.end());
  return latent_from_embedding(avg, emap_.get());
}

bool Swapper::dynamic_batch() const {
  const auto& m = slot_.get();
  const auto io = find_inputs(m);
  return m.inputs()[io.target].shape[0] < 0;
}

std::vector<float> Swapper::run_checked(std::span<const float> target_blob, std::span<const float> latent_blob,
                                        int n) const {
  const auto& model = slot_.get();
  const auto io = find_inputs(model);
  std::vector<runtime::TensorView> views(2);
  views[io.target] = {target_blob.data(), {n, 3, kSwapSize, kSwapSize}};
  views[io.source] = {latent_blob.data(), {n, kLatentSize}};
  auto out = model.run(views);
  if (!out.empty()) check_output_shape(model, out[0].shape, /*declared=*/false);
  if (out.empty() || out[0].data.size() != static_cast<size_t>(n) * kImageFloats)
    fail(ErrorKind::InvalidData, "swapper model '{}' returned {} values, expected {}x3x128x128",
         model.path().string(), out.empty() ? 0 : out[0].data.size(), n);
  if (!runtime::all_finite(out[0].data)) {
    if (model.precision() == runtime::Precision::Fp16) {
      slot_.demote_to_fp32("NaN/Inf values");
      return run_checked(target_blob, latent_blob, n);  // the demoted slot loads the fp32 file
    }
    fail(ErrorKind::Runtime, "swapper model '{}' produced NaN/Inf values on {}", model.path().string(),
         runtime::short_name(model.provider()));
  }
  return std::move(out[0].data);
}

std::vector<float> Swapper::infer(std::span<const float> target_blob, std::span<const float> latent_blob, int n) const {
  if (n <= 0) return {};
  if (target_blob.size() != static_cast<size_t>(n) * kImageFloats || latent_blob.size() != static_cast<size_t>(n) * kLatentSize)
    fail(ErrorKind::InvalidData, "swapper input sizes do not match a batch of {}", n);
  if (n == 1 || dynamic_batch()) return run_checked(target_blob, latent_blob, n);
  // A fixed batch of one: run face by face on the prepared planes (nothing recomputed).
  std::vector<float> out;
  out.reserve(static_cast<size_t>(n) * kImageFloats);
  for (int i = 0; i < n; ++i) {
    auto one = run_checked(target_blob.subspan(static_cast<size_t>(i) * kImageFloats, kImageFloats),
                           latent_blob.subspan(static_cast<size_t>(i) * kLatentSize, kLatentSize), 1);
    out.insert(out.end(), one.begin(), one.end());
  }
  return out;
}

std::vector<SwappedFace> Swapper::swap_aligned(std::span<const SwapInput> inputs, std::span<const Latent> latents) const {
  if (inputs.empty()) return {};
  if (latents.size() != 1 && latents.size() != inputs.size())
    fail(ErrorKind::InvalidData, "{} latents for {} faces", latents.size(), inputs.size());
  const int n = static_cast<int>(inputs.size());
  std::vector<float> targets(static_cast<size_t>(n) * kImageFloats);
  std::vector<float> sources(static_cast<size_t>(n) * kLatentSize);
  for (int i = 0; i < n; ++i) {
    crop_to_blob(inputs[i].crop, targets.data() + static_cast<size_t>(i) * kImageFloats);
    const Latent& l = latents.size() == 1 ? latents[0] : latents[i];
    if (l.size() != kLatentSize) fail(ErrorKind::InvalidData, "latent has {} values, expected {}", l.size(), kLatentSize);
    std::copy(l.begin(), l.end(), sources.begin() + static_cast<ptrdiff_t>(i) * kLatentSize);
  }
  const auto out = infer(targets, sources, n);
  std::vector<SwappedFace> result(inputs.size());
  for (int i = 0; i < n; ++i) {
    result[i].face = blob_to_face(out.data() + static_cast<size_t>(i) * kImageFloats);
    result[i].matrix = inputs[i].matrix;
  }
  return result;
}

std::vector<SwappedFace> Swapper::swap(const cv::Mat& frame, std::span<const Landmarks5> kps,
                                       std::span<const Latent> latents) const {
  std::vector<SwapInput> inputs;
  inputs.reserve(kps.size());
  for (const auto& k : kps) inputs.push_back(align_for_swap(frame, k));
  return swap_aligned(inputs, latents);
}

}  // namespace swapcam::process
