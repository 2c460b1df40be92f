#pragma once
// The video and folder branches of `swapcam swap` (cmd_swap.cpp dispatches to them): their extra
// options, the Ctrl-C hook and progress presentation.
#include <CLI/CLI.hpp>

#include "apps/cli/cli.h"
#include "pipeline/swap_options.h"

namespace swapcam::cli {

// --start, --end, --allow-partial, --workers, --detect-every, --video-preset, --segment on the swap command.
void add_video_swap_options(CLI::App& swap_command);
// Whether --segment was given (only a video target accepts it).
bool segment_requested();

void run_video_target(const pipeline::SwapOptions& options, const GlobalOptions& g);
void run_folder_target(const pipeline::SwapOptions& options, bool quiet);

}  // namespace swapcam::cli
