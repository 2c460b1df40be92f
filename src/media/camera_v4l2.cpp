// V4L2 capture (Linux). Memory-mapped streaming I/O with a few driver buffers; reads wait with
// poll() and a timeout, so an unplugged or stalled camera becomes an error, never a hang.
#if defined(__linux__)

#include "media/camera_v4l2.h"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <regex>

#include "core/error.h"
#include "core/log.h"

namespace swapcam::media::v4l2 {

int xioctl(int fd, unsigned long request, void* arg) {
  int r;
  do r = ioctl(fd, request, arg);
  while (r == -1 && errno == EINTR);
  return r;
}

std::string fixed_string(const unsigned char* s, size_t n) {
  return std::string(reinterpret_cast<const char*>(s), strnlen(reinterpret_cast<const char*>(s), n));
}

namespace {

uint32_t effective_caps(const v4l2_capability& cap) {
  return (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps : cap.capabilities;
}

// Opens a device node, turning the usual failures into messages that say what to do.
int open_device(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) fail(ErrorKind::NotFound, "camera '{}' does not exist", path);
  if (!S_ISCHR(st.st_mode))
    fail(ErrorKind::InvalidData, "camera '{}' is not a video device (not a character device)", path);
  int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    if (e == EACCES)
      fail(ErrorKind::Io, "cannot open camera '{}': permission denied (is your user in the 'video' group?)", path);
    if (e == EBUSY) fail(ErrorKind::Io, "cannot open camera '{}': it is busy (another program is using it)", path);
    fail(ErrorKind::Io, "cannot open camera '{}': {}", path, std::strerror(e));
  }
  return fd;
}

double interval_to_fps(const v4l2_fract& f) { return f.numerator ? double(f.denominator) / double(f.numerator) : 0; }

std::vector<double> frame_rates(int fd, uint32_t fmt, uint32_t w, uint32_t h) {
  std::vector<double> rates;
  v4l2_frmivalenum iv{};
  iv.pixel_format = fmt;
  iv.width = w;
  iv.height = h;
  for (iv.index = 0; xioctl(fd, VIDIOC_ENUM_FRAMEINTERVALS, &iv) == 0; ++iv.index) {
    if (iv.type == V4L2_FRMIVAL_TYPE_DISCRETE) {
      rates.push_back(interval_to_fps(iv.discrete));
    } else {  // continuous or stepwise: report the ends of the range
      rates.push_back(interval_to_fps(iv.stepwise.max));
      rates.push_back(interval_to_fps(iv.stepwise.min));
      break;
    }
  }
  std::sort(rates.begin(), rates.end(), std::greater<>());
  rates.erase(std::unique(rates.begin(), rates.end(), [](double a, double b) { return std::abs(a - b) < 1e-3; }),
              rates.end());
  return rates;
}

std::vector<CameraMode> capture_modes(int fd) {
  std::vector<CameraMode> modes;
  v4l2_fmtdesc fd_desc{};
  fd_desc.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  for (fd_desc.index = 0; xioctl(fd, VIDIOC_ENUM_FMT, &fd_desc) == 0; ++fd_desc.index) {
    std::string fourcc = fourcc_to_string(fd_desc.pixelformat);
    v4l2_frmsizeenum fs{};
    fs.pixel_format = fd_desc.pixelformat;
    for (fs.index = 0; xioctl(fd, VIDIOC_ENUM_FRAMESIZES, &fs) == 0; ++fs.index) {
      if (fs.type == V4L2_FRMSIZE_TYPE_DISCRETE) {
        modes.push_back({fourcc, int(fs.discrete.width), int(fs.discrete.height),
                         frame_rates(fd, fd_desc.pixelformat, fs.discrete.width, fs.discrete.height)});
      } else {  // a range: list its largest size, which is what people ask for
        modes.push_back({fourcc, int(fs.stepwise.max_width), int(fs.stepwise.max_height),
                         frame_rates(fd, fd_desc.pixelformat, fs.stepwise.max_width, fs.stepwise.max_height)});
        break;
      }
    }
  }
  return modes;
}

class FdGuard {
 public:
  explicit FdGuard(int fd) : fd_(fd) {}
  ~FdGuard() {
    if (fd_ >= 0) ::close(fd_);
  }
  int release() { return std::exchange(fd_, -1); }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Monotonic driver timestamps are on the same clock as std::chrono::steady_clock on Linux.
SteadyClock::time_point to_steady(const timeval& tv) {
  return SteadyClock::time_point(std::chrono::duration_cast<SteadyClock::duration>(
      std::chrono::seconds(tv.tv_sec) + std::chrono::microseconds(tv.tv_usec)));
}

class V4l2Camera final : public Camera {
 public:
  V4l2Camera(const CameraRequest& req) : path_(camera_device_path(req.device)), timeout_s_(req.frame_timeout_s) {
    FdGuard fd(open_device(path_));
    v4l2_capability cap{};
    if (xioctl(fd.get(), VIDIOC_QUERYCAP, &cap) != 0)
      fail(ErrorKind::InvalidData, "'{}' is not a V4L2 video device", path_);
    uint32_t caps = effective_caps(cap);
    if (!(caps & V4L2_CAP_VIDEO_CAPTURE))
      fail(ErrorKind::InvalidData, "'{}' ({}, driver {}) is not a video capture device{}", path_,
           fixed_string(cap.card, sizeof cap.card), fixed_string(cap.driver, sizeof cap.driver),
           (caps & V4L2_CAP_VIDEO_OUTPUT) ? " (it is an output device)" : "");
    if (!(caps & V4L2_CAP_STREAMING)) fail(ErrorKind::InvalidData, "camera '{}' does not support streaming I/O", path_);

    choose_format(fd.get(), req);
    set_frame_rate(fd.get(), req.fps);
    map_buffers(fd.get(), std::max(2, req.buffers));
    fd_ = fd.release();
    v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (xioctl(fd_, VIDIOC_STREAMON, &type) != 0) {
      int e = errno;
      release();
      fail(ErrorKind::Io, "cannot start camera '{}': {}", path_, std::strerror(e));
    }
    log::info("camera {}: {} {}x{} at {:.3g} fps", path_, mode_.fourcc, mode_.width, mode_.height,
              mode_.fps.empty() ? 0.0 : mode_.fps[0]);
  }

