#pragma once
// Similarity transforms and the alignment templates of models.md. No inference here.
#include <array>
#include <span>
#include <string_view>

#include <opencv2/core.hpp>

namespace swapcam {

using Landmarks5 = std::array<cv::Point2f, 5>;  // left eye, right eye, nose, left mouth, right mouth

// Least-squares similarity (rotation, uniform scale, translation) mapping src onto dst (Umeyama 1991).
// Returns a 2x3 CV_64F matrix. Requires src.size() == dst.size() >= 2.
cv::Mat umeyama(std::span<const cv::Point2f> src, std::span<const cv::Point2f> dst);
// The same in double precision (float coordinates of ~1000 px carry ~1e-4 px of rounding).
cv::Mat umeyama(std::span<const cv::Point2d> src, std::span<const cv::Point2d> dst);

// ArcFace template scaled for a crop of size S (models.md rule: S%112==0 -> ratio S/112, no shift;
// S%128==0 -> ratio S/128, x += 8*ratio).
Landmarks5 arcface_template(int size);
// FFHQ template (GFPGAN) scaled to size (defined for 512; scaled by size/512).
Landmarks5 ffhq_template(int size);
// GPEN template (normalised, times size).
Landmarks5 gpen_template(int size);

// insightface's 128 crop (arcface_128, docs/MODELS.md) at any size: ratio S/128, x += 8*ratio. Swappers
// crop with it at pixel-boost sizes (384, 896, ...) where arcface_template's 112 rule would pick the other one.
Landmarks5 arcface128_template(int size);
// The older ArcFace layout SimSwap and GHOST were trained on (arcface_112_v1), times size.
Landmarks5 arcface112_v1_template(int size);

// The templates by name, for model descriptors (models/registry.h) that say which one a crop uses.
enum class FaceTemplate { Arcface, Arcface128, Arcface112V1, Ffhq, Gpen };
std::string_view face_template_name(FaceTemplate t);  // "arcface", "arcface_128", "arcface_112_v1", "ffhq", "gpen"
Landmarks5 face_template_points(FaceTemplate t, int size);

// The 2x3 transform that maps face landmarks onto the template of a size x size crop.
cv::Mat estimate_alignment(const Landmarks5& face, const Landmarks5& templ);

// Inverse of a 2x3 affine matrix (CV_64F).
cv::Mat invert_affine(const cv::Mat& m);

// Applies a 2x3 transform to points.
cv::Point2f transform_point(const cv::Mat& m, cv::Point2f p);

}  // namespace swapcam
