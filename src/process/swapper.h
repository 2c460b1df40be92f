#pragma once
// The face swappers (docs/MODELS.md, "Swappers"): inswapper, hyperswap, simswap, ghost and any model of
// their contracts. What differs between them (crop size, template, pixel normalisation, how the source
// identity is fed) is the model registry's descriptor (models/registry.h); this class only follows it.
//
// The source identity depends only on the source person: compute it once (source_latent) and pass it
// to every swap. swap() is const and may be called from many threads at once; the models are shared
// through their ModelSlots.
#include <memory>
#include <span>
#include <vector>

#include <opencv2/core.hpp>

#include "core/geometry.h"
#include "core/lazy_slot.h"
#include "models/registry.h"
#include "runtime/model_slot.h"
#include "runtime/tensor.h"

namespace swapcam::process {

// inswapper_128's crop side: the default swapper's, for callers that work with it directly.
inline constexpr int kSwapSize = 128;
// Every swapper so far takes a 512-d identity.
inline constexpr int kIdentitySize = 512;

// The swapper's source input for one person (512 values): the emap latent, the normed embedding or the
// converter's output, as the descriptor says.
using Latent = std::vector<float>;

// One swapped face: the BGR 8-bit result at the crop size and the frame -> crop transform it was aligned with.
struct SwappedFace {
  cv::Mat face;    // CV_8UC3, crop_size x crop_size
  cv::Mat matrix;  // 2x3 CV_64F, frame -> crop
};

// The aligned crop of a face and its transform.
struct SwapInput {
  cv::Mat crop;    // CV_8UC3, crop_size x crop_size (the target face as aligned)
  cv::Mat matrix;  // 2x3 CV_64F, frame -> crop
};

// Pre- and post-processing of inswapper_128, exposed so they can be measured and tested without a model.
SwapInput align_for_swap(const cv::Mat& frame, const Landmarks5& kps);  // arcface_128 at 128
SwapInput align_for_swap(const cv::Mat& frame, const Landmarks5& kps, FaceTemplate templ, int size);
// Writes one 128 crop as RGB/255 planes (3*128*128 floats) at `dst`.
void crop_to_blob(const cv::Mat& crop, float* dst);
// Converts one RGB [0,1] NCHW 128 output image to a BGR 8-bit 128x128 image (x255, clipped, rounded).
cv::Mat blob_to_face(const float* src);
// latent = e . emap, normalised; e is normalised first. emap is 512x512 row-major.
Latent latent_from_embedding(std::span<const float> embedding, std::span<const float> emap);

// Refuses (Error(InvalidData), naming the file and the shape) a model without the swapper inputs
// (target [n,3,S,S], source [n,512]) or whose output is not [n,3,S,S], S the descriptor's size.
// Run at load (runtime::ModelSpec::validate), before the warm-up.
void validate_swapper_model(const runtime::Model& model, int size);
void validate_swapper_model(const runtime::Model& model);  // inswapper_128

// What a swap is set up with besides its model file.
struct SwapperSetup {
  runtime::ModelSpec converter;  // the embedding converter of simswap and ghost (path empty: none)
  int pixel_boost = 0;           // side of the crop the face is swapped at; 0 = the model's size
  float weight = 0.5f;           // identity strength 0..1; 0.5 = as the model gives it
};

class Swapper {
 public:
  // inswapper_128 (the registry's default swapper). spec.path: the fp32 file (the emap is read from
  // it); spec.fp16_path: optional fp16 variant.
  Swapper(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);
  // Any swapper of the registry. Error(Usage) for a pixel boost that is not a multiple of the model's
  // size, or a model that needs a converter without one.
  Swapper(const models::ModelDescriptor& model, runtime::ModelSpec spec, runtime::RuntimeConfig cfg,
          SwapperSetup setup = {});

  const models::ModelDescriptor& descriptor() const { return model_; }
  int model_size() const { return model_.size; }
  int crop_size() const { return crop_size_; }
  int boost_factor() const { return crop_size_ / model_.size; }  // k: k*k model runs per face
  float weight() const { return weight_; }
  // True when each face's identity input depends on the face itself (a weight other than 0.5): the
  // caller then passes the faces' embeddings to identity_for().
  bool mixes_target() const { return weight_ != 0.5f; }

  // The aligned crop of a face at crop_size(), with this model's template.
  SwapInput align(const cv::Mat& frame, const Landmarks5& kps) const;

  // The source input of a person from one or more normed embeddings (several photos): their mean,
  // renormalised, fed as the descriptor says. `norms`: the raw embeddings' lengths (GHOST's converter
  // takes the raw embedding; without them it gets the normed one times a length of 1). Error(InvalidData)
  // for an empty list or embeddings that are not 512-d.
  Latent source_latent(std::span<const std::vector<float>> embeddings, std::span<const float> norms = {}) const;
  // The source input with the target face's normed embedding mixed in by the weight (models.md:
  // w' = 0.35 - 0.7 * weight; source' = source * (1 - w') + target * w'). `source` is the person's mean
  // normed embedding and `source_norm` its raw length (as for source_latent).
  Latent identity_for(std::span<const float> source, float source_norm, std::span<const float> target,
                      float target_norm) const;

  // Swaps every face (kps[i]) with latents[i] (one latent for all faces when latents.size() == 1).
  // One batched run for every face and every pixel-boost tile when the model's batch dimension is
  // dynamic, else one run per tile on the already prepared inputs. An fp16 run that yields NaN/Inf
  // demotes the slot to fp32 and re-runs.
  std::vector<SwappedFace> swap(const cv::Mat& frame, std::span<const Landmarks5> kps,
                                std::span<const Latent> latents) const;
  // The same on already aligned inputs (align()), for callers that keep the crops.
  std::vector<SwappedFace> swap_aligned(std::span<const SwapInput> inputs, std::span<const Latent> latents) const;

  // The model's raw run on a prepared batch: targets [n,3,S,S] normalised as the descriptor says and
  // latents [n,512]. Returns n*3*S*S floats in the model's output space. Applies the NaN/Inf guard.
  std::vector<float> infer(std::span<const float> target_blob, std::span<const float> latent_blob, int n) const;

  const std::vector<float>& emap() const { return emap_.get(); }
  runtime::ModelSlot& slot() const { return slot_; }
  // True when the loaded model accepts any batch size in one run.
  bool dynamic_batch() const;

 private:
  std::vector<float> run_checked(std::span<const float> target_blob, std::span<const float> latent_blob, int n) const;
  Latent feed(std::vector<float> embedding, float norm) const;  // embedding -> the model's source input
  std::vector<float> convert(std::span<const float> embedding) const;

  const models::ModelDescriptor& model_;
  int crop_size_;
  float weight_;
  mutable runtime::ModelSlot slot_;
  mutable LazySlot<std::vector<float>> emap_;
  std::unique_ptr<runtime::ModelSlot> converter_;
};

}  // namespace swapcam::process
