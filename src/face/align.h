#pragma once
// Warps a face onto an alignment template (models.md, "Alignment").
#include <opencv2/core.hpp>

#include "core/geometry.h"

namespace swapcam::face {

struct AlignedFace {
  cv::Mat crop;    // size x size, same type as the frame
  cv::Mat matrix;  // 2x3 CV_64F, frame -> crop
};

// Least-squares similarity from the five points to `templ`, then a bilinear warp (border 0) of
// only the size x size output: the frame itself is not copied.
AlignedFace warp_to_template(const cv::Mat& frame, const Landmarks5& kps, const Landmarks5& templ, int size);

// The ArcFace template at `size` (112 for the recogniser, 128 for inswapper).
AlignedFace align_arcface(const cv::Mat& frame, const Landmarks5& kps, int size);

}  // namespace swapcam::face