  ~V4l2Camera() override { release(); }

  CameraFrame read() override {
    v4l2_buffer buf = dequeue_newest();
    CameraFrame frame;
    frame.sequence = buf.sequence;
    frame.captured = (buf.flags & V4L2_BUF_FLAG_TIMESTAMP_MASK) == V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC
                         ? to_steady(buf.timestamp)
                         : SteadyClock::now();
    try {
      frame.bgr = camera_buffer_to_bgr(mode_.fourcc, static_cast<const uint8_t*>(buffers_[buf.index].start),
                                       buf.bytesused, mode_.width, mode_.height, int(bytes_per_line_));
    } catch (...) {
      requeue(buf);
      throw;
    }
    requeue(buf);
    return frame;
  }

  CameraMode mode() const override { return mode_; }
  std::string path() const override { return path_; }
  uint64_t frames_skipped() const override { return skipped_; }

 private:
  struct Mapped {
    void* start = MAP_FAILED;
    size_t length = 0;
  };

  void choose_format(int fd, const CameraRequest& req) {
    auto modes = capture_modes(fd);
    v4l2_format fmt{};
    fmt.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (xioctl(fd, VIDIOC_G_FMT, &fmt) != 0)
      fail(ErrorKind::Io, "cannot read the format of camera '{}': {}", path_, std::strerror(errno));
    uint32_t want_w = req.width > 0 ? uint32_t(req.width) : fmt.fmt.pix.width;
    uint32_t want_h = req.height > 0 ? uint32_t(req.height) : fmt.fmt.pix.height;

    std::string fourcc = req.pixel_format;
    std::transform(fourcc.begin(), fourcc.end(), fourcc.begin(), ::toupper);
    auto offered = [&](const std::string& f, bool at_size) {
      return std::any_of(modes.begin(), modes.end(), [&](const CameraMode& m) {
        return m.fourcc == f && (!at_size || (uint32_t(m.width) == want_w && uint32_t(m.height) == want_h));
      });
    };
    if (fourcc.empty() || fourcc == "AUTO") {
      // MJPEG where offered: uncompressed YUYV at 720p and above is usually limited to a few fps by USB.
      fourcc.clear();
      for (bool at_size : {true, false})
        for (const char* f : {"MJPG", "YUYV", "NV12", "YU12", "UYVY", "YV12", "BGR3", "RGB3", "GREY", "JPEG"})
          if (fourcc.empty() && offered(f, at_size)) fourcc = f;
      if (fourcc.empty()) {
        std::string list;
        for (const auto& m : modes)
          if (list.find(m.fourcc) == std::string::npos) list += (list.empty() ? "" : ", ") + m.fourcc;
        fail(ErrorKind::InvalidData, "camera '{}' offers no pixel format swapcam can convert (it offers: {})", path_,
             list.empty() ? "none" : list);
      }
    } else {
      if (fourcc == "MJPEG") fourcc = "MJPG";
      if (!camera_format_supported(fourcc))
        fail(ErrorKind::Usage, "pixel format '{}' is not supported", req.pixel_format);
      if (!modes.empty() && !offered(fourcc, false))
        fail(ErrorKind::InvalidData, "camera '{}' does not offer pixel format {}", path_, fourcc);
    }

    fmt.fmt.pix.width = want_w;
    fmt.fmt.pix.height = want_h;
    fmt.fmt.pix.pixelformat = fourcc_from_string(fourcc);
    fmt.fmt.pix.field = V4L2_FIELD_ANY;
    if (xioctl(fd, VIDIOC_S_FMT, &fmt) != 0) {
      int e = errno;
      if (e == EBUSY) fail(ErrorKind::Io, "camera '{}' is busy (another program is streaming from it)", path_);
      fail(ErrorKind::Io, "camera '{}' refused {} {}x{}: {}", path_, fourcc, want_w, want_h, std::strerror(e));
    }
    mode_.fourcc = fourcc_to_string(fmt.fmt.pix.pixelformat);
    mode_.width = int(fmt.fmt.pix.width);
    mode_.height = int(fmt.fmt.pix.height);
    bytes_per_line_ = fmt.fmt.pix.bytesperline;
    if (!camera_format_supported(mode_.fourcc))
      fail(ErrorKind::InvalidData, "camera '{}' switched to pixel format {}, which swapcam cannot convert", path_,
           mode_.fourcc);
    if ((req.width > 0 && mode_.width != req.width) || (req.height > 0 && mode_.height != req.height))
      log::warn("camera {} does not offer {}x{} in {}; using {}x{}", path_, req.width, req.height, mode_.fourcc,
                mode_.width, mode_.height);
  }

