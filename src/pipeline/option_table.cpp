#include "pipeline/option_table.h"

#include <charconv>
#include <cmath>
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/error.h"
#include "face/selector.h"
#include "models/registry.h"

namespace swapcam::pipeline {

namespace {

// ------------------------------------------------------------------ text <-> values

std::string number_text(double v) {
  // Shortest text that reads back to the same float (0.8, not 0.800000011920929).
  return fmt::format("{}", static_cast<float>(v));
}

double parse_number(std::string_view text, const OptionRow& row) {
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
    fail(ErrorKind::Usage, "{} must be a number (got '{}')", row.flag(), text);
  return v;
}

int parse_int(std::string_view text, const OptionRow& row) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || v < row.min || v > row.max)
    fail(ErrorKind::Usage, "{} must be a whole number from {} to {} (got '{}')", row.flag(), row.min, row.max, text);
  return static_cast<int>(v);
}

bool parse_flag(std::string_view text, const OptionRow& row) {
  if (text == "true" || text == "1" || text == "on" || text == "yes") return true;
  if (text == "false" || text == "0" || text == "off" || text == "no") return false;
  fail(ErrorKind::Usage, "{} is on or off (got '{}')", row.flag(), text);
}

// Accessors for plain fields: &get_field<&SwapOptions::opacity> is an ordinary function pointer.
template <auto Member>
std::string get_field(const SwapOptions& o) {
  const auto& v = o.*Member;
  using T = std::decay_t<decltype(v)>;
  if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
  else if constexpr (std::is_same_v<T, int>) return std::to_string(v);
  else if constexpr (std::is_floating_point_v<T>) return number_text(v);
  else return std::string(v);
}

template <auto Member>
void set_field(SwapOptions& o, std::string_view text, const OptionRow& row) {
  auto& v = o.*Member;
  using T = std::decay_t<decltype(v)>;
  if constexpr (std::is_same_v<T, bool>) v = parse_flag(text, row);
  else if constexpr (std::is_same_v<T, int>) v = parse_int(text, row);
  else if constexpr (std::is_floating_point_v<T>) v = static_cast<T>(parse_number(text, row));
  else v = std::string(text);
}

// The same for a field inside the watermark's style.
template <auto Member>
std::string get_mark(const SwapOptions& o) {
  if constexpr (std::is_floating_point_v<std::decay_t<decltype(o.watermark_style.*Member)>>)
    return number_text(o.watermark_style.*Member);
  else return std::string(o.watermark_style.*Member);
}

// ------------------------------------------------------------------ the rows' special fields

std::string get_selector(const SwapOptions& o) { return std::string(face::selector_mode_name(o.face_selector)); }
void set_selector(SwapOptions& o, std::string_view t, const OptionRow&) {
  o.face_selector = face::parse_selector_mode(t);
}

std::string get_det_size(const SwapOptions& o) {
  return o.det_width == o.det_height ? std::to_string(o.det_width) : fmt::format("{}x{}", o.det_width, o.det_height);
}
void set_det_size(SwapOptions& o, std::string_view t, const OptionRow& row) {
  const auto refuse = [&] {
    fail(ErrorKind::Usage, "{} must be N or WxH with sides from {} to {} (got '{}')", row.flag(), row.min, row.max, t);
  };
  const auto sep = t.find_first_of("xX,");
  const auto side = [&](std::string_view s) {
    long long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < row.min || v > row.max) refuse();
    return static_cast<int>(v);
  };
  o.det_width = side(t.substr(0, sep));
  o.det_height = sep == std::string_view::npos ? o.det_width : side(t.substr(sep + 1));
}

std::string get_mouth_mask(const SwapOptions& o) { return o.mouth_mask ? number_text(*o.mouth_mask) : std::string(); }
void set_mouth_mask(SwapOptions& o, std::string_view t, const OptionRow& row) {
  if (t.empty()) o.mouth_mask.reset();
  else o.mouth_mask = static_cast<float>(parse_number(t, row));
}

std::string get_watermark(const SwapOptions& o) { return o.watermark ? o.watermark_style.text : std::string(); }
void set_watermark(SwapOptions& o, std::string_view t, const OptionRow&) {
  o.watermark = !t.empty();
  if (!t.empty()) o.watermark_style.text = std::string(t);
}
std::string get_corner(const SwapOptions& o) {
  return std::string(process::watermark_corner_name(o.watermark_style.corner));
}
void set_corner(SwapOptions& o, std::string_view t, const OptionRow&) {
  o.watermark_style.corner = process::parse_watermark_corner(std::string(t));
}
void set_mark_opacity(SwapOptions& o, std::string_view t, const OptionRow& row) {
  o.watermark_style.opacity = static_cast<float>(parse_number(t, row));
}

