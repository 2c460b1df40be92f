#pragma once
// Mouth mask (models.md, "Reference paste-back"): the original mouth kept under the swap, so that
// speech and teeth stay the target's own. The face masks (face_mask.h) take it into the paste alpha. The mask is the
// outer-lip polygon of the 106-point landmarks (52..63), expanded about its centroid and feathered outward; the polygon
// itself is always fully kept.
#include <span>

#include <opencv2/core.hpp>

namespace swapcam::process {

struct MouthMask {
  cv::Rect region;  // frame pixels the mask covers (clipped to the frame)
  cv::Mat weights;  // CV_32F, region size, 1 inside the lip polygon, feathered to 0 outside
};

// `expansion`: 0 keeps the polygon as is; 0.25 scales it by 1.25 about its centroid; clamped to 0..2.
// Returns an empty mask for fewer than 3 points or a polygon outside the frame.
MouthMask make_mouth_mask(std::span<const cv::Point2f> lip_polygon, float expansion, cv::Size frame_size);

}  // namespace swapcam::process
