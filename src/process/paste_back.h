#pragma once
// Pasting a processed face back into the frame (models.md, "Reference paste-back"). Everything works
// on the face's region only: the bounding box of the warped crop square plus 2 px, clipped to the
// frame. Pixels where the feathered alpha is zero are left bit-identical.
#include <opencv2/core.hpp>

namespace swapcam::process {

// The feathered ellipse alpha of the 128 swap crop: filled ellipse centred (64,64), axes 0.44*128,
// Gaussian 31x31 sigma 12; CV_32F in [0,1]. Computed once, shared (read-only) by every thread.
const cv::Mat& swap_alpha_mask();
// The same ellipse for a size x size crop (128: the mask above; others scaled from it, cached).
cv::Mat swap_alpha_mask(int size);

// The feathered box alpha of a size x size enhancer crop: linear ramps of `ramp_fraction` * size on
// each edge; CV_32F in [0,1]. Cached per size.
cv::Mat box_alpha_mask(int size, float ramp_fraction = 0.05f);

// The frame region a crop of `crop_size` aligned with `matrix` (frame -> crop) maps back onto:
// the bounding box of the warped square plus `margin` px, clipped to the frame. Empty when outside.
cv::Rect crop_region(const cv::Mat& matrix, int crop_size, cv::Size frame_size, int margin = 2);

struct PasteOptions {
  bool poisson_blend = false;  // seamless clone of the eroded mask region before the alpha blend
};

// Warps `crop` (8-bit BGR, crop_size x crop_size, aligned with `matrix`) and `alpha` (CV_32F, same
// size) back with the inverse transform into the region only, and blends
// out = alpha*crop + (1-alpha)*frame there, scaled by `strength` (0..1). Returns the region touched.
// If `warped_alpha` is given it receives the alpha in region coordinates (CV_32F), for later steps.
cv::Rect paste_back(cv::Mat& frame, const cv::Mat& crop, const cv::Mat& matrix, const cv::Mat& alpha,
                    const PasteOptions& options = {}, float strength = 1.f, cv::Mat* warped_alpha = nullptr);

// out = frame + w*(src - frame) per pixel in `region`, w a CV_32F weight map of the region's size
// (or uniform `scale` when weights is empty), times `scale`. Pixels with weight 0 stay bit-identical.
void blend_region(cv::Mat& frame, const cv::Mat& src, cv::Rect region, const cv::Mat& weights, float scale = 1.f);

// Unsharp mask inside `region`, weighted by `weights` (CV_32F, region size; empty = uniform):
// out = x + amount*(x - gaussian(x)). amount 0 leaves the frame unchanged.
void sharpen_region(cv::Mat& frame, cv::Rect region, const cv::Mat& weights, float amount);

}  // namespace swapcam::process