// --no-label is the inverse of the (default) provenance label.
std::string get_no_label(const SwapOptions& o) { return o.provenance ? "false" : "true"; }
void set_no_label(SwapOptions& o, std::string_view t, const OptionRow& row) { o.provenance = !parse_flag(t, row); }

std::vector<std::string> selector_choices() { return {"leftmost", "largest", "best", "center", "reference"}; }
std::vector<std::string> enhancer_choices() {
  std::vector<std::string> c{""};  // none
  for (const auto* d : models::descriptors_of(models::Role::Enhancer)) c.emplace_back(d->name);
  return c;
}
bool is_enhancer(std::string_view t) { return models::find_descriptor(models::Role::Enhancer, t) != nullptr; }
// An older name (gfpgan, gpen256) is stored as the registry's name; an unknown one as given, for
// check_option_ranges to refuse with the list.
void set_enhancer(SwapOptions& o, std::string_view t, const OptionRow&) {
  const auto* d = t.empty() ? nullptr : models::find_descriptor(models::Role::Enhancer, t);
  o.enhancer = d ? std::string(d->name) : std::string(t);
}
std::vector<std::string> swapper_choices() {
  std::vector<std::string> c;
  for (const auto* d : models::descriptors_of(models::Role::Swapper)) c.emplace_back(d->name);
  return c;
}
// "" = the model's own size.
std::vector<std::string> boost_choices() { return {"", "128", "256", "384", "512", "768", "1024"}; }
std::string get_boost(const SwapOptions& o) {
  return o.pixel_boost > 0 ? std::to_string(o.pixel_boost) : std::string();
}
void set_boost(SwapOptions& o, std::string_view t, const OptionRow& row) {
  if (t.empty()) {
    o.pixel_boost = 0;
    return;
  }
  const auto c = boost_choices();
  if (std::find(c.begin(), c.end(), t) == c.end())
    fail(ErrorKind::Usage, "{} must be one of 128, 256, 384, 512, 768, 1024 (got '{}')", row.flag(), t);
  o.pixel_boost = std::stoi(std::string(t));
}
// Face masks (process/face_mask.h): lists and padding as text, parsed (and refused) on the way in.
std::string get_mask_types(const SwapOptions& o) {
  return process::mask_list_text(o.mask.types, process::kMaskTypeNames);
}
void set_mask_types(SwapOptions& o, std::string_view t, const OptionRow& r) {
  o.mask.types = process::parse_mask_list(t, process::kMaskTypeNames, r.flag());
}
std::string get_mask_regions(const SwapOptions& o) {
  return process::mask_list_text(o.mask.regions, process::kMaskRegionNames);
}
void set_mask_regions(SwapOptions& o, std::string_view t, const OptionRow& r) {
  o.mask.regions = process::parse_mask_list(t, process::kMaskRegionNames, r.flag());
}
std::string get_mask_areas(const SwapOptions& o) {
  return process::mask_list_text(o.mask.areas, process::kMaskAreaNames);
}
void set_mask_areas(SwapOptions& o, std::string_view t, const OptionRow& r) {
  o.mask.areas = process::parse_mask_list(t, process::kMaskAreaNames, r.flag());
}
std::string get_mask_padding(const SwapOptions& o) { return process::mask_padding_text(o.mask.padding); }
void set_mask_padding(SwapOptions& o, std::string_view t, const OptionRow& r) {
  o.mask.padding = process::parse_mask_padding(t, r.flag());
}
std::string get_mask_blur(const SwapOptions& o) { return number_text(o.mask.blur); }
void set_mask_blur(SwapOptions& o, std::string_view t, const OptionRow& r) {
  o.mask.blur = static_cast<float>(parse_number(t, r));
}
std::vector<std::string> occluder_choices() {
  std::vector<std::string> c;
  for (const auto* d : models::descriptors_of(models::Role::Occluder)) c.emplace_back(d->name);
  c.emplace_back("many");  // the minimum of the three
  return c;
}
std::vector<std::string> parser_choices() {
  std::vector<std::string> c;
  for (const auto* d : models::descriptors_of(models::Role::Parser)) c.emplace_back(d->name);
  return c;
}
std::vector<std::string> encoder_choices() { return {"auto", "libx264", "libx265", "libvpx-vp9"}; }
std::vector<std::string> corner_choices() { return {"top-left", "top-right", "bottom-left", "bottom-right"}; }

