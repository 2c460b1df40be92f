#include "process/face_mask.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "process/face_parser.h"
#include "process/mouth_mask.h"
#include "process/occluder.h"

namespace swapcam::process {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_commas(std::string_view text) {
  std::vector<std::string_view> out;
  for (;;) {
    const auto comma = text.find(',');
    out.push_back(trim(text.substr(0, comma)));
    if (comma == std::string_view::npos) return out;
    text.remove_prefix(comma + 1);
  }
}

std::string names_text(std::span<const MaskName> names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : ", ") + std::string(n.name);
  return s;
}

// The 106-point layout's groups (docs/MODELS.md, "Area masks").
constexpr int kContour[] = {0, 32};
constexpr int kBrows[][2] = {{43, 51}, {97, 105}};
constexpr int kNose[] = {72, 86};
constexpr int kLips[] = {52, 71};  // outer 52..63, inner 64..71

// The sigma (px) FaceFusion smooths model and area masks with before the edge remap.
constexpr double kRefineSigma = 5.0;

cv::Mat remap_edge(cv::Mat m) {
  cv::GaussianBlur(m, m, cv::Size(), kRefineSigma);
  // (clip(x, 0.5, 1) - 0.5) * 2: 0 wherever the smoothed mask is below one half.
  cv::threshold(m, m, 1.0, 1.0, cv::THRESH_TRUNC);
  m = (m - 0.5) * 2.0;
  cv::threshold(m, m, 0.0, 0.0, cv::THRESH_TOZERO);
  return m;
}

}  // namespace

unsigned parse_mask_list(std::string_view text, std::span<const MaskName> names, std::string_view flag) {
  unsigned bits = 0;
  for (const std::string_view word : split_commas(text)) {
    const auto it = std::find_if(names.begin(), names.end(), [&](const MaskName& n) { return n.name == word; });
    if (it == names.end()) {
      if (word.empty())
        fail(ErrorKind::Usage, "{} needs a comma-separated list of {} (got '{}')", flag, names_text(names), text);
      fail(ErrorKind::Usage, "unknown {} '{}' (expected one of: {})", flag, word, names_text(names));
    }
    bits |= 1u << it->bit;
  }
  return bits;
}

std::string mask_list_text(unsigned bits, std::span<const MaskName> names) {
  std::string s;
  for (const auto& n : names)
    if (bits & (1u << n.bit)) s += (s.empty() ? "" : ",") + std::string(n.name);
  return s;
}

std::array<float, 4> parse_mask_padding(std::string_view text, std::string_view flag) {
  const auto words = split_commas(text);
  std::vector<float> v;
  for (const std::string_view w : words) {
    double x = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), x);
    if (w.empty() || ec != std::errc() || end != w.data() + w.size() || !(x >= 0 && x <= 100) || words.size() > 4)
      fail(ErrorKind::Usage, "{} takes 1 to 4 percentages from 0 to 100, as T or T,R,B,L (got '{}')", flag, text);
    v.push_back(static_cast<float>(x));
  }
  switch (v.size()) {  // the CSS shorthand: T; T/B,R/L; T,R/L,B; T,R,B,L
    case 1: return {v[0], v[0], v[0], v[0]};
    case 2: return {v[0], v[1], v[0], v[1]};
    case 3: return {v[0], v[1], v[2], v[1]};
    default: return {v[0], v[1], v[2], v[3]};
  }
}

std::string mask_padding_text(const std::array<float, 4>& p) {
  return fmt::format("{},{},{},{}", p[0], p[1], p[2], p[3]);
}

cv::Mat box_mask(int size, float blur, const std::array<float, 4>& padding) {
  if (size <= 0) fail(ErrorKind::InvalidData, "mask size must be positive (got {})", size);
  blur = std::clamp(std::isfinite(blur) ? blur : 0.f, 0.f, 1.f);
  const double amount = size * 0.5 * blur;  // FaceFusion's blur amount: border amount/2, sigma amount/4
  const int border = std::max(static_cast<int>(amount / 2), 1);
  auto edge = [&](float percent) {
    return std::min(size, std::max(border, static_cast<int>(size * std::clamp(percent, 0.f, 100.f) / 100.f)));
  };
  cv::Mat m(size, size, CV_32F, cv::Scalar(1.0));
  m.rowRange(0, edge(padding[0])).setTo(0);
  m.colRange(size - edge(padding[1]), size).setTo(0);
  m.rowRange(size - edge(padding[2]), size).setTo(0);
  m.colRange(0, edge(padding[3])).setTo(0);
  if (amount > 0) cv::GaussianBlur(m, m, cv::Size(), amount * 0.25);
  return m;
}

