#pragma once
// The swap options shared by `swap` and `live` (product.md, "Swap options"): their flags, and how they
// resolve into pipeline::SwapOptions with model files located. One definition, so both commands
// accept the same names with the same meaning.
#include <string>
#include <utility>
#include <vector>

#include "apps/cli/cli.h"
#include "pipeline/swap_options.h"

namespace swapcam::cli {

struct SwapArgs {
  std::vector<std::string> sources;
  std::string map_faces, reference_face;
  std::string face_selector = "largest";
  std::string mouth_mask;  // empty with the flag alone: the default size
  std::string det_size = "640";
  std::string enhancer;
  std::string watermark;  // empty with the flag alone: the default text
  std::string watermark_position = "bottom-right";
  double watermark_opacity = process::WatermarkOptions{}.opacity;
  bool no_label = false;
  bool nsfw_filter = false;
  CLI::Option* mouth_mask_opt = nullptr;
  CLI::Option* watermark_opt = nullptr;
  CLI::Option* selector_opt = nullptr;
  pipeline::SwapOptions options;  // fields CLI11 writes straight into
};

// Adds -s/--source and every face/blend/enhancer/detector option to `sub`.
void add_swap_options(CLI::App& sub, SwapArgs& a);

// "640" -> {640, 640} (when square_allowed), "640x480" / "640,480" -> {640, 480}, each side from
// min_side to max_side; Error(Usage) naming the option and the bounds otherwise.
std::pair<int, int> parse_size(const std::string& s, const char* option, bool square_allowed, int min_side,
                               int max_side);

// The largest capture size `live --resolution` accepts per side (8K UHD is 7680x4320).
inline constexpr int kMaxCaptureSide = 8192;

// Fills `o` from the parsed arguments, validates it (usage errors first), then locates the model
// files each option needs (a missing one is a one-line error with its fetch command).
void resolve_swap_options(const SwapArgs& a, const GlobalOptions& g, pipeline::SwapOptions& o);

}  // namespace swapcam::cli