using T = OptionType;

// A new option: one row here (and its field in SwapOptions). Grouped as the GUI shows them.
// clang-format off
const OptionRow kRows[] = {
    {.key = "many-faces", .group = "faces", .label = "Swap every face",
     .help = "Swap every face (with --face-selector reference: every matching face)", .type = T::Flag,
     .get = get_field<&SwapOptions::many_faces>, .set = set_field<&SwapOptions::many_faces>},
    {.key = "face-selector", .group = "faces", .label = "Face selector",
     .help = "Which face to swap when not every face: leftmost, largest, best, center or reference", .type = T::Choice,
     .choices = selector_choices, .get = get_selector, .set = set_selector},
    {.key = "similarity-threshold", .group = "faces", .label = "Similarity threshold",
     .help = "Cosine similarity for reference and map matching", .type = T::Number, .min = -1, .max = 1, .step = 0.05,
     .get = get_field<&SwapOptions::similarity_threshold>, .set = set_field<&SwapOptions::similarity_threshold>},
    {.key = "require-face", .group = "faces", .label = "Fail when the target has no face",
     .help = "Fail when the target has no face (default: write it unchanged)", .type = T::Flag, .swap_only = true,
     .get = get_field<&SwapOptions::require_face>, .set = set_field<&SwapOptions::require_face>},
    {.key = "det-size", .group = "detector", .label = "Detector size",
     .help = "Detector input size: N or WxH, multiples of 32", .type = T::Size, .min = 32, .max = 4096,
     .get = get_det_size, .set = set_det_size},
    {.key = "det-thresh", .group = "detector", .label = "Detector threshold", .help = "Detector score threshold",
     .type = T::Number, .min = 0, .max = 1, .min_open = true, .max_open = true, .step = 0.05,
     .get = get_field<&SwapOptions::det_thresh>, .set = set_field<&SwapOptions::det_thresh>},
    {.key = "swapper", .group = "swapper", .label = "Swapper",
     .help = "Face swapper model (docs/QUALITY.md; files: swapcam models fetch NAME)", .type = T::Choice,
     .choices = swapper_choices, .get = get_field<&SwapOptions::swapper>, .set = set_field<&SwapOptions::swapper>},
    {.key = "pixel-boost", .group = "swapper", .label = "Pixel boost",
     .help = "Swap the face at this crop size, tiled over the model's own (128, 256, 384, 512, 768, 1024)",
     .type = T::Choice, .choices = boost_choices, .get = get_boost, .set = set_boost},
    {.key = "swapper-weight", .group = "swapper", .label = "Identity strength",
     .help = "How much of the source identity, 0..1 (0.5: as the model gives it)", .type = T::Number, .min = 0,
     .max = 1, .step = 0.05, .get = get_field<&SwapOptions::swapper_weight>,
     .set = set_field<&SwapOptions::swapper_weight>},
    {.key = "mouth-mask", .group = "blend", .label = "Keep the target's mouth",
     .help = "Keep the target's mouth; optional SIZE expands the lip polygon (0..2)", .type = T::OptionalNumber,
     .min = 0, .max = 2, .step = 0.05, .implicit = "0.25", .get = get_mouth_mask, .set = set_mouth_mask},
    {.key = "color-match", .group = "blend", .label = "Match colours to the target",
     .help = "Match the swapped face's colours to the target (Lab mean/std)", .type = T::Flag,
     .get = get_field<&SwapOptions::color_match>, .set = set_field<&SwapOptions::color_match>},
    {.key = "poisson-blend", .group = "blend", .label = "Poisson (seamless) blend",
     .help = "Poisson (seamless) blend of the face region", .type = T::Flag,
     .get = get_field<&SwapOptions::poisson_blend>, .set = set_field<&SwapOptions::poisson_blend>},
    {.key = "opacity", .group = "blend", .label = "Opacity", .help = "Blend of the swap over the original, 0..1",
     .type = T::Number, .min = 0, .max = 1, .step = 0.05, .get = get_field<&SwapOptions::opacity>,
     .set = set_field<&SwapOptions::opacity>},
    {.key = "sharpness", .group = "blend", .label = "Sharpness", .help = "Unsharp-mask amount on the face, 0..5",
     .type = T::Number, .min = 0, .max = 5, .step = 0.1, .get = get_field<&SwapOptions::sharpness>,
     .set = set_field<&SwapOptions::sharpness>},
    {.key = "mask-types", .group = "blend", .label = "Face mask types",
     .help = "Face masks, combined by minimum: box, occlusion (XSeg: what covers the face stays), region (face "
             "parser classes), area (landmark hulls); comma separated",
     .type = T::Text, .get = get_mask_types, .set = set_mask_types},
    {.key = "mask-blur", .group = "blend", .label = "Box mask blur", .help = "Blur of the box mask's edge, 0..1",
     .type = T::Number, .min = 0, .max = 1, .step = 0.05, .get = get_mask_blur, .set = set_mask_blur},
    {.key = "mask-padding", .group = "blend", .label = "Box mask padding (top,right,bottom,left %)",
     .help = "Box mask padding in percent of the face crop: T or T,R,B,L (0..100)", .type = T::Text,
     .get = get_mask_padding, .set = set_mask_padding},
    {.key = "occluder", .group = "blend", .label = "Occlusion model",
     .help = "Occlusion mask model (many: the minimum of the three)", .type = T::Choice,
     .choices = occluder_choices, .get = get_field<&SwapOptions::occluder>, .set = set_field<&SwapOptions::occluder>},
    {.key = "parser", .group = "blend", .label = "Face parser model", .help = "Region mask model (BiSeNet)",
     .type = T::Choice, .choices = parser_choices, .get = get_field<&SwapOptions::parser>,
     .set = set_field<&SwapOptions::parser>},
    {.key = "mask-regions", .group = "blend", .label = "Mask regions",
     .help = "Region mask classes: skin, left-eyebrow, right-eyebrow, left-eye, right-eye, glasses, nose, mouth, "
             "upper-lip, lower-lip; comma separated",
     .type = T::Text, .get = get_mask_regions, .set = set_mask_regions},
    {.key = "mask-areas", .group = "blend", .label = "Mask areas",
     .help = "Area mask parts: upper-face, lower-face, mouth; comma separated", .type = T::Text,
     .get = get_mask_areas, .set = set_mask_areas},
    {.key = "enhancer", .group = "enhance", .label = "Enhancer", .help = "Face enhancer (models: swapcam models list)",
     .type = T::Choice, .choices = enhancer_choices, .accepts = is_enhancer, .get = get_field<&SwapOptions::enhancer>, .set = set_enhancer},
    {.key = "enhancer-blend", .group = "enhance", .label = "Enhancer blend", .help = "Blend of the enhanced face, 0..1",
     .type = T::Number, .min = 0, .max = 1, .step = 0.05, .get = get_field<&SwapOptions::enhancer_blend>,
     .set = set_field<&SwapOptions::enhancer_blend>},
    {.key = "enhancer-weight", .group = "enhance", .label = "Enhancer fidelity",
     .help = "An enhancer's weight input, 0..1 (CodeFormer: 0 restores most, 1 keeps closest to the input)",
     .type = T::Number, .min = 0, .max = 1, .step = 0.05, .get = get_field<&SwapOptions::enhancer_weight>,
     .set = set_field<&SwapOptions::enhancer_weight>},
    {.key = "video-encoder", .group = "video", .label = "Encoder", .help = "Video: libx264, libx265, libvpx-vp9 or auto",
     .type = T::Choice, .choices = encoder_choices, .get = get_field<&SwapOptions::video_encoder>,
     .set = set_field<&SwapOptions::video_encoder>},
    {.key = "hw-decode", .group = "video", .label = "Hardware decoding",
     .help = "Video decoding: auto (on the GPU the models use), off, or an FFmpeg device type (cuda, vaapi, "
             "videotoolbox, d3d11va, qsv, ...)",
     .type = T::Text, .get = get_field<&SwapOptions::hardware_decode>, .set = set_field<&SwapOptions::hardware_decode>},
    {.key = "video-quality", .group = "video", .label = "Quality", .help = "Video: quality 0..51 (lower is better)",
     .type = T::Int, .min = 0, .max = 51, .step = 1, .get = get_field<&SwapOptions::video_quality>,
     .set = set_field<&SwapOptions::video_quality>},
    {.key = "keep-fps", .group = "video", .label = "Keep the frame rate", .help = "Video: keep the source frame rate",
     .type = T::Flag, .swap_only = true, .get = get_field<&SwapOptions::keep_fps>, .set = set_field<&SwapOptions::keep_fps>},
    {.key = "no-audio", .group = "video", .label = "Drop the audio", .help = "Video: drop the audio", .type = T::Flag,
     .swap_only = true, .get = get_field<&SwapOptions::no_audio>, .set = set_field<&SwapOptions::no_audio>},
    {.key = "keep-frames", .group = "video", .label = "Keep the swapped frames (PNG folder beside the output)",
     .help = "Video: keep the extracted frames", .type = T::Flag, .swap_only = true,
     .get = get_field<&SwapOptions::keep_frames>, .set = set_field<&SwapOptions::keep_frames>},
    {.key = "watermark", .group = "marks", .label = "Draw a visible mark on the output",
     .help = "Draw a visible mark on every output frame; optional TEXT", .type = T::OptionalText,
     .implicit = process::kDefaultWatermarkText, .get = get_watermark, .set = set_watermark},
    {.key = "watermark-position", .group = "marks", .label = "Mark position", .help = "Corner of the --watermark",
     .type = T::Choice, .choices = corner_choices, .get = get_corner, .set = set_corner},
    {.key = "watermark-opacity", .group = "marks", .label = "Mark opacity",
     .help = "Opacity of the --watermark, above 0 up to 1", .type = T::Number, .min = 0, .max = 1, .min_open = true,
     .step = 0.05, .get = get_mark<&process::WatermarkOptions::opacity>, .set = set_mark_opacity},
    {.key = "no-label", .group = "marks", .label = "Leave the face-swap label out of the metadata",
     .help = "Do not write the face-swap label into the output's metadata (it is on by default so that tools and "
             "people can tell the output was made by face swapping)",
     .type = T::Flag, .get = get_no_label, .set = set_no_label},
    {.key = "nsfw-filter", .group = "marks", .label = "Refuse targets the content filter flags (NSFW)",
     .help = "Refuse targets that two of three content classifiers flag as not safe for work (video: one frame a "
             "second; live: stops the session); models: swapcam models fetch --for filter",
     .type = T::Flag, .get = get_field<&SwapOptions::nsfw_filter>, .set = set_field<&SwapOptions::nsfw_filter>},
};
// clang-format on

}  // namespace

