// Camera capture backend. No platform backend is written yet: live mode uses a video file or image
// folder standing in for the camera (open_frame_source). A V4L2 (Linux) implementation of
// FrameSource belongs here, returned by open_camera.
#include "core/error.h"
#include "media/frame_source.h"

namespace swapcam::media {

std::unique_ptr<FrameSource> open_camera(const std::string& spec, const FrameSourceOptions&) {
  fail(ErrorKind::NotFound,
       "camera '{}' cannot be opened: camera capture is not available in this build; use a video file or image "
       "folder with --camera",
       spec);
}

}  // namespace swapcam::media
