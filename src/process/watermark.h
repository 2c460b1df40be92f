// A visible "AI-swapped" mark drawn onto output frames (responsible use, issue 18). Off by default;
// front ends turn it on with --watermark [TEXT] or the GUI switch.
#pragma once

#include <string>

#include <opencv2/core.hpp>

namespace swapcam::process {

enum class WatermarkCorner { TopLeft, TopRight, BottomLeft, BottomRight };

inline constexpr const char* kDefaultWatermarkText = "AI-swapped";

struct WatermarkOptions {
  std::string text = kDefaultWatermarkText;
  WatermarkCorner corner = WatermarkCorner::BottomRight;
  double opacity = 0.7;  // 0..1; the mark must stay visible, so 0 is rejected
};

// Draws the mark in place on a BGR 8-bit frame; the text height scales with the frame (about 4% of
// its shorter side) so it stays readable on small previews and 4K video alike. Throws swapcam::Error
// for an empty text, an opacity outside (0, 1] or a frame that is not 8-bit BGR.
void draw_watermark(cv::Mat& frame, const WatermarkOptions& options);

// "top-left", "top-right", "bottom-left", "bottom-right"; throws a one-line Error naming the value.
WatermarkCorner parse_watermark_corner(const std::string& name);
const char* watermark_corner_name(WatermarkCorner c);  // "top-left", ...

}  // namespace swapcam::process
