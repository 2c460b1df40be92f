#include "facade/targets.h"

#include "core/error.h"
#include "media/image_io.h"

namespace swapcam::facade {

namespace fs = std::filesystem;

TargetKind classify_target(const fs::path& target) {
  if (target.empty()) return TargetKind::Missing;
  std::error_code ec;
  if (fs::is_directory(target, ec)) return TargetKind::Folder;
  if (!fs::exists(target, ec)) return TargetKind::Missing;
  // A FIFO or device goes by its extension too: the pipeline refuses it naming what it is.
  if (media::image_format_from_extension(target) != media::ImageFormat::Unknown) return TargetKind::Image;
  return TargetKind::Video;
}

SwapOutcome run_swap(const pipeline::SwapOptions& o, const pipeline::VideoJobOptions& job) {
  switch (classify_target(o.target)) {
    case TargetKind::Image: return pipeline::swap_image(o);
    case TargetKind::Video: return pipeline::swap_video(o, job);
    case TargetKind::Folder: return pipeline::swap_folder(o, job);
    case TargetKind::Missing: break;
  }
  fail(ErrorKind::NotFound, "target '{}' does not exist", o.target.string());
}

}  // namespace swapcam::facade
