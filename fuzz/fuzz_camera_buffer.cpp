// Arbitrary camera buffers (format, size, row pitch and bytes all fuzzed) through the conversion
// the live capture applies to every driver buffer: a BGR image or swapcam::Error, never a crash or
// an out-of-bounds read.
#include <cstdint>
#include <cstring>
#include <string>

#include "core/error.h"
#include "media/camera.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* kFormats[] = {"MJPG", "JPEG", "YUYV", "UYVY", "NV12", "YU12",
                                   "YV12", "RGB3", "BGR3", "GREY", "H264"};
  if (size < 6) return 0;
  const std::string fourcc = kFormats[data[0] % 11];
  const int width = data[1] % 97;  // 0..96: zero and odd sizes included
  const int height = data[2] % 97;
  uint16_t pitch = 0;
  std::memcpy(&pitch, data + 3, 2);
  const int bytes_per_line = pitch % 400;  // 0: tight rows
  const uint8_t* pixels = data + 6;
  const size_t pixel_bytes = size - 6;
  try {
    cv::Mat bgr = swapcam::media::camera_buffer_to_bgr(fourcc, pixels, pixel_bytes, width, height, bytes_per_line);
    if (!bgr.empty() && bgr.type() != CV_8UC3) __builtin_trap();  // the documented result type
  } catch (const swapcam::Error&) {}
  return 0;
}