  void set_frame_rate(int fd, double fps) {
    v4l2_streamparm parm{};
    parm.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (fps > 0) {
      parm.parm.capture.timeperframe.numerator = 1000;
      parm.parm.capture.timeperframe.denominator = uint32_t(std::lround(fps * 1000));
      if (xioctl(fd, VIDIOC_S_PARM, &parm) != 0)
        log::warn("camera {} does not accept a frame rate setting; using its own", path_);
    }
    v4l2_streamparm got{};
    got.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    double actual = 0;
    if (xioctl(fd, VIDIOC_G_PARM, &got) == 0) actual = interval_to_fps(got.parm.capture.timeperframe);
    if (fps > 0 && actual > 0 && std::abs(actual - fps) > 0.5)
      log::warn("camera {} runs at {:.3g} fps, not the {:.3g} fps asked for", path_, actual, fps);
    mode_.fps = {actual};
  }

  void map_buffers(int fd, int count) {
    v4l2_requestbuffers rb{};
    rb.count = uint32_t(count);
    rb.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    rb.memory = V4L2_MEMORY_MMAP;
    if (xioctl(fd, VIDIOC_REQBUFS, &rb) != 0 || rb.count < 2)
      fail(ErrorKind::Io, "camera '{}' cannot allocate capture buffers: {}", path_, std::strerror(errno));
    buffers_.resize(rb.count);
    for (uint32_t i = 0; i < rb.count; ++i) {
      v4l2_buffer b{};
      b.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
      b.memory = V4L2_MEMORY_MMAP;
      b.index = i;
      if (xioctl(fd, VIDIOC_QUERYBUF, &b) != 0) fail(ErrorKind::Io, "camera '{}': cannot query buffer {}", path_, i);
      buffers_[i].start = mmap(nullptr, b.length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, b.m.offset);
      if (buffers_[i].start == MAP_FAILED) {
        unmap();
        fail(ErrorKind::Io, "camera '{}': cannot map buffer {}: {}", path_, i, std::strerror(errno));
      }
      buffers_[i].length = b.length;
      if (xioctl(fd, VIDIOC_QBUF, &b) != 0) {
        unmap();
        fail(ErrorKind::Io, "camera '{}': cannot queue buffer {}", path_, i);
      }
    }
  }

  void unmap() {
    for (auto& b : buffers_)
      if (b.start != MAP_FAILED) munmap(b.start, b.length);
    buffers_.clear();
  }

  [[noreturn]] void device_error(const char* what) {
    int e = errno;
    if (e == ENODEV || e == ENXIO || e == EIO)
      fail(ErrorKind::NotFound, "camera '{}' was disconnected ({})", path_, std::strerror(e));
    fail(ErrorKind::Io, "camera '{}': {} failed: {}", path_, what, std::strerror(e));
  }

