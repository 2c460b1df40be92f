#include "process/swapper.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "core/planar_image.h"
#include "process/pixel_boost.h"
#include "runtime/model.h"
#include "runtime/onnx_reader.h"

namespace swapcam::process {

namespace {

using models::IdentityFeed;

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string s;
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? "x" : "") + (shape[i] < 0 ? std::string("?") : std::to_string(shape[i]));
  return s.empty() ? "a scalar" : s;
}

// The output is an NCHW face: [n,3,S,S] (n may be dynamic; a dynamic image dimension is checked on the
// first run's actual shape). An NHWC [n,S,S,3] output would be read as scrambled planes.
void check_output_shape(const runtime::Model& m, const std::vector<int64_t>& shape, bool declared, int size) {
  const auto fits = [&](int64_t d, int64_t want) { return d == want || (declared && d < 0); };
  const bool ok = shape.size() == 4 && fits(shape[1], 3) && fits(shape[2], size) && fits(shape[3], size);
  if (!ok)
    fail(ErrorKind::InvalidData, "swapper model '{}' {} an output of {}; swapcam needs Nx3x{}x{} (NCHW)",
         m.path().string(), declared ? "declares" : "returned", shape_text(shape), size, size);
}

void normalize(std::vector<float>& v) {
  double n = 0;
  for (float x : v) n += static_cast<double>(x) * x;
  n = std::sqrt(n);
  if (!(n > 0) || !std::isfinite(n)) fail(ErrorKind::InvalidData, "cannot normalise a zero or non-finite vector");
  for (float& x : v) x = static_cast<float>(x / n);
}

// Which input is the target image and which the source identity: by name, else by rank.
struct SwapperInputs {
  int target = -1, source = -1;
};
SwapperInputs find_inputs(const runtime::Model& m, int size) {
  SwapperInputs io{m.input_index("target"), m.input_index("source")};
  for (int i = 0; i < static_cast<int>(m.inputs().size()); ++i) {
    const auto rank = m.inputs()[i].shape.size();
    if (io.target < 0 && rank == 4) io.target = i;
    else if (io.source < 0 && rank == 2 && i != io.target) io.source = i;
  }
  if (m.inputs().size() != 2 || io.target < 0 || io.source < 0 || io.target == io.source)
    fail(ErrorKind::InvalidData,
         "swapper model '{}' does not have the swapper inputs (target [n,3,{},{}], source [n,512])", m.path().string(),
         size, size);
  return io;
}

runtime::ModelSpec with_role(runtime::ModelSpec spec, int size) {
  if (spec.role.empty()) spec.role = "swapper";
  if (!spec.validate) spec.validate = [size](const runtime::Model& m) { validate_swapper_model(m, size); };
  return spec;
}

const models::ModelDescriptor& checked(const models::ModelDescriptor& d) {
  if (d.kind != models::Role::Swapper || d.size <= 0)
    fail(ErrorKind::Usage, "'{}' is not a swapper of the model registry", d.name);
  return d;
}

int boosted_size(const models::ModelDescriptor& d, int boost) {
  if (boost <= 0 || boost == d.size) return d.size;
  if (boost < d.size) {
    log::info("--pixel-boost {} is below {}'s own {} px: swapping at {}", boost, d.name, d.size, d.size);
    return d.size;
  }
  if (boost % d.size != 0)
    fail(ErrorKind::Usage, "--pixel-boost {} is not a multiple of {}'s {} px (use {}, {}, {}, ...)", boost, d.name,
         d.size, d.size, 2 * d.size, 3 * d.size);
  return boost;
}

bool needs_converter(IdentityFeed f) {
  return f == IdentityFeed::ConvertedEmbedding || f == IdentityFeed::ConvertedRawEmbedding;
}

}  // namespace

void validate_swapper_model(const runtime::Model& m, int size) {
  find_inputs(m, size);
  if (m.outputs().empty()) fail(ErrorKind::InvalidData, "swapper model '{}' has no output", m.path().string());
  check_output_shape(m, m.outputs()[0].shape, /*declared=*/true, size);
}

void validate_swapper_model(const runtime::Model& m) { validate_swapper_model(m, kSwapSize); }

