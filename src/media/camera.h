#pragma once
// Cameras: listing with their formats, and capture at a chosen resolution, frame rate and pixel
// format. Linux uses V4L2 (camera_v4l2.cpp); elsewhere every call says plainly that camera capture
// is not supported on this platform yet (a video file can still stand in for a camera).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "core/latency_stats.h"

namespace swapcam::media {

// One frame size a device offers in one pixel format, with the frame rates it offers there.
struct CameraMode {
  std::string fourcc;  // "MJPG", "YUYV", "NV12", ...
  int width = 0, height = 0;
  std::vector<double> fps;  // discrete rates; for a continuous range, its ends
};

struct CameraInfo {
  std::string id;                 // what --camera accepts ("0" for /dev/video0)
  std::string path;               // /dev/video0
  std::string name;               // the card name the driver reports
  std::string driver;             // uvcvideo, v4l2 loopback, ...
  std::string bus;                // usb-0000:00:14.0-1
  bool capture = false;           // can be opened with open_camera
  bool output = false;            // accepts frames (a v4l2loopback device: a --virtual-camera target)
  std::vector<CameraMode> modes;  // capture modes (empty for output-only devices)
};

// Capture and output video devices; empty when there are none. Throws Error(Runtime) where the
// platform is not supported yet.
std::vector<CameraInfo> list_cameras();

// Whether this build can capture from cameras on this platform, and if not, why (for doctor).
bool camera_capture_supported(std::string* why_not = nullptr);

// For `swapcam doctor`: one line per video device ("0  /dev/video0  HD Webcam (uvcvideo): MJPG 1280x720@30,
// 640x480@30; YUYV 640x480@30"), a single "none found" line when there are none, or the reason
// capture is unsupported on this platform. Never throws.
std::vector<std::string> describe_cameras();
// The modes of a device grouped by pixel format, as in describe_cameras().
std::string camera_modes_summary(const CameraInfo& info, size_t max_sizes_per_format = 6);

// True for what --camera treats as a device rather than a file: a number or a /dev/video path.
bool looks_like_camera_device(const std::string& camera);
// "0" -> "/dev/video0"; a path is returned unchanged.
std::string camera_device_path(const std::string& camera);

struct CameraRequest {
  std::string device = "0";           // id or path
  int width = 0, height = 0;          // 0: the device's current size
  double fps = 0;                     // 0: the device's current rate
  std::string pixel_format = "auto";  // auto (MJPEG where offered at that size, else YUYV, else any
                                      // convertible format) or a fourcc such as MJPG / YUYV
  int buffers = 4;
  double frame_timeout_s = 3;  // read() fails after this long without a frame: never hang
};

struct CameraFrame {
  cv::Mat bgr;                         // CV_8UC3
  SteadyClock::time_point captured{};  // when the device filled it (driver timestamp where monotonic)
  int64_t sequence = 0;                // the driver's frame counter
};

class Camera {
 public:
  virtual ~Camera() = default;
  // Waits for the next frame and converts it to BGR. When several frames are already waiting,
  // only the newest is returned and the older ones are counted in frames_skipped() (latency first).
  // Throws Error(NotFound) when the device is unplugged, Error(Io) on a timeout or read failure.
  virtual CameraFrame read() = 0;
  // The mode in use after negotiation (may differ from the request; differences are logged).
  virtual CameraMode mode() const = 0;
  virtual std::string path() const = 0;
  virtual uint64_t frames_skipped() const = 0;
};

// Opens and starts a capture device. Errors name the device and the reason (missing, busy, not a
// capture device, format refused, platform not supported).
std::unique_ptr<Camera> open_camera(const CameraRequest& request);

// Converts one captured buffer to BGR. Supports MJPG/JPEG, YUYV, UYVY, NV12, YU12 (I420), YV12,
// RGB3, BGR3 and GREY; throws Error(InvalidData) for a truncated buffer or an unknown format.
cv::Mat camera_buffer_to_bgr(const std::string& fourcc, const uint8_t* data, size_t size, int width, int height,
                             int bytes_per_line = 0);
bool camera_format_supported(const std::string& fourcc);

}  // namespace swapcam::media
