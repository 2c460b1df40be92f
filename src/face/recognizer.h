#pragma once
// ArcFace recogniser (models.md, "Recognizer: ArcFace"): 112 alignment, RGB (x-127.5)/127.5, a
// 512-d embedding normalised to unit length.
#include <span>
#include <vector>

#include <opencv2/core.hpp>

#include "face/face.h"
#include "runtime/model_slot.h"

namespace swapcam::face {

// Cosine similarity of two embeddings (not assumed normed); 0 when either is empty, zero or the
// sizes differ.
float cosine_similarity(std::span<const float> a, std::span<const float> b);
// Scales v to unit length in place (left unchanged when its norm is zero or not finite).
void normalize_l2(std::span<float> v);
// Mean of normed embeddings, renormalised (several photos of one person).
std::vector<float> mean_embedding(std::span<const std::vector<float>> embeddings);

class Recognizer {
 public:
  Recognizer(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);

  // Normed embeddings of faces given by their five points, in order. One run for all faces when the
  // model's batch dimension is dynamic; otherwise runs of the model's fixed batch size.
  // `norms`, when given, receives each raw embedding's length.
  std::vector<std::vector<float>> embed(const cv::Mat& bgr, std::span<const Landmarks5> kps,
                                        std::vector<float>* norms = nullptr) const;
  std::vector<float> embed(const cv::Mat& bgr, const Landmarks5& kps) const;
  // Fills Face::embedding (and embedding_norm) of every face that has keypoints.
  void embed(const cv::Mat& bgr, Faces& faces) const;

  // Embeddings of already aligned 8-bit BGR crops (input size x input size).
  std::vector<std::vector<float>> embed_aligned(std::span<const cv::Mat> crops,
                                                std::vector<float>* norms = nullptr) const;

  // The square input size of the model (112 for ArcFace); loads the model.
  int input_size() const;
  runtime::ModelSlot& slot() const { return slot_; }

 private:
  mutable runtime::ModelSlot slot_;
};

}  // namespace swapcam::face
