#pragma once
// Target dispatch for every front end: what a target is (image, video, folder) and one call that runs
// the pipeline it needs. The CLI adds scale-out segments around the video case; the GUI calls run_swap.
#include <filesystem>
#include <variant>

#include "pipeline/batch.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/video_pipeline.h"

namespace swapcam::facade {

enum class TargetKind { Missing, Image, Video, Folder };

// A folder, an image (by its extension) or, for any other existing file, a video; Missing when the
// path names nothing. Nothing is opened here (a FIFO is classified by its name; the pipeline refuses it).
TargetKind classify_target(const std::filesystem::path& target);

// What the pipeline that ran returned.
using SwapOutcome = std::variant<pipeline::ImageSwapResult, pipeline::VideoSwapResult, pipeline::BatchResult>;

// Runs o.target through the image, video or folder pipeline (o.models already resolved). Error(NotFound)
// naming the target when it does not exist.
SwapOutcome run_swap(const pipeline::SwapOptions& o, const pipeline::VideoJobOptions& job = {});

}  // namespace swapcam::facade
