#include "apps/cli/swap_args.h"

#include "core/error.h"
#include "core/log.h"
#include "face/detector.h"
#include "models/locate.h"
#include "process/content_filter.h"
#include "process/enhancer.h"

namespace swapcam::cli {

namespace fs = std::filesystem;

void add_swap_options(CLI::App& sub, SwapArgs& a) {
  auto& o = a.options;
  sub.add_option("-s,--source", a.sources, "Source face image (repeat to average several photos)");
  sub.add_flag("--many-faces", o.many_faces, "Swap every face (with --face-selector reference: every matching face)");
  sub.add_option("--map-faces", a.map_faces,
                 "JSON file: [{\"source\": IMAGE, \"reference\": IMAGE}, ...]; each target face like a reference "
                 "gets that entry's source");
  a.selector_opt = sub.add_option("--face-selector", a.face_selector, "leftmost, largest, best, center or reference")
                       ->check(CLI::IsMember({"leftmost", "largest", "best", "center", "reference"}));
  sub.add_option("--reference-face", a.reference_face, "Image of the target person to swap (reference selector)");
  sub.add_option("--similarity-threshold", o.similarity_threshold,
                 "Cosine similarity for reference and map matching (default 0.4)");
  a.mouth_mask_opt = sub.add_option("--mouth-mask", a.mouth_mask,
                                    "Keep the target's mouth; optional SIZE expands the lip polygon (0..2, default 0.25)")
                         ->expected(0, 1);
  sub.add_flag("--color-match", o.color_match, "Match the swapped face's colours to the target (Lab mean/std)");
  sub.add_flag("--poisson-blend", o.poisson_blend, "Poisson (seamless) blend of the face region");
  sub.add_option("--opacity", o.opacity, "Blend of the swap over the original, 0..1 (default 1)");
  sub.add_option("--sharpness", o.sharpness, "Unsharp-mask amount on the face, 0..5 (default 0)");
  sub.add_option("--enhancer", a.enhancer, "Face enhancer: gfpgan, gpen256 or gpen512")
      ->check(CLI::IsMember({"gfpgan", "gpen256", "gpen512"}));
  sub.add_option("--enhancer-blend", o.enhancer_blend, "Blend of the enhanced face, 0..1 (default 0.8)");
  sub.add_option("--video-encoder", o.video_encoder, "Video: libx264, libx265, libvpx-vp9 or auto")
      ->check(CLI::IsMember({"libx264", "libx265", "libvpx-vp9", "auto"}));
  sub.add_option("--hw-decode", o.hardware_decode,
                 "Video decoding: auto (on the GPU the models use), off, or an FFmpeg device type (cuda, vaapi, "
                 "videotoolbox, d3d11va, qsv, ...)");
  sub.add_option("--video-quality", o.video_quality, "Video: quality 0..51 (lower is better, default 18)");
  sub.add_option("--det-size", a.det_size, "Detector input size: N or WxH, multiples of 32 (default 640)");
  sub.add_option("--det-thresh", o.det_thresh, "Detector score threshold (default 0.5)");
  a.watermark_opt = sub.add_option("--watermark", a.watermark,
                                   "Draw a visible mark on every output frame; optional TEXT (default \"AI-swapped\")")
                        ->expected(0, 1);
  sub.add_option("--watermark-position", a.watermark_position, "Corner of the --watermark (default bottom-right)")
      ->check(CLI::IsMember({"top-left", "top-right", "bottom-left", "bottom-right"}));
  sub.add_option("--watermark-opacity", a.watermark_opacity, "Opacity of the --watermark, above 0 up to 1 (default 0.7)");
  sub.add_flag("--nsfw-filter", a.nsfw_filter,
               "Refuse targets that two of three content classifiers flag as not safe for work (video: one frame a "
               "second; live: stops the session); models: swapcam models fetch --for filter");
  sub.add_flag("--no-label", a.no_label,
               "Do not write the face-swap label into the output's metadata (it is on by default so that tools and "
               "people can tell the output was made by face swapping)");
}

std::pair<int, int> parse_size(const std::string& s, const char* option, bool square_allowed, int min_side,
                               int max_side) {
  const auto refuse = [&]() -> std::pair<int, int> {
    fail(ErrorKind::Usage, "{} must be {}WxH with sides from {} to {} (got '{}')", option, square_allowed ? "N or " : "",
         min_side, max_side, s);
  };
  try {
    const auto sep = s.find_first_of("xX,");
    size_t used = 0;
    const int w = std::stoi(s.substr(0, sep), &used);
    if (used != (sep == std::string::npos ? s.size() : sep)) return refuse();
    int h = w;
    if (sep == std::string::npos) {
      if (!square_allowed) return refuse();
    } else {
      const std::string rest = s.substr(sep + 1);
      h = std::stoi(rest, &used);
      if (used != rest.size()) return refuse();
    }
    if (w < min_side || h < min_side || w > max_side || h > max_side) return refuse();
    return {w, h};
  } catch (const std::logic_error&) {  // not a number, or beyond int
    return refuse();
  }
}

void resolve_swap_options(const SwapArgs& a, const GlobalOptions& g, pipeline::SwapOptions& o) {
  for (const auto& s : a.sources) o.sources.emplace_back(s);
  o.map_faces = a.map_faces;
  o.reference_face = a.reference_face;
  // A reference face implies the reference selector unless another one was asked for explicitly.
  const bool selector_given = a.selector_opt && a.selector_opt->count() > 0;
  o.face_selector = (!a.reference_face.empty() && !selector_given) ? face::SelectorMode::Reference
                                                                   : face::parse_selector_mode(a.face_selector);
  if (a.mouth_mask_opt && a.mouth_mask_opt->count() > 0) {
    o.mouth_mask = pipeline::kDefaultMouthMaskSize;
    if (!a.mouth_mask.empty()) {
      try {
        size_t used = 0;
        o.mouth_mask = std::stof(a.mouth_mask, &used);
        if (used != a.mouth_mask.size()) throw std::invalid_argument(a.mouth_mask);
      } catch (const std::exception&) {
        fail(ErrorKind::Usage, "--mouth-mask SIZE must be a number (got '{}')", a.mouth_mask);
      }
    }
  }
  std::tie(o.det_width, o.det_height) = parse_size(a.det_size, "--det-size", true, 32, face::kMaxDetectorSide);
  if (a.watermark_opt && a.watermark_opt->count() > 0) {
    process::WatermarkOptions w;
    if (!a.watermark.empty()) w.text = a.watermark;
    w.corner = process::parse_watermark_corner(a.watermark_position);
    w.opacity = a.watermark_opacity;
    o.watermark = w;
  }
  o.provenance = !a.no_label;
  o.nsfw_filter = a.nsfw_filter;
  if (!g.nsfw_models.empty() && g.nsfw_models.size() != 3)
    fail(ErrorKind::Usage, "--nsfw-model must be given three times (nsfw_1, nsfw_2, nsfw_3), got {}", g.nsfw_models.size());
  if (!g.nsfw_models.empty() && !o.nsfw_filter) fail(ErrorKind::Usage, "--nsfw-model needs --nsfw-filter");
  if (a.no_label)
    log::warn("--no-label: outputs carry no metadata saying they were made by face swapping; label them yourself "
              "where you publish them");
  o.enhancer = a.enhancer;
  if (!g.enhancer_model.empty() && o.enhancer.empty())
    fail(ErrorKind::Usage, "--enhancer-model needs --enhancer NAME ({})", process::enhancer_names());
  pipeline::validate(o);  // usage errors before any file is looked at

  o.runtime = g.runtime_config();
  o.models.detector = g.model_path("det_10g", g.detector_model);
  o.models.recognizer = g.model_path("w600k_r50", g.recognizer_model);
  o.models.swapper = g.model_path("inswapper_128", g.swapper_model);
  if (g.swapper_model.empty()) {
    // The fp16 variant is optional: used where the provider runs fp16 well.
    const fs::path fp16 = g.models_directory() / models::model_file_name("inswapper_128_fp16");
    if (fs::is_regular_file(fp16)) o.models.swapper_fp16 = fp16;
  }
  if (o.mouth_mask) o.models.landmarker = g.model_path("2d106det", g.landmark_model);
  if (o.nsfw_filter)
    for (size_t i = 0; i < 3; ++i)
      o.models.content_filter[i] = g.model_path(process::kContentClassifiers[i].id,
                                                g.nsfw_models.empty() ? std::string() : g.nsfw_models[i]);
  if (!o.enhancer.empty())
    o.models.enhancer = g.model_path(process::find_enhancer(o.enhancer).default_model_id, g.enhancer_model);
}

}  // namespace swapcam::cli
