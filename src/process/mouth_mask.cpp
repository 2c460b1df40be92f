#include "process/mouth_mask.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

namespace swapcam::process {

MouthMask make_mouth_mask(std::span<const cv::Point2f> lip_polygon, float expansion, cv::Size frame_size) {
  MouthMask out;
  if (lip_polygon.size() < 3) return out;
  expansion = std::clamp(std::isfinite(expansion) ? expansion : 0.f, 0.f, 2.f);
  cv::Point2f centroid(0, 0);
  for (const auto& p : lip_polygon) centroid += p;
  centroid *= 1.f / static_cast<float>(lip_polygon.size());
  std::vector<cv::Point2f> expanded;
  for (const auto& p : lip_polygon) expanded.push_back(centroid + (p - centroid) * (1.f + expansion));
  const cv::Rect2f box = cv::boundingRect(expanded);
  // Feather in proportion to the mouth, so it looks the same at every face size.
  const double sigma = std::max(1.0, 0.08 * std::max(box.width, box.height));
  const int margin = static_cast<int>(std::ceil(3 * sigma)) + 1;
  cv::Rect region(static_cast<int>(std::floor(box.x)) - margin, static_cast<int>(std::floor(box.y)) - margin,
                  static_cast<int>(std::ceil(box.width)) + 2 * margin + 1,
                  static_cast<int>(std::ceil(box.height)) + 2 * margin + 1);
  const cv::Rect unclipped = region;
  region &= cv::Rect(0, 0, frame_size.width, frame_size.height);
  if (region.empty()) return out;

  // Drawn in the unclipped region (so the blur sees the whole shape), then cut to the frame.
  auto to_region = [&](std::span<const cv::Point2f> pts) {
    std::vector<cv::Point> v;
    for (const auto& p : pts)
      v.emplace_back(static_cast<int>(std::lround(p.x - unclipped.x)),
                     static_cast<int>(std::lround(p.y - unclipped.y)));
    return v;
  };
  cv::Mat full = cv::Mat::zeros(unclipped.size(), CV_32F);
  std::vector<std::vector<cv::Point>> poly{to_region(expanded)};
  cv::fillPoly(full, poly, cv::Scalar(1.0), cv::LINE_AA);
  cv::GaussianBlur(full, full, cv::Size(), sigma);
  // The lip polygon itself (plus one pixel for rounding) is always kept at full weight.
  cv::Mat lips = cv::Mat::zeros(unclipped.size(), CV_32F);
  std::vector<std::vector<cv::Point>> lip_poly{to_region(lip_polygon)};
  cv::fillPoly(lips, lip_poly, cv::Scalar(1.0));
  cv::polylines(lips, lip_poly, true, cv::Scalar(1.0), 3);
  cv::max(full, lips, full);
  out.region = region;
  out.weights = full(cv::Rect(region.x - unclipped.x, region.y - unclipped.y, region.width, region.height)).clone();
  return out;
}

}  // namespace swapcam::process
