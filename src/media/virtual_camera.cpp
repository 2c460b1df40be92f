// v4l2loopback output. The conversions are portable; the device part is Linux only.
#include "media/virtual_camera.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "media/raw_output.h"

#if defined(__linux__)
#include "media/camera_v4l2.h"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace swapcam::media {

YuvFormat parse_yuv_format(const std::string& name) {
  std::string n = name;
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (n == "yuyv" || n == "yuyv422" || n == "yuy2") return YuvFormat::YUYV;
  if (n == "i420" || n == "yu12" || n == "yuv420p") return YuvFormat::I420;
  fail(ErrorKind::Usage, "unknown virtual camera format '{}' (yuyv or i420)", name);
}

const char* yuv_format_name(YuvFormat f) { return f == YuvFormat::YUYV ? "YUYV" : "I420"; }

size_t yuv_frame_size(YuvFormat f, int w, int h) {
  size_t px = size_t(w) * size_t(h);
  return f == YuvFormat::YUYV ? px * 2 : px + 2 * (px / 4);
}

cv::Mat even_size_view(const cv::Mat& frame) { return frame(cv::Rect(0, 0, frame.cols & ~1, frame.rows & ~1)); }

namespace {
// BT.601 limited range, 8-bit fixed point (the coefficients of ITU-R BT.601 scaled by 256).
inline uint8_t luma(int b, int g, int r) { return uint8_t(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16); }
// Chroma from the sums of n = 2^shift pixels (shift 1: a pair, 2: a 2x2 block).
inline uint8_t chroma_u(int b, int g, int r, int shift) {
  return uint8_t(std::clamp(((-38 * r - 74 * g + 112 * b + (128 << shift)) >> (8 + shift)) + 128, 0, 255));
}
inline uint8_t chroma_v(int b, int g, int r, int shift) {
  return uint8_t(std::clamp(((112 * r - 94 * g - 18 * b + (128 << shift)) >> (8 + shift)) + 128, 0, 255));
}
}  // namespace

void bgr_to_yuv(const cv::Mat& bgr, YuvFormat f, std::vector<uint8_t>& out) {
  if (bgr.type() != CV_8UC3) fail(ErrorKind::InvalidData, "YUV conversion needs a BGR 8-bit frame");
  const int w = bgr.cols, h = bgr.rows;
  if (w <= 0 || h <= 0 || (w & 1) || (h & 1))
    fail(ErrorKind::InvalidData, "YUV frames need an even size, not {}x{}", w, h);
  out.resize(yuv_frame_size(f, w, h));
  if (f == YuvFormat::YUYV) {
    for (int y = 0; y < h; ++y) {
      const uint8_t* s = bgr.ptr<uint8_t>(y);
      uint8_t* d = out.data() + size_t(y) * size_t(w) * 2;
      for (int x = 0; x < w; x += 2, s += 6, d += 4) {
        d[0] = luma(s[0], s[1], s[2]);
        d[2] = luma(s[3], s[4], s[5]);
        int b = s[0] + s[3], g = s[1] + s[4], r = s[2] + s[5];
        d[1] = chroma_u(b, g, r, 1);
        d[3] = chroma_v(b, g, r, 1);
      }
    }
    return;
  }
  uint8_t* yp = out.data();
  uint8_t* up = yp + size_t(w) * size_t(h);
  uint8_t* vp = up + size_t(w / 2) * size_t(h / 2);
  for (int y = 0; y < h; y += 2) {
    const uint8_t* s0 = bgr.ptr<uint8_t>(y);
    const uint8_t* s1 = bgr.ptr<uint8_t>(y + 1);
    uint8_t* y0 = yp + size_t(y) * size_t(w);
    uint8_t* y1 = y0 + w;
    uint8_t* u = up + size_t(y / 2) * size_t(w / 2);
    uint8_t* v = vp + size_t(y / 2) * size_t(w / 2);
    for (int x = 0; x < w; x += 2, s0 += 6, s1 += 6) {
      y0[x] = luma(s0[0], s0[1], s0[2]);
      y0[x + 1] = luma(s0[3], s0[4], s0[5]);
      y1[x] = luma(s1[0], s1[1], s1[2]);
      y1[x + 1] = luma(s1[3], s1[4], s1[5]);
      int b = s0[0] + s0[3] + s1[0] + s1[3], g = s0[1] + s0[4] + s1[1] + s1[4], r = s0[2] + s0[5] + s1[2] + s1[5];
      u[x / 2] = chroma_u(b, g, r, 2);
      v[x / 2] = chroma_v(b, g, r, 2);
    }
  }
}

