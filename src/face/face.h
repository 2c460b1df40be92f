#pragma once
// A detected face and what later stages add to it. Coordinates are pixels of the frame it was found in.
#include <optional>
#include <vector>

#include <opencv2/core.hpp>

#include "core/geometry.h"

namespace swapcam::face {

struct Face {
  cv::Rect2f box;                         // x1,y1 = box.x,box.y; x2 = box.x+box.width
  float score = 0.f;                      // detector confidence
  Landmarks5 kps{};                       // five points, models.md order
  bool has_kps = false;                   // six-output detectors give none
  std::vector<cv::Point2f> landmarks106;  // empty unless the landmarker ran
  std::vector<float> embedding;           // normed 512-d ArcFace embedding; empty unless recognised
  float embedding_norm = 0.f;             // the raw embedding's length (GHOST's converter takes it raw)
  int track_id = -1;                      // stable id across frames (tracking); -1 when untracked
};

using Faces = std::vector<Face>;

}  // namespace swapcam::face
