#pragma once
// Raw video frames to a file descriptor (`--output -`: stdout, for ffmpeg/OBS pipes), e.g.
//   swapcam live -s me.jpg --output - --raw-format bgr24 | ffmpeg -f rawvideo -pix_fmt bgr24 -s 1280x720 -r 30 -i - ...
// Each frame is written whole; a reader that goes away is an Error(Io), never a SIGPIPE death.
#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "media/virtual_camera.h"

namespace swapcam::media {

enum class RawPixelFormat { BGR24, YUYV, I420 };

// "bgr24" | "yuyv422" | "yuyv" | "yuv420p" | "i420" (the ffmpeg names work); throws Error(Usage).
RawPixelFormat parse_raw_pixel_format(const std::string& name);
// The ffmpeg -pix_fmt name.
const char* ffmpeg_pix_fmt(RawPixelFormat f);

// Writes all of `data` to `fd`, retrying short writes and EINTR, waiting on a non-blocking fd.
// SIGPIPE is blocked for the calling thread during the write, so a closed pipe becomes
// Error(Io, "<what>: the reader closed the pipe") instead of killing the process.
void write_all(int fd, const uint8_t* data, size_t size, const std::string& what);

class RawFrameWriter {
 public:
  // fd: where frames go (1 for stdout); not closed by the writer. Frames of another size than the
  // first one are resized to it, so the stream keeps a fixed geometry.
  RawFrameWriter(int fd, RawPixelFormat format, std::string description = "standard output");

  void write(const cv::Mat& bgr);
  uint64_t frames_written() const { return frames_; }
  cv::Size frame_size() const { return size_; }  // empty before the first frame

 private:
  int fd_;
  RawPixelFormat format_;
  std::string description_;
  cv::Size size_;
  std::vector<uint8_t> buffer_;
  cv::Mat scratch_;
  uint64_t frames_ = 0;
};

}  // namespace swapcam::media
