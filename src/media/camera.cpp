#include "media/camera.h"

#include <algorithm>
#include <cctype>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/camera_v4l2.h"
#include "media/image_io.h"
#include "media/image_metadata.h"

namespace swapcam::media {

namespace {
constexpr const char* kNotSupported =
    "camera capture is not supported on this platform yet (V4L2 on Linux only); use --camera FILE with a video file";
}

bool camera_capture_supported(std::string* why_not) {
#if defined(__linux__)
  (void)why_not;
  return true;
#else
  if (why_not) *why_not = kNotSupported;
  return false;
#endif
}

std::vector<CameraInfo> list_cameras() {
#if defined(__linux__)
  return v4l2::list_devices();
#else
  fail(ErrorKind::Runtime, "{}", kNotSupported);
#endif
}

std::string camera_modes_summary(const CameraInfo& info, size_t max_sizes) {
  std::string out;
  std::string current;
  size_t shown = 0, hidden = 0;
  auto close_group = [&] {
    if (hidden) out += fmt::format(" (+{} more)", hidden);
  };
  for (const auto& m : info.modes) {
    if (m.fourcc != current) {
      close_group();
      if (!out.empty()) out += "; ";
      out += m.fourcc + " ";
      current = m.fourcc;
      shown = hidden = 0;
    }
    if (shown == max_sizes) {
      ++hidden;
      continue;
    }
    out += fmt::format("{}{}x{}", shown ? ", " : "", m.width, m.height);
    if (!m.fps.empty()) out += fmt::format("@{:.3g}", m.fps.front());
    ++shown;
  }
  close_group();
  return out;
}

std::vector<std::string> describe_cameras() {
  std::string why;
  if (!camera_capture_supported(&why)) return {why};
  std::vector<std::string> lines;
  try {
    for (const auto& c : list_cameras()) {
      std::string kind = c.capture && c.output ? "capture+output"
                         : c.capture           ? "capture"
                                               : "output (virtual camera target)";
      std::string line = fmt::format("{}  {}  {} ({}, {})", c.id, c.path, c.name, c.driver, kind);
      if (!c.modes.empty()) line += ": " + camera_modes_summary(c);
      lines.push_back(std::move(line));
    }
  } catch (const std::exception& e) {
    return {std::string("cannot list cameras: ") + e.what()};
  }
  if (lines.empty()) lines.push_back("none found (no /dev/video* capture or v4l2loopback devices)");
  return lines;
}

bool looks_like_camera_device(const std::string& camera) {
  if (!camera.empty() && std::all_of(camera.begin(), camera.end(), [](unsigned char c) { return std::isdigit(c); }))
    return true;
  return camera.rfind("/dev/video", 0) == 0;
}

std::string camera_device_path(const std::string& camera) {
  if (!camera.empty() && std::all_of(camera.begin(), camera.end(), [](unsigned char c) { return std::isdigit(c); }))
    return "/dev/video" + camera;
  return camera;
}

std::unique_ptr<Camera> open_camera(const CameraRequest& request) {
#if defined(__linux__)
  return v4l2::open_capture(request);
#else
  (void)request;
  fail(ErrorKind::Runtime, "{}", kNotSupported);
#endif
}

bool camera_format_supported(const std::string& f) {
  static const char* kKnown[] = {"MJPG", "JPEG", "YUYV", "UYVY", "NV12", "YU12", "YV12", "RGB3", "BGR3", "GREY"};
  return std::any_of(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return f == k; });
}