std::vector<cv::Point2f> area_points(std::span<const cv::Point2f> lm, unsigned areas) {
  std::vector<cv::Point2f> out;
  if (lm.size() != 106) return out;
  const auto range = [&](int first, int last) {
    for (int i = first; i <= last; ++i) out.push_back(lm[static_cast<size_t>(i)]);
  };
  // The nose's lowest part (its bottom third) stands for FaceFusion's nostril line (68-point 31..35);
  // the contour is split there, which holds whatever order a layout gives its contour points.
  float nose_top = 1e30f, nose_bottom = -1e30f;
  for (int i = kNose[0]; i <= kNose[1]; ++i) {
    nose_top = std::min(nose_top, lm[static_cast<size_t>(i)].y);
    nose_bottom = std::max(nose_bottom, lm[static_cast<size_t>(i)].y);
  }
  const float nostril_line = nose_top + (nose_bottom - nose_top) * 2.f / 3.f;
  const auto nostrils = [&] {
    for (int i = kNose[0]; i <= kNose[1]; ++i)
      if (lm[static_cast<size_t>(i)].y >= nostril_line) out.push_back(lm[static_cast<size_t>(i)]);
  };
  const auto contour = [&](bool upper) {
    for (int i = kContour[0]; i <= kContour[1]; ++i)
      if ((lm[static_cast<size_t>(i)].y <= nose_bottom) == upper) out.push_back(lm[static_cast<size_t>(i)]);
  };
  if (areas & kAreaUpperFace) {
    for (const auto& b : kBrows) range(b[0], b[1]);
    contour(true);
    nostrils();
  }
  if (areas & kAreaLowerFace) {
    contour(false);
    nostrils();
  }
  if (areas & kAreaMouth) range(kLips[0], kLips[1]);
  return out;
}

cv::Mat area_mask(int size, std::span<const cv::Point2f> lm106, unsigned areas) {
  const auto pts = area_points(lm106, areas);
  if (pts.size() < 3) fail(ErrorKind::Usage, "the area mask needs the face's 106 landmarks");
  std::vector<cv::Point> ipts;
  for (const auto& p : pts) ipts.emplace_back(cvRound(p.x), cvRound(p.y));
  std::vector<cv::Point> hull;
  cv::convexHull(ipts, hull);
  cv::Mat m = cv::Mat::zeros(size, size, CV_32F);
  cv::fillConvexPoly(m, hull, cv::Scalar(1.0));
  return remap_edge(m);
}

cv::Mat mouth_keep_mask(int size, std::span<const cv::Point2f> lm106, float expansion) {
  if (lm106.size() != 106) fail(ErrorKind::Usage, "--mouth-mask needs the face's 106 landmarks");
  const auto lips = lm106.subspan(kLips[0], 12);  // the outer lip contour, 52..63
  const MouthMask mouth = make_mouth_mask(lips, expansion, {size, size});
  cv::Mat m = cv::Mat::zeros(size, size, CV_32F);
  if (!mouth.weights.empty()) mouth.weights.copyTo(m(mouth.region));
  return m;
}

cv::Mat refine_mask(const cv::Mat& model_mask, int size) {
  CV_Assert(model_mask.type() == CV_32F && !model_mask.empty());
  cv::Mat m;
  cv::threshold(model_mask, m, 1.0, 1.0, cv::THRESH_TRUNC);
  cv::threshold(m, m, 0.0, 0.0, cv::THRESH_TOZERO);
  if (m.rows != size || m.cols != size) cv::resize(m, m, cv::Size(size, size), 0, 0, cv::INTER_LINEAR);
  return remap_edge(m);
}

cv::Mat face_mask(const cv::Mat& crop, std::span<const cv::Point2f> lm106, const FaceMaskOptions& o,
                  const MaskModels& models) {
  if (crop.empty() || crop.type() != CV_8UC3 || crop.rows != crop.cols)
    fail(ErrorKind::InvalidData, "face masks need a square 8-bit BGR crop");
  const int size = crop.cols;
  const unsigned types = o.types ? o.types : kMaskBox;
  cv::Mat alpha;
  const auto take = [&](const cv::Mat& m) {
    if (alpha.empty()) alpha = m;
    else cv::min(alpha, m, alpha);
  };
  if (types & kMaskBox) take(box_mask(size, o.blur, o.padding));
  if (types & kMaskOcclusion) {
    if (!models.occluder) fail(ErrorKind::Usage, "the occlusion mask needs an occluder model (--occluder)");
    take(models.occluder->mask(crop));
  }
  if (types & kMaskRegion) {
    if (!models.parser) fail(ErrorKind::Usage, "the region mask needs a face parser model (--parser)");
    take(models.parser->mask(crop, o.regions));
  }
  if (types & kMaskArea) take(area_mask(size, lm106, o.areas));
  if (o.keep_mouth) take(cv::Mat(1.0 - mouth_keep_mask(size, lm106, *o.keep_mouth)));
  return alpha;
}

}  // namespace swapcam::process
