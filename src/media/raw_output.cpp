// Raw frames to a file descriptor. POSIX (write/poll/signal masks); on Windows only stdout via stdio.
#include "media/raw_output.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include <opencv2/imgproc.hpp>

#include "core/error.h"

#if !defined(_WIN32)
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#else
#include <cstdio>
#endif

namespace swapcam::media {

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}
constexpr int kStallTimeoutMs = 5000;        // a reader that takes nothing for this long is treated as gone
constexpr size_t kChunk = size_t(64) << 10;  // one pipe's default capacity
}  // namespace

RawPixelFormat parse_raw_pixel_format(const std::string& name) {
  auto n = lower(name);
  if (n == "bgr24" || n == "bgr") return RawPixelFormat::BGR24;
  if (n == "yuyv422" || n == "yuyv" || n == "yuy2") return RawPixelFormat::YUYV;
  if (n == "yuv420p" || n == "i420") return RawPixelFormat::I420;
  fail(ErrorKind::Usage, "unknown raw pixel format '{}' (bgr24, yuyv422 or yuv420p)", name);
}

const char* ffmpeg_pix_fmt(RawPixelFormat f) {
  switch (f) {
    case RawPixelFormat::BGR24: return "bgr24";
    case RawPixelFormat::YUYV: return "yuyv422";
    case RawPixelFormat::I420: return "yuv420p";
  }
  return "?";
}

#if !defined(_WIN32)
void write_all(int fd, const uint8_t* data, size_t size, const std::string& what) {
  sigset_t pipe_set, old_set, pending;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old_set);
  sigpending(&pending);
  const bool was_pending = sigismember(&pending, SIGPIPE) == 1;
  int error = 0;
  bool stalled = false;
  while (size > 0) {
    pollfd p{fd, POLLOUT, 0};
    int r = poll(&p, 1, kStallTimeoutMs);
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) {
      stalled = true;
      break;
    }
    ssize_t n = ::write(fd, data, std::min(size, kChunk));
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      error = errno;
      break;
    }
    data += n;
    size -= size_t(n);
  }
  if (error == EPIPE && !was_pending) {
    // Consume the SIGPIPE this write raised, so unblocking does not deliver it.
    timespec zero{0, 0};
    sigtimedwait(&pipe_set, nullptr, &zero);
  }
  pthread_sigmask(SIG_SETMASK, &old_set, nullptr);
  if (stalled) fail(ErrorKind::Io, "{}: the reader took nothing for {} s", what, kStallTimeoutMs / 1000);
  if (error == EPIPE) fail(ErrorKind::Io, "{}: the reader closed the pipe", what);
  if (error) fail(ErrorKind::Io, "cannot write to {}: {}", what, std::strerror(error));
}
#else
void write_all(int fd, const uint8_t* data, size_t size, const std::string& what) {
  if (fd != 1) fail(ErrorKind::Io, "raw output to {} is only supported for standard output on this platform", what);
  if (std::fwrite(data, 1, size, stdout) != size || std::fflush(stdout) != 0)
    fail(ErrorKind::Io, "cannot write to {}", what);
}
#endif

RawFrameWriter::RawFrameWriter(int fd, RawPixelFormat format, std::string description)
    : fd_(fd), format_(format), description_(std::move(description)) {}

void RawFrameWriter::write(const cv::Mat& bgr) {
  if (bgr.empty() || bgr.type() != CV_8UC3) fail(ErrorKind::InvalidData, "raw output needs BGR 8-bit frames");
  // YUV needs even sizes: an odd frame loses its last column/row (no resampling).
  cv::Mat view = format_ == RawPixelFormat::BGR24 ? bgr : even_size_view(bgr);
  if (size_.empty()) size_ = view.size();
  const cv::Mat* frame = &view;
  if (view.size() != size_) {
    cv::resize(bgr, scratch_, size_, 0, 0, cv::INTER_AREA);
    frame = &scratch_;
  }
  if (format_ == RawPixelFormat::BGR24) {
    if (frame->isContinuous()) {
      write_all(fd_, frame->data, frame->total() * 3, description_);
    } else {
      for (int y = 0; y < frame->rows; ++y) write_all(fd_, frame->ptr(y), size_t(frame->cols) * 3, description_);
    }
  } else {
    bgr_to_yuv(*frame, format_ == RawPixelFormat::YUYV ? YuvFormat::YUYV : YuvFormat::I420, buffer_);
    write_all(fd_, buffer_.data(), buffer_.size(), description_);
  }
  ++frames_;
}

}  // namespace swapcam::media