SwapInput align_for_swap(const cv::Mat& frame, const Landmarks5& kps, FaceTemplate templ, int size) {
  if (frame.empty() || frame.type() != CV_8UC3) fail(ErrorKind::InvalidData, "the swapper needs an 8-bit BGR frame");
  SwapInput in;
  in.matrix = estimate_alignment(kps, face_template_points(templ, size));
  cv::warpAffine(frame, in.crop, in.matrix, cv::Size(size, size), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                 cv::Scalar::all(0));
  return in;
}

SwapInput align_for_swap(const cv::Mat& frame, const Landmarks5& kps) {
  return align_for_swap(frame, kps, FaceTemplate::Arcface128, kSwapSize);
}

void crop_to_blob(const cv::Mat& crop, float* dst) {
  CV_Assert(crop.type() == CV_8UC3 && crop.rows == kSwapSize && crop.cols == kSwapSize);
  bgr8_to_planar_rgb(crop, 1.f / 255.f, 0.f, dst);
}

cv::Mat blob_to_face(const float* src) { return planar_rgb_to_bgr8(src, kSwapSize, kSwapSize, 255.f, 0.f); }

Latent latent_from_embedding(std::span<const float> embedding, std::span<const float> emap) {
  if (embedding.size() != kIdentitySize)
    fail(ErrorKind::InvalidData, "source embedding has {} values, expected {}", embedding.size(), kIdentitySize);
  if (emap.size() != static_cast<size_t>(kIdentitySize) * kIdentitySize)
    fail(ErrorKind::InvalidData, "emap has {} values, expected 512x512", emap.size());
  std::vector<float> e(embedding.begin(), embedding.end());
  normalize(e);
  Latent latent(kIdentitySize, 0.f);
  // Row vector times matrix: accumulate rows so the inner loop runs over contiguous memory.
  for (int i = 0; i < kIdentitySize; ++i) {
    const float ei = e[i];
    const float* row = emap.data() + static_cast<size_t>(i) * kIdentitySize;
    for (int j = 0; j < kIdentitySize; ++j) latent[j] += ei * row[j];
  }
  normalize(latent);
  return latent;
}

Swapper::Swapper(runtime::ModelSpec spec, runtime::RuntimeConfig cfg)
    : Swapper(models::default_descriptor(models::Role::Swapper), std::move(spec), std::move(cfg)) {}

Swapper::Swapper(const models::ModelDescriptor& model, runtime::ModelSpec spec, runtime::RuntimeConfig cfg,
                 SwapperSetup setup)
    : model_(checked(model)),
      crop_size_(boosted_size(model_, setup.pixel_boost)),
      weight_(setup.weight),
      slot_(with_role(std::move(spec), model_.size), cfg),
      emap_([path = slot_.spec().path] {
        auto emap = runtime::read_emap(path);
        if (emap.size() != static_cast<size_t>(kIdentitySize) * kIdentitySize)
          fail(ErrorKind::InvalidData, "emap of '{}' has {} values, expected 512x512", path.string(), emap.size());
        return std::make_unique<std::vector<float>>(std::move(emap));
      }) {
  if (!(weight_ >= 0.f && weight_ <= 1.f))
    fail(ErrorKind::Usage, "--swapper-weight must be from 0 to 1 (got {})", weight_);
  if (needs_converter(model_.identity)) {
    if (setup.converter.path.empty())
      fail(ErrorKind::Usage, "swapper {} needs its embedding converter ({}.onnx)", model_.name, model_.converter);
    if (setup.converter.role.empty()) setup.converter.role = "embedding converter";
    converter_ = std::make_unique<runtime::ModelSlot>(std::move(setup.converter), std::move(cfg));
  }
}

SwapInput Swapper::align(const cv::Mat& frame, const Landmarks5& kps) const {
  return align_for_swap(frame, kps, model_.face_template, crop_size_);
}

std::vector<float> Swapper::convert(std::span<const float> embedding) const {
  const auto& m = converter_->get();
  runtime::TensorView in{embedding.data(), {1, kIdentitySize}};
  auto out = m.run(std::span<const runtime::TensorView>(&in, 1));
  if (out.empty() || out[0].data.size() != kIdentitySize || !runtime::all_finite(out[0].data))
    fail(ErrorKind::InvalidData, "embedding converter '{}' did not return 512 finite values", m.path().string());
  return std::move(out[0].data);
}

