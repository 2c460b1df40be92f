#include "process/watermark.h"

#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace swapcam::process {

void draw_watermark(cv::Mat& frame, const WatermarkOptions& o) {
  if (o.text.empty()) throw Error(ErrorKind::Usage, "watermark: the text is empty");
  if (!(o.opacity > 0.0 && o.opacity <= 1.0)) throw Error(ErrorKind::Usage, "watermark: opacity must be in (0, 1]");
  if (frame.type() != CV_8UC3) throw Error(ErrorKind::InvalidData, "watermark: frame is not 8-bit BGR");
  if (frame.empty()) return;

  const int font = cv::FONT_HERSHEY_SIMPLEX;
  const double target_h = std::max(8.0, 0.04 * std::min(frame.cols, frame.rows));
  int base = 0;
  const cv::Size unit = cv::getTextSize(o.text, font, 1.0, 1, &base);
  double scale = target_h / std::max(1, unit.height);
  const int thick = std::max(1, static_cast<int>(scale * 2));
  cv::Size size = cv::getTextSize(o.text, font, scale, thick, &base);
  // Shrink a long text so it fits the frame's width.
  const int margin = std::max(2, static_cast<int>(target_h / 2));
  if (size.width > frame.cols - 2 * margin && size.width > 0) {
    scale *= double(frame.cols - 2 * margin) / size.width;
    size = cv::getTextSize(o.text, font, scale, thick, &base);
  }
  const bool right = o.corner == WatermarkCorner::TopRight || o.corner == WatermarkCorner::BottomRight;
  const bool bottom = o.corner == WatermarkCorner::BottomLeft || o.corner == WatermarkCorner::BottomRight;
  const int pad = margin / 2;
  const int x = right ? frame.cols - margin - size.width : margin;
  const int y = bottom ? frame.rows - margin - base : margin + size.height;
  cv::Rect box(x - pad, y - size.height - pad, size.width + 2 * pad, size.height + base + 2 * pad);
  box &= cv::Rect(0, 0, frame.cols, frame.rows);

  // Dark plate with white text, blended by opacity: readable on any background.
  cv::Mat overlay = frame(box).clone();
  overlay.setTo(cv::Scalar(0, 0, 0));
  cv::putText(overlay, o.text, {x - box.x, y - box.y}, font, scale, cv::Scalar(255, 255, 255), thick, cv::LINE_AA);
  cv::Mat roi = frame(box);
  cv::addWeighted(overlay, o.opacity, roi, 1.0 - o.opacity, 0.0, roi);
}

WatermarkCorner parse_watermark_corner(const std::string& n) {
  if (n == "top-left") return WatermarkCorner::TopLeft;
  if (n == "top-right") return WatermarkCorner::TopRight;
  if (n == "bottom-left") return WatermarkCorner::BottomLeft;
  if (n == "bottom-right") return WatermarkCorner::BottomRight;
  throw Error(ErrorKind::Usage,
              "watermark position '" + n + "': expected top-left, top-right, bottom-left or bottom-right");
}

const char* watermark_corner_name(WatermarkCorner c) {
  switch (c) {
    case WatermarkCorner::TopLeft: return "top-left";
    case WatermarkCorner::TopRight: return "top-right";
    case WatermarkCorner::BottomLeft: return "bottom-left";
    case WatermarkCorner::BottomRight: return "bottom-right";
  }
  return "bottom-right";
}

}  // namespace swapcam::process
