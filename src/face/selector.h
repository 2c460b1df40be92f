#pragma once
// Which detected faces get swapped (product.md, "--face-selector", "--many-faces", "--map-faces").
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <opencv2/core.hpp>

#include "face/face.h"

namespace swapcam::face {

enum class SelectorMode { Leftmost, Largest, Best, Center, Reference };
std::string_view selector_mode_name(SelectorMode m);
SelectorMode parse_selector_mode(std::string_view s);  // throws Error(Usage)

// Cosine similarity at or above which two embeddings are taken to be the same person.
inline constexpr float kDefaultSimilarityThreshold = 0.4f;

struct SelectorOptions {
  SelectorMode mode = SelectorMode::Largest;
  bool many_faces = false;                 // every face (reference mode: every matching face)
  std::vector<float> reference_embedding;  // reference mode
  float similarity_threshold = kDefaultSimilarityThreshold;
};

// The selected faces, in the order of `faces` for many faces. Leftmost: smallest x1 (Deep-Live-Cam);
// largest: box area; best: score; center: box centre nearest the frame centre; reference: the most
// similar face with similarity >= threshold (faces without an embedding never match).
// Throws Error(Usage) for reference mode without a reference embedding.
Faces select_faces(const Faces& faces, const SelectorOptions& options, cv::Size frame_size);

// Map faces: pairs of a source and a reference (a picture of the target person).
struct FaceMapEntry {
  std::vector<float> source_embedding;
  std::vector<float> reference_embedding;
};
struct FaceAssignment {
  size_t face_index = 0;   // into the target faces
  size_t entry_index = 0;  // into the map: whose source replaces this face
  float similarity = 0.f;
};
// Each target face goes to the map entry whose reference is most similar (>= threshold); faces
// matching no entry are left out. Ordered by face index.
std::vector<FaceAssignment> map_faces(const Faces& targets, std::span<const FaceMapEntry> map,
                                      float similarity_threshold = kDefaultSimilarityThreshold);

}  // namespace swapcam::face