Latent Swapper::feed(std::vector<float> embedding, float norm) const {
  switch (model_.identity) {
    case IdentityFeed::EmapLatent: return latent_from_embedding(embedding, emap_.get());
    case IdentityFeed::NormedEmbedding: normalize(embedding); return embedding;
    case IdentityFeed::ConvertedEmbedding: {
      auto converted = convert(embedding);
      normalize(converted);
      return converted;
    }
    case IdentityFeed::ConvertedRawEmbedding: {
      for (float& x : embedding) x *= norm > 0.f ? norm : 1.f;  // back to the recogniser's raw length
      return convert(embedding);
    }
    case IdentityFeed::None:
    case IdentityFeed::SourceImage: break;
  }
  fail(ErrorKind::Usage, "swapper {} is fed by {}, which swapcam does not implement", model_.name,
       models::identity_feed_name(model_.identity));
}

Latent Swapper::source_latent(std::span<const std::vector<float>> embeddings, std::span<const float> norms) const {
  if (embeddings.empty()) fail(ErrorKind::InvalidData, "no source embedding to build a latent from");
  std::vector<double> mean(kIdentitySize, 0.0);
  for (const auto& e : embeddings) {
    if (e.size() != kIdentitySize)
      fail(ErrorKind::InvalidData, "source embedding has {} values, expected {}", e.size(), kIdentitySize);
    double n = 0;
    for (float x : e) n += static_cast<double>(x) * x;
    n = std::sqrt(n);
    if (!(n > 0) || !std::isfinite(n)) fail(ErrorKind::InvalidData, "source embedding is zero or not finite");
    for (int i = 0; i < kIdentitySize; ++i) mean[i] += e[i] / n;
  }
  double norm = 0;
  for (float x : norms) norm += x;
  std::vector<float> avg(mean.begin(), mean.end());
  normalize(avg);
  return feed(std::move(avg), norms.empty() ? 1.f : static_cast<float>(norm / norms.size()));
}

Latent Swapper::identity_for(std::span<const float> source, float source_norm, std::span<const float> target,
                             float target_norm) const {
  if (source.size() != kIdentitySize) fail(ErrorKind::InvalidData, "source embedding has {} values", source.size());
  if (!mixes_target() || target.size() != kIdentitySize) return feed({source.begin(), source.end()}, source_norm);
  // docs/MODELS.md, "Swapper weight": 0 -> 0.35 toward the target, 1 -> 0.35 away from it. GHOST mixes
  // raw embeddings; the others normed ones.
  const float w = 0.35f - 0.7f * weight_;
  const bool raw = model_.identity == IdentityFeed::ConvertedRawEmbedding;
  const float s_len = raw && source_norm > 0.f ? source_norm : 1.f,
              t_len = raw && target_norm > 0.f ? target_norm : 1.f;
  std::vector<float> mixed(kIdentitySize);
  for (int i = 0; i < kIdentitySize; ++i) mixed[i] = source[i] * s_len * (1.f - w) + target[i] * t_len * w;
  if (!raw) return feed(std::move(mixed), 1.f);
  // feed() scales a normed embedding back to its raw length; hand it the mix as direction and length.
  double n = 0;
  for (float x : mixed) n += static_cast<double>(x) * x;
  n = std::sqrt(n);
  normalize(mixed);
  return feed(std::move(mixed), static_cast<float>(n));
}

bool Swapper::dynamic_batch() const {
  const auto& m = slot_.get();
  const auto io = find_inputs(m, model_.size);
  return m.inputs()[io.target].shape[0] < 0;
}

