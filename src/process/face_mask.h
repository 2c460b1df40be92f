#pragma once
// Face masks in crop space (docs/MODELS.md, "Face masks"): where the swapped crop replaces the target.
// Every kind gives a CV_32F mask of the crop's own size with values in [0,1] (1: the swap shows); the
// paste alpha is their element-wise minimum. Sizes always follow the crop handed in (the swapper's
// size times the pixel boost), never a fixed 128.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <opencv2/core.hpp>

namespace swapcam::process {

class Occluder;
class FaceParser;

// --mask-types: bits of FaceMaskOptions::types.
enum MaskType : unsigned { kMaskBox = 1u << 0, kMaskOcclusion = 1u << 1, kMaskRegion = 1u << 2, kMaskArea = 1u << 3 };

struct MaskName {
  std::string_view name;
  int bit;  // the bit index the name sets
};
inline constexpr MaskName kMaskTypeNames[] = {{"box", 0}, {"occlusion", 1}, {"region", 2}, {"area", 3}};
// --mask-regions: BiSeNet's classes (CelebAMask-HQ, 19 classes); the bit is the class index.
inline constexpr MaskName kMaskRegionNames[] = {
    {"skin", 1},    {"left-eyebrow", 2}, {"right-eyebrow", 3}, {"left-eye", 4},   {"right-eye", 5},
    {"glasses", 6}, {"nose", 10},        {"mouth", 11},        {"upper-lip", 12}, {"lower-lip", 13},
};
// --mask-areas: convex hulls of landmark subsets (area_points below).
enum MaskArea : unsigned { kAreaUpperFace = 1u << 0, kAreaLowerFace = 1u << 1, kAreaMouth = 1u << 2 };
inline constexpr MaskName kMaskAreaNames[] = {{"upper-face", 0}, {"lower-face", 1}, {"mouth", 2}};

// Every name of a list as bits.
constexpr unsigned all_mask_bits(std::span<const MaskName> names) {
  unsigned bits = 0;
  for (const auto& n : names) bits |= 1u << n.bit;
  return bits;
}
// "box,occlusion" -> bits; Error(Usage) naming `flag` for an unknown or missing word. Spaces around
// words are ignored; an empty list is refused (a mask of nothing would paste nothing).
unsigned parse_mask_list(std::string_view text, std::span<const MaskName> names, std::string_view flag);
// Bits -> "box,occlusion" in the list's order.
std::string mask_list_text(unsigned bits, std::span<const MaskName> names);
// --mask-padding: 1 to 4 percentages (CSS order: T; T,R=L... ; T,R,B,L), each 0..100.
std::array<float, 4> parse_mask_padding(std::string_view text, std::string_view flag);
std::string mask_padding_text(const std::array<float, 4>& padding);

inline constexpr float kDefaultMaskBlur = 0.3f;

struct FaceMaskOptions {
  unsigned types = kMaskBox;
  float blur = kDefaultMaskBlur;                       // box mask: 0..1
  std::array<float, 4> padding{0.f, 0.f, 0.f, 0.f};    // box mask: top, right, bottom, left, % of the side
  unsigned regions = all_mask_bits(kMaskRegionNames);  // bit c: BiSeNet class c
  unsigned areas = all_mask_bits(kMaskAreaNames);
  // --mouth-mask: the target's own mouth is kept (the outer-lip polygon expanded by this about its
  // centroid, feathered). Part of the same minimum: alpha = min(..., 1 - mouth).
  std::optional<float> keep_mouth;

  bool needs_landmarks() const { return (types & kMaskArea) || keep_mouth.has_value(); }
};

// The box mask of a size x size crop: a border of max(blur * size / 4, padding) pixels per edge set to
// zero (at least one pixel), then a Gaussian of sigma blur * size / 8.
cv::Mat box_mask(int size, float blur, const std::array<float, 4>& padding);

// The landmarks (106-point layout, crop coordinates) whose convex hull makes the areas `areas`
// (docs/MODELS.md, "Area masks"); empty when `lm106` does not hold 106 points.
std::vector<cv::Point2f> area_points(std::span<const cv::Point2f> lm106, unsigned areas);
// The hull of area_points filled, then sigma 5 and (clip(x, 0.5, 1) - 0.5) * 2 (refine_mask).
cv::Mat area_mask(int size, std::span<const cv::Point2f> lm106, unsigned areas);
// The --mouth-mask weights in crop space: 1 inside the (expanded) outer-lip polygon, feathered out.
cv::Mat mouth_keep_mask(int size, std::span<const cv::Point2f> lm106, float expansion);

// A model's mask (any size, CV_32F) brought to the crop: clipped to [0,1], resized to size x size,
// Gaussian sigma 5, then (clip(x, 0.5, 1) - 0.5) * 2: the edge tightens to where the model said 0.5.
cv::Mat refine_mask(const cv::Mat& model_mask, int size);

// The models the mask kinds need (null: not set up).
struct MaskModels {
  const Occluder* occluder = nullptr;
  const FaceParser* parser = nullptr;
};

// The paste alpha of one face: the minimum of the masks `o.types` names, on the 8-bit BGR crop
// (square, any size); `lm106` in crop coordinates (needed for areas and the kept mouth). Throws
// Error(Usage) when a kind's model or the landmarks are missing.
cv::Mat face_mask(const cv::Mat& crop, std::span<const cv::Point2f> lm106, const FaceMaskOptions& o,
                  const MaskModels& models);

}  // namespace swapcam::process
