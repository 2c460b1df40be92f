#pragma once
// Virtual camera output through v4l2loopback (Linux): frames written to the loopback device's
// output side appear as a webcam to other programs (browsers, OBS, video calls).
//
// Frame conversion (BGR -> YUYV 4:2:2 or I420 4:2:0, BT.601 limited range, what webcam consumers
// assume) is separate from the device, so it can be checked against plain files and FIFOs.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace swapcam::media {

enum class YuvFormat { YUYV, I420 };

// "yuyv" / "i420" (case-insensitive); throws Error(Usage) otherwise.
YuvFormat parse_yuv_format(const std::string& name);
const char* yuv_format_name(YuvFormat f);

// Bytes of one frame. Width and height must be even.
size_t yuv_frame_size(YuvFormat f, int width, int height);

// Converts a BGR (CV_8UC3) frame with even width and height; `out` is resized to yuv_frame_size().
// Chroma is the mean of each 2x1 (YUYV) or 2x2 (I420) block. Throws Error(InvalidData) for odd
// sizes or another pixel type.
void bgr_to_yuv(const cv::Mat& bgr, YuvFormat f, std::vector<uint8_t>& out);

// A frame of even size for the YUV formats: odd frames lose their last column/row (a view, no copy).
cv::Mat even_size_view(const cv::Mat& frame);

struct VirtualCameraOptions {
  std::string device;         // /dev/videoN
  int width = 0, height = 0;  // frames of another size are resized to this
  double fps = 30;            // advertised to consumers
  YuvFormat format = YuvFormat::YUYV;
  // Accept a regular file or a FIFO instead of a v4l2loopback device and write the raw YUV stream
  // to it (tests, and pipes into other programs). Devices are still checked.
  bool allow_plain_files = false;
};

// What check_virtual_camera_device found (for doctor and for messages).
struct VirtualCameraDeviceInfo {
  std::string driver, card;
};

// Checks that `device` is a v4l2loopback output device. Throws Error with what is wrong and what
// to do: NotFound (missing: how to load v4l2loopback), InvalidData (not a character device, not a
// V4L2 device, not an output device, not v4l2loopback), Io (permission denied, busy).
VirtualCameraDeviceInfo check_virtual_camera_device(const std::string& device);

class VirtualCamera {
 public:
  // Opens the device (or plain file, when allowed), checks it and sets its format.
  explicit VirtualCamera(const VirtualCameraOptions& options);
  ~VirtualCamera();
  VirtualCamera(const VirtualCamera&) = delete;
  VirtualCamera& operator=(const VirtualCamera&) = delete;

  // Converts and writes one frame. Throws Error(Io) when the device or the reader went away.
  void write(const cv::Mat& bgr);

  const VirtualCameraOptions& options() const { return options_; }
  uint64_t frames_written() const { return frames_; }

 private:
  VirtualCameraOptions options_;
  int fd_ = -1;
  std::vector<uint8_t> buffer_;
  cv::Mat resized_;
  uint64_t frames_ = 0;
};

}  // namespace swapcam::media
