#pragma once
// The Linux (V4L2) implementation behind camera.h. Only camera.cpp calls these, and only on Linux.
#include <memory>
#include <string>
#include <vector>

#include "media/camera.h"

namespace swapcam::media::v4l2 {

std::vector<CameraInfo> list_devices();
std::unique_ptr<Camera> open_capture(const CameraRequest& request);

// "MJPG" <-> V4L2 fourcc code.
std::string fourcc_to_string(uint32_t code);
uint32_t fourcc_from_string(const std::string& s);

}  // namespace swapcam::media::v4l2
