#pragma once
// `swapcam swap` for a folder target: every image and video in the folder and its subfolders is
// swapped into the output folder under the same relative path, the tree mirrored (videos in a
// container we cannot write become .mp4). Links to folders are not followed; an output folder
// inside the target is not read; other files are counted and said once in the log.
// One FrameProcessor (models and sources) serves every file; images run in parallel, each video
// uses the parallel video pipeline. A file that fails is reported and skipped; the others go on.
// Inputs that would share one output name (clip.avi and clip.mp4 both become clip.mp4) are refused
// before any work, each with an error naming the other; the rest of the folder is swapped.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/swap_options.h"
#include "pipeline/video_pipeline.h"

namespace swapcam::pipeline {

struct BatchFileResult {
  std::filesystem::path input, output;
  bool video = false;
  bool ok = false;
  std::string error;               // when !ok
  int faces_swapped = 0;           // images: faces; videos: total over frames
  bool written_unchanged = false;  // image without a swappable face, written as it was
};

struct BatchResult {
  std::vector<BatchFileResult> files;                   // in name order
  int images = 0, videos = 0, failed = 0, skipped = 0;  // skipped: neither image nor video
  double elapsed_s = 0;
};

// The media files under a folder (subfolders included, `skip` and what is under it left out), sorted.
std::vector<std::filesystem::path> batch_inputs(const std::filesystem::path& folder,
                                                const std::filesystem::path& skip = {});
// The output path for one input of a folder target: its path relative to the target, under the output.
std::filesystem::path batch_output_path(const std::filesystem::path& input, const std::filesystem::path& target_dir,
                                        const std::filesystem::path& output_dir);

// options.target: the folder; options.output: the output folder (created if missing; must differ
// from the target folder). Throws Error: NotFound (no such folder), InvalidData (no image or video in
// it), Usage (output folder is the target folder or a file), Cancelled. Per-file failures are in the
// result, not thrown.
BatchResult swap_folder(const SwapOptions& options, const VideoJobOptions& job);

}  // namespace swapcam::pipeline