namespace {

cv::Mat convert_camera_buffer(const std::string& f, const uint8_t* data, size_t size, int w, int h, int bpl) {
  if (w <= 0 || h <= 0) fail(ErrorKind::InvalidData, "camera frame has no size ({}x{})", w, h);
  auto need = [&](size_t bytes) {
    if (size < bytes)
      fail(ErrorKind::InvalidData, "truncated {} camera frame: {} bytes, {}x{} needs {}", f, size, w, h, bytes);
  };
  // A row pitch shorter than a row, or odd sizes for chroma-subsampled formats, would make OpenCV
  // assert (found by fuzz_camera_buffer): refuse them as bad frames.
  auto min_pitch = [&](size_t row_bytes) {
    if (bpl > 0 && size_t(bpl) < row_bytes)
      fail(ErrorKind::InvalidData, "{} camera frame {}x{}: row pitch {} is shorter than a row ({} bytes)", f, w, h, bpl,
           row_bytes);
  };
  auto even = [&](bool width, bool height) {
    if ((width && w % 2) || (height && h % 2))
      fail(ErrorKind::InvalidData, "{} camera frame {}x{}: chroma subsampling needs even sizes", f, w, h);
  };
  auto* p = const_cast<uint8_t*>(data);  // cv::Mat headers over the buffer; only read
  cv::Mat out;
  if (f == "MJPG" || f == "JPEG") {
    if (size == 0) fail(ErrorKind::InvalidData, "empty MJPEG camera frame");
    if (const std::size_t scans = detail::jpeg_scan_count(data, size); scans > kMaxJpegScans)
      fail(ErrorKind::InvalidData, "MJPEG camera frame with {} scans, more than the {} accepted", scans, kMaxJpegScans);
    out = cv::imdecode(cv::Mat(1, int(size), CV_8U, p), cv::IMREAD_COLOR);
    if (out.empty()) fail(ErrorKind::InvalidData, "corrupt MJPEG camera frame ({} bytes)", size);
    return out;
  }
  if (f == "YUYV" || f == "UYVY") {
    even(true, false);
    min_pitch(size_t(w) * 2);
    size_t step = bpl > 0 ? size_t(bpl) : size_t(w) * 2;
    need(step * size_t(h));
    cv::cvtColor(cv::Mat(h, w, CV_8UC2, p, step), out, f == "YUYV" ? cv::COLOR_YUV2BGR_YUYV : cv::COLOR_YUV2BGR_UYVY);
    return out;
  }
  if (f == "NV12" || f == "YU12" || f == "YV12") {
    // Planar 4:2:0 with a tight luma stride (what these drivers deliver); padded strides are
    // handled only for the luma width given by bytes_per_line.
    even(true, true);
    min_pitch(size_t(w));
    int stride = bpl > 0 ? bpl : w;
    need(size_t(stride) * size_t(h) * 3 / 2);
    int code = f == "NV12" ? cv::COLOR_YUV2BGR_NV12 : f == "YU12" ? cv::COLOR_YUV2BGR_I420 : cv::COLOR_YUV2BGR_YV12;
    cv::cvtColor(cv::Mat(h * 3 / 2, stride, CV_8UC1, p), out, code);
    if (stride != w) out = out.colRange(0, w).clone();
    return out;
  }
  if (f == "RGB3" || f == "BGR3") {
    min_pitch(size_t(w) * 3);
    size_t step = bpl > 0 ? size_t(bpl) : size_t(w) * 3;
    need(step * size_t(h));
    cv::Mat view(h, w, CV_8UC3, p, step);
    if (f == "RGB3") cv::cvtColor(view, out, cv::COLOR_RGB2BGR);
    else out = view.clone();
    return out;
  }
  if (f == "GREY") {
    min_pitch(size_t(w));
    size_t step = bpl > 0 ? size_t(bpl) : size_t(w);
    need(step * size_t(h));
    cv::cvtColor(cv::Mat(h, w, CV_8UC1, p, step), out, cv::COLOR_GRAY2BGR);
    return out;
  }
  fail(ErrorKind::InvalidData,
       "camera pixel format '{}' is not supported (supported: MJPG, YUYV, UYVY, NV12, YU12, YV12, RGB3, BGR3, GREY)",
       f);
}

}  // namespace

cv::Mat camera_buffer_to_bgr(const std::string& f, const uint8_t* data, size_t size, int w, int h, int bpl) {
  try {
    return convert_camera_buffer(f, data, size, w, h, bpl);
  } catch (const cv::Exception& e) {
    // Anything else OpenCV refuses (e.g. a JPEG too large to decode) is a bad frame, not a crash.
    fail(ErrorKind::InvalidData, "cannot convert {} camera frame {}x{}: {}", f, w, h, e.err);
  }
}

}  // namespace swapcam::media
