#pragma once
// The inswapper_128 face swapper (models.md, "Swapper: inswapper_128").
//
// The source latent depends only on the source person: compute it once (source_latent) and pass it
// to every swap. The emap is read from the model file once per Swapper. swap() is const and may be
// called from many threads at once; the model is shared through its ModelSlot.
#include <memory>
#include <span>
#include <vector>

#include <opencv2/core.hpp>

#include "core/geometry.h"
#include "core/lazy_slot.h"
#include "runtime/model_slot.h"
#include "runtime/tensor.h"

namespace swapcam::process {

inline constexpr int kSwapSize = 128;

// A normalised 512-d latent (embedding times emap, unit length).
using Latent = std::vector<float>;

// One swapped face: the 128x128 BGR 8-bit result and the frame -> crop transform it was aligned with.
struct SwappedFace {
  cv::Mat face;    // CV_8UC3, 128x128
  cv::Mat matrix;  // 2x3 CV_64F, frame -> crop
};

// Pre- and post-processing, exposed so they can be measured and tested without a model.
// The aligned 128 crop of a face and its transform.
struct SwapInput {
  cv::Mat crop;    // CV_8UC3, 128x128 (the target face as aligned)
  cv::Mat matrix;  // 2x3 CV_64F, frame -> crop
};
SwapInput align_for_swap(const cv::Mat& frame, const Landmarks5& kps);
// Writes one crop as RGB/255 planes (3*128*128 floats) at `dst`.
void crop_to_blob(const cv::Mat& crop, float* dst);
// Converts one RGB [0,1] NCHW output image (3*128*128 floats) to a BGR 8-bit 128x128 image
// (x255, clipped, rounded).
cv::Mat blob_to_face(const float* src);
// latent = e . emap, normalised; e is normalised first. emap is 512x512 row-major.
Latent latent_from_embedding(std::span<const float> embedding, std::span<const float> emap);

// Refuses (Error(InvalidData), naming the file and the shape) a model without the inswapper inputs or
// whose output is not [N,3,128,128]. Run at load (runtime::ModelSpec::validate), before the warm-up.
void validate_swapper_model(const runtime::Model& model);

class Swapper {
 public:
  // spec.path: the fp32 file (the emap is read from it); spec.fp16_path: optional fp16 variant.
  Swapper(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);

  // The latent of a source person from one or more normed embeddings (several photos): the mean of
  // the normed embeddings, renormalised, times emap, normalised. Throws Error(InvalidData) for an
  // empty list or embeddings that are not 512-d.
  Latent source_latent(std::span<const std::vector<float>> embeddings) const;

  // Swaps every face (kps[i]) with latents[i] (one latent for all faces when latents.size() == 1).
  // One batched run when the model's batch dimension is dynamic, else one run per face on the
  // already prepared inputs. An fp16 run that yields NaN/Inf demotes the slot to fp32 and re-runs.
  std::vector<SwappedFace> swap(const cv::Mat& frame, std::span<const Landmarks5> kps,
                                std::span<const Latent> latents) const;
  // The same on already aligned inputs (align_for_swap), for callers that keep the crops.
  std::vector<SwappedFace> swap_aligned(std::span<const SwapInput> inputs, std::span<const Latent> latents) const;

  // The model's raw run on a prepared batch: target [n,3,128,128] RGB/255 and latents [n,512].
  // Returns n*3*128*128 floats (RGB in [0,1]). Applies the NaN/Inf guard.
  std::vector<float> infer(std::span<const float> target_blob, std::span<const float> latent_blob, int n) const;

  const std::vector<float>& emap() const { return emap_.get(); }
  runtime::ModelSlot& slot() const { return slot_; }
  // True when the loaded model accepts any batch size in one run.
  bool dynamic_batch() const;

 private:
  std::vector<float> run_checked(std::span<const float> target_blob, std::span<const float> latent_blob, int n) const;

  mutable runtime::ModelSlot slot_;
  mutable LazySlot<std::vector<float>> emap_;
};

}  // namespace swapcam::process
