#pragma once
// The Linux (V4L2) implementation behind camera.h. Only camera.cpp calls these, and only on Linux.
#include <memory>
#include <string>
#include <vector>

#include "media/camera.h"

namespace swapcam::media::v4l2 {

std::vector<CameraInfo> list_devices();
std::unique_ptr<Camera> open_capture(const CameraRequest& request);

// ioctl that retries when interrupted by a signal (shared with virtual_camera.cpp).
int xioctl(int fd, unsigned long request, void* arg);
// A fixed-size, NUL-padded V4L2 string field as std::string.
std::string fixed_string(const unsigned char* s, size_t n);

// "MJPG" <-> V4L2 fourcc code.
std::string fourcc_to_string(uint32_t code);
uint32_t fourcc_from_string(const std::string& s);

}  // namespace swapcam::media::v4l2
