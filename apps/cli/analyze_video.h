#pragma once
// The video branch of `swapcam analyze` (cmd_analyze.cpp hooks it in): VIDEO --clusters groups the
// distinct people of a video and can write the map file that `swap --map-faces` reads.
#include <string>

#include <CLI/CLI.hpp>

#include "apps/cli/cli.h"

namespace swapcam::cli {

// --clusters, -o/--output MAP, --samples N, --cluster-threshold T, -s/--source IMAGE (repeat).
void add_video_analyze_options(CLI::App& analyze_command);

// Runs the video analysis and returns true when the input is a video or --clusters was given;
// false leaves the input to the image analysis.
bool run_video_analyze_if_requested(const GlobalOptions& g, const std::string& input, bool json);

}  // namespace swapcam::cli