  bool try_dequeue(v4l2_buffer& b) {
    b = {};
    b.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    b.memory = V4L2_MEMORY_MMAP;
    if (xioctl(fd_, VIDIOC_DQBUF, &b) == 0) return true;
    if (errno == EAGAIN) return false;
    device_error("reading a frame");
  }

  void requeue(v4l2_buffer& b) {
    if (xioctl(fd_, VIDIOC_QBUF, &b) != 0) device_error("returning a buffer");
  }

  // Waits for a filled buffer; if more are already filled, keeps only the newest.
  v4l2_buffer dequeue_newest() {
    v4l2_buffer buf{};
    auto deadline = SteadyClock::now() + std::chrono::duration<double>(timeout_s_);
    while (!try_dequeue(buf)) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now()).count();
      if (left <= 0) fail(ErrorKind::Io, "camera '{}' delivered no frame for {:.3g} s", path_, timeout_s_);
      pollfd p{fd_, POLLIN, 0};
      int r = poll(&p, 1, int(std::min<long long>(left, 250)));
      if (r < 0 && errno != EINTR) device_error("waiting for a frame");
      if (r > 0 && (p.revents & (POLLERR | POLLHUP | POLLNVAL)) && !(p.revents & POLLIN)) {
        errno = ENODEV;
        device_error("waiting for a frame");
      }
    }
    v4l2_buffer newer{};
    while (try_dequeue(newer)) {
      requeue(buf);
      buf = newer;
      ++skipped_;
    }
    if (buf.flags & V4L2_BUF_FLAG_ERROR) log::debug("camera {}: frame {} flagged as damaged", path_, buf.sequence);
    return buf;
  }

  void release() {
    if (fd_ < 0) return;
    v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    xioctl(fd_, VIDIOC_STREAMOFF, &type);
    unmap();
    ::close(fd_);
    fd_ = -1;
  }

  std::string path_;
  double timeout_s_;
  int fd_ = -1;
  CameraMode mode_;
  uint32_t bytes_per_line_ = 0;
  std::vector<Mapped> buffers_;
  uint64_t skipped_ = 0;
};

}  // namespace

std::string fourcc_to_string(uint32_t code) {
  std::string s;
  for (int i = 0; i < 4; ++i) s += char((code >> (8 * i)) & 0xff);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

uint32_t fourcc_from_string(const std::string& s) {
  char c[4] = {' ', ' ', ' ', ' '};
  for (size_t i = 0; i < 4 && i < s.size(); ++i) c[i] = s[i];
  return v4l2_fourcc(c[0], c[1], c[2], c[3]);
}

std::vector<CameraInfo> list_devices() {
  std::vector<std::pair<int, std::string>> nodes;
  std::error_code ec;
  static const std::regex kVideoNode("video([0-9]+)");
  for (const auto& e : std::filesystem::directory_iterator("/dev", ec)) {
    std::smatch m;
    std::string name = e.path().filename().string();
    if (std::regex_match(name, m, kVideoNode)) nodes.emplace_back(std::stoi(m[1]), e.path().string());
  }
  std::sort(nodes.begin(), nodes.end());
  std::vector<CameraInfo> out;
  for (const auto& [number, path] : nodes) {
    int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
      log::debug("cannot open {} to list it: {}", path, std::strerror(errno));
      continue;
    }
    FdGuard guard(fd);
    v4l2_capability cap{};
    if (xioctl(fd, VIDIOC_QUERYCAP, &cap) != 0) continue;
    uint32_t caps = effective_caps(cap);
    CameraInfo info;
    info.id = std::to_string(number);
    info.path = path;
    info.name = fixed_string(cap.card, sizeof cap.card);
    info.driver = fixed_string(cap.driver, sizeof cap.driver);
    info.bus = fixed_string(cap.bus_info, sizeof cap.bus_info);
    info.capture = (caps & V4L2_CAP_VIDEO_CAPTURE) != 0;
    info.output = (caps & V4L2_CAP_VIDEO_OUTPUT) != 0;
    if (!info.capture && !info.output) continue;  // metadata nodes of UVC cameras and the like
    if (info.capture) info.modes = capture_modes(fd);
    out.push_back(std::move(info));
  }
  return out;
}

std::unique_ptr<Camera> open_capture(const CameraRequest& request) { return std::make_unique<V4l2Camera>(request); }

}  // namespace swapcam::media::v4l2

#endif  // __linux__
