#pragma once
// 106-point landmarks (insightface 2d106det, models.md).
#include <vector>

#include <opencv2/core.hpp>

#include "face/face.h"
#include "runtime/model_slot.h"

namespace swapcam::face {

// The similarity that crops `size` x `size` around the box centre at scale size / (1.5 * max(w, h)).
cv::Mat box_crop_transform(const cv::Rect2f& box, int size);

// Outer lip contour (points 52..63) of 106 landmarks, for the mouth mask. Empty if not 106 points.
std::vector<cv::Point2f> mouth_polygon(const std::vector<cv::Point2f>& landmarks106);
// Five points (eyes, nose, mouth corners) taken from 106 landmarks: indices 38, 88, 86, 52, 61.
Landmarks5 five_points_from_106(const std::vector<cv::Point2f>& landmarks106);

class Landmarker {
 public:
  Landmarker(runtime::ModelSpec spec, runtime::RuntimeConfig cfg);

  // 106 points in frame coordinates for the face in `box`.
  std::vector<cv::Point2f> landmarks(const cv::Mat& bgr, const cv::Rect2f& box) const;
  // Fills Face::landmarks106; faces without keypoints get the five-point fallback too.
  void annotate(const cv::Mat& bgr, Faces& faces) const;

  runtime::ModelSlot& slot() const { return slot_; }

 private:
  mutable runtime::ModelSlot slot_;
};

}  // namespace swapcam::face