std::vector<float> Swapper::run_checked(std::span<const float> target_blob, std::span<const float> latent_blob,
                                        int n) const {
  const auto& model = slot_.get();
  const int size = model_.size;
  const auto io = find_inputs(model, size);
  std::vector<runtime::TensorView> views(2);
  views[io.target] = {target_blob.data(), {n, 3, size, size}};
  views[io.source] = {latent_blob.data(), {n, kIdentitySize}};
  auto out = model.run(views);
  if (!out.empty()) check_output_shape(model, out[0].shape, /*declared=*/false, size);
  const size_t image = 3 * static_cast<size_t>(size) * size;
  if (out.empty() || out[0].data.size() != static_cast<size_t>(n) * image)
    fail(ErrorKind::InvalidData, "swapper model '{}' returned {} values, expected {}x3x{}x{}", model.path().string(),
         out.empty() ? 0 : out[0].data.size(), n, size, size);
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
  const size_t image = 3 * static_cast<size_t>(model_.size) * model_.size;
  if (target_blob.size() != static_cast<size_t>(n) * image ||
      latent_blob.size() != static_cast<size_t>(n) * kIdentitySize)
    fail(ErrorKind::InvalidData, "swapper input sizes do not match a batch of {}", n);
  if (n == 1 || dynamic_batch()) return run_checked(target_blob, latent_blob, n);
  // A fixed batch of one: run tile by tile on the prepared planes (nothing recomputed).
  std::vector<float> out;
  out.reserve(static_cast<size_t>(n) * image);
  for (int i = 0; i < n; ++i) {
    auto one = run_checked(target_blob.subspan(static_cast<size_t>(i) * image, image),
                           latent_blob.subspan(static_cast<size_t>(i) * kIdentitySize, kIdentitySize), 1);
    out.insert(out.end(), one.begin(), one.end());
  }
  return out;
}

std::vector<SwappedFace> Swapper::swap_aligned(std::span<const SwapInput> inputs,
                                               std::span<const Latent> latents) const {
  if (inputs.empty()) return {};
  if (latents.size() != 1 && latents.size() != inputs.size())
    fail(ErrorKind::InvalidData, "{} latents for {} faces", latents.size(), inputs.size());
  const int k = boost_factor(), tiles = k * k, size = model_.size;
  const size_t image = 3 * static_cast<size_t>(size) * size;
  const int n = static_cast<int>(inputs.size()) * tiles;
  std::vector<float> targets(static_cast<size_t>(n) * image);
  std::vector<float> sources(static_cast<size_t>(n) * kIdentitySize);
  const auto scale = model_.input.pixel_scale(), offset = model_.input.pixel_offset();
  for (size_t f = 0; f < inputs.size(); ++f) {
    if (inputs[f].crop.rows != crop_size_ || inputs[f].crop.cols != crop_size_ || inputs[f].crop.type() != CV_8UC3)
      fail(ErrorKind::InvalidData, "swapper {} needs 8-bit BGR {}x{} crops", model_.name, crop_size_, crop_size_);
    const Latent& l = latents.size() == 1 ? latents[0] : latents[f];
    if (l.size() != kIdentitySize)
      fail(ErrorKind::InvalidData, "latent has {} values, expected {}", l.size(), kIdentitySize);
    const auto split = split_boost_tiles(inputs[f].crop, k);
    for (int t = 0; t < tiles; ++t) {
      const size_t b = f * tiles + t;
      bgr8_to_planar_rgb(split[t], scale, offset, targets.data() + b * image);
      std::copy(l.begin(), l.end(), sources.begin() + static_cast<ptrdiff_t>(b * kIdentitySize));
    }
  }
  const auto out = infer(targets, sources, n);
  const auto out_scale = model_.output.tensor_scale(), out_offset = model_.output.tensor_offset();
  std::vector<SwappedFace> result(inputs.size());
  std::vector<cv::Mat> faces(tiles);
  for (size_t f = 0; f < inputs.size(); ++f) {
    for (int t = 0; t < tiles; ++t)
      faces[t] = planar_rgb_to_bgr8(out.data() + (f * tiles + t) * image, size, size, out_scale, out_offset);
    result[f].face = merge_boost_tiles(faces, k);
    result[f].matrix = inputs[f].matrix;
  }
  return result;
}

std::vector<SwappedFace> Swapper::swap(const cv::Mat& frame, std::span<const Landmarks5> kps,
                                       std::span<const Latent> latents) const {
  std::vector<SwapInput> inputs;
  inputs.reserve(kps.size());
  for (const auto& k : kps) inputs.push_back(align(frame, k));
  return swap_aligned(inputs, latents);
}

}  // namespace swapcam::process