std::string OptionRow::default_text() const { return get(SwapOptions{}); }

double OptionRow::number(const SwapOptions& o) const {
  if (type != T::Int && type != T::Number && type != T::OptionalNumber) return std::nan("");
  const std::string t = get(o);
  if (t.empty()) return std::nan("");
  double v = std::nan("");
  std::from_chars(t.data(), t.data() + t.size(), v);
  return v;
}

std::span<const OptionRow> option_table() { return kRows; }

const OptionRow* find_option(std::string_view key) {
  for (const auto& r : kRows)
    if (r.key == key) return &r;
  return nullptr;
}

void check_option_ranges(const SwapOptions& o) {
  for (const auto& r : kRows) {
    if (r.type == T::Choice) {
      const std::string v = r.get(o);
      const auto c = r.choices();
      if (std::find(c.begin(), c.end(), v) != c.end() || (r.accepts && r.accepts(v))) continue;
      std::vector<std::string> words;
      for (const auto& w : c)
        if (!w.empty()) words.push_back(w);
      fail(ErrorKind::Usage, "unknown {} '{}' (expected one of: {})", r.flag(), v, fmt::join(words, ", "));
      continue;
    }
    const double v = r.number(o);
    if (std::isnan(v) && r.type != T::OptionalNumber && (r.type == T::Int || r.type == T::Number))
      fail(ErrorKind::Usage, "{} must be a number", r.flag());
    if (std::isnan(v)) continue;  // an optional number that is off
    const bool low = r.min_open ? !(v > r.min) : !(v >= r.min);
    const bool high = r.max_open ? !(v < r.max) : !(v <= r.max);
    if (!low && !high) continue;
    if (r.min_open && r.max_open)
      fail(ErrorKind::Usage, "{} must be between {} and {}, exclusive (got {})", r.flag(), r.min, r.max, v);
    if (r.min_open) fail(ErrorKind::Usage, "{} must be above {} and at most {} (got {})", r.flag(), r.min, r.max, v);
    fail(ErrorKind::Usage, "{} must be between {} and {} (got {})", r.flag(), r.min, r.max, v);
  }
}

}  // namespace swapcam::pipeline