#if defined(__linux__)

namespace {
constexpr const char* kLoadHint =
    "load v4l2loopback, e.g. 'sudo modprobe v4l2loopback devices=1 video_nr=10 card_label=swapcam exclusive_caps=1'";

using v4l2::xioctl;

int open_output(const std::string& device) {
  int fd = ::open(device.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) return fd;
  int e = errno;
  if (e == EACCES)
    fail(ErrorKind::Io, "cannot open virtual camera '{}': permission denied (is your user in the 'video' group?)",
         device);
  if (e == EBUSY) fail(ErrorKind::Io, "virtual camera '{}' is busy (another program is writing to it)", device);
  fail(ErrorKind::Io, "cannot open virtual camera '{}': {}", device, std::strerror(e));
}

// Checks an open device; returns what it is.
VirtualCameraDeviceInfo check_open_device(int fd, const std::string& device) {
  v4l2_capability cap{};
  if (xioctl(fd, VIDIOC_QUERYCAP, &cap) != 0)
    fail(ErrorKind::InvalidData, "'{}' is not a V4L2 video device, so it cannot be a virtual camera ({})", device,
         kLoadHint);
  VirtualCameraDeviceInfo info{v4l2::fixed_string(cap.driver, sizeof cap.driver),
                               v4l2::fixed_string(cap.card, sizeof cap.card)};
  uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps : cap.capabilities;
  const bool loopback = info.driver.find("loopback") != std::string::npos;
  if (!loopback)
    fail(ErrorKind::InvalidData, "'{}' is a {} device ({}), not a v4l2loopback virtual camera ({})", device,
         info.driver, info.card, kLoadHint);
  if (!(caps & V4L2_CAP_VIDEO_OUTPUT))
    fail(ErrorKind::InvalidData,
         "v4l2loopback device '{}' does not accept frames now (no output capability: with exclusive_caps=1 another "
         "program "
         "may already be feeding it)",
         device);
  return info;
}
}  // namespace

VirtualCameraDeviceInfo check_virtual_camera_device(const std::string& device) {
  struct stat st {};
  if (stat(device.c_str(), &st) != 0)
    fail(ErrorKind::NotFound, "virtual camera '{}' does not exist: {}", device, kLoadHint);
  if (!S_ISCHR(st.st_mode))
    fail(ErrorKind::InvalidData, "virtual camera '{}' is not a video device (not a character device)", device);
  int fd = open_output(device);
  try {
    auto info = check_open_device(fd, device);
    ::close(fd);
    return info;
  } catch (...) {
    ::close(fd);
    throw;
  }
}

