#pragma once
// The swap options shared by `swap` and `live` (product.md, "Swap options"): their flags, and how they
// resolve into pipeline::SwapOptions with model files located. One definition, so both commands
// accept the same names with the same meaning.
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "apps/cli/cli.h"
#include "pipeline/option_table.h"
#include "pipeline/swap_options.h"

namespace swapcam::cli {

struct SwapArgs {
  std::vector<std::string> sources;
  std::string map_faces, reference_face;
  // One slot per option-table row that the command has: CLI11 writes into it while parsing.
  struct Slot {
    const pipeline::OptionRow* row = nullptr;
    std::string text;
    bool flag = false;
    CLI::Option* option = nullptr;
  };
  std::deque<Slot> slots;  // a deque: slots keep their address while more are added
  CLI::Option* selector_opt = nullptr;
  pipeline::SwapOptions options;  // the defaults; resolve_swap_options starts from it
};

// Adds -s/--source, --map-faces, --reference-face and one flag per option-table row to `sub`
// (rows marked swap_only only when `swap_only_rows`).
void add_swap_options(CLI::App& sub, SwapArgs& a, bool swap_only_rows = false);

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