VirtualCamera::VirtualCamera(const VirtualCameraOptions& options) : options_(options) {
  const std::string& dev = options_.device;
  if (options_.width <= 0 || options_.height <= 0 || (options_.width & 1) || (options_.height & 1))
    fail(ErrorKind::Usage, "virtual camera size must be even and positive, not {}x{}", options_.width, options_.height);
  struct stat st {};
  if (stat(dev.c_str(), &st) != 0) {
    if (!options_.allow_plain_files)
      fail(ErrorKind::NotFound, "virtual camera '{}' does not exist: {}", dev, kLoadHint);
    fd_ = ::open(dev.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) fail(ErrorKind::Io, "cannot create '{}': {}", dev, std::strerror(errno));
  } else if (!S_ISCHR(st.st_mode)) {
    if (!options_.allow_plain_files || !(S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode)))
      fail(ErrorKind::InvalidData, "virtual camera '{}' is not a video device (not a character device)", dev);
    // Non-blocking: a FIFO without a reader is an error now, not a hang.
    fd_ = ::open(dev.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | (S_ISREG(st.st_mode) ? O_TRUNC : 0));
    if (fd_ < 0) {
      if (errno == ENXIO) fail(ErrorKind::Io, "FIFO '{}' has no reader", dev);
      fail(ErrorKind::Io, "cannot open '{}': {}", dev, std::strerror(errno));
    }
  } else {
    fd_ = open_output(dev);
    try {
      auto info = check_open_device(fd_, dev);
      v4l2_format fmt{};
      fmt.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
      fmt.fmt.pix.width = uint32_t(options_.width);
      fmt.fmt.pix.height = uint32_t(options_.height);
      fmt.fmt.pix.pixelformat = options_.format == YuvFormat::YUYV ? V4L2_PIX_FMT_YUYV : V4L2_PIX_FMT_YUV420;
      fmt.fmt.pix.field = V4L2_FIELD_NONE;
      fmt.fmt.pix.bytesperline = uint32_t(options_.format == YuvFormat::YUYV ? options_.width * 2 : options_.width);
      fmt.fmt.pix.sizeimage = uint32_t(yuv_frame_size(options_.format, options_.width, options_.height));
      fmt.fmt.pix.colorspace = V4L2_COLORSPACE_SMPTE170M;  // BT.601, what bgr_to_yuv produces
      if (xioctl(fd_, VIDIOC_S_FMT, &fmt) != 0)
        fail(ErrorKind::Io,
             "virtual camera '{}' refused {} {}x{}: {} (is another program already feeding it another format?)", dev,
             yuv_format_name(options_.format), options_.width, options_.height, std::strerror(errno));
      if (int(fmt.fmt.pix.width) != options_.width || int(fmt.fmt.pix.height) != options_.height)
        fail(ErrorKind::Io, "virtual camera '{}' is fixed at {}x{}; run with --resolution {}x{} or reload v4l2loopback",
             dev, fmt.fmt.pix.width, fmt.fmt.pix.height, fmt.fmt.pix.width, fmt.fmt.pix.height);
      if (options_.fps > 0) {
        v4l2_streamparm parm{};
        parm.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
        parm.parm.output.timeperframe.numerator = 1000;
        parm.parm.output.timeperframe.denominator = uint32_t(options_.fps * 1000 + 0.5);
        if (xioctl(fd_, VIDIOC_S_PARM, &parm) != 0)
          log::warn("virtual camera {} does not take a frame rate; consumers pick their own", dev);
      }
      log::info("virtual camera {} ({}): {} {}x{}", dev, info.card, yuv_format_name(options_.format), options_.width,
                options_.height);
    } catch (...) {
      ::close(fd_);
      fd_ = -1;
      throw;
    }
  }
}

VirtualCamera::~VirtualCamera() {
  if (fd_ >= 0) ::close(fd_);
}

void VirtualCamera::write(const cv::Mat& bgr) {
  const cv::Mat* frame = &bgr;
  if (bgr.cols != options_.width || bgr.rows != options_.height) {
    cv::resize(bgr, resized_, cv::Size(options_.width, options_.height), 0, 0, cv::INTER_AREA);
    frame = &resized_;
  }
  bgr_to_yuv(*frame, options_.format, buffer_);
  write_all(fd_, buffer_.data(), buffer_.size(), "virtual camera '" + options_.device + "'");
  ++frames_;
}

#else  // not Linux

VirtualCameraDeviceInfo check_virtual_camera_device(const std::string& device) {
  fail(ErrorKind::Runtime, "virtual camera '{}': virtual cameras are only supported on Linux (v4l2loopback) so far",
       device);
}
VirtualCamera::VirtualCamera(const VirtualCameraOptions& options) : options_(options) {
  check_virtual_camera_device(options.device);
}
VirtualCamera::~VirtualCamera() = default;
void VirtualCamera::write(const cv::Mat&) {}

#endif

}  // namespace swapcam::media
