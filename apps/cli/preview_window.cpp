#include "apps/cli/preview_window.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <thread>

#if SWAPCAM_HAVE_HIGHGUI
#include <opencv2/highgui.hpp>
#endif

namespace swapcam::cli {

std::string preview_unavailable_reason() {
#if !SWAPCAM_HAVE_HIGHGUI
  return "this build has no OpenCV HighGUI";
#else
#if defined(__linux__)
  // HighGUI's Qt 5 aborts the process when it cannot reach its display, so look first. An explicit
  // QT_QPA_PLATFORM is the user's own choice; otherwise Qt 5 uses X11 (XWayland on Wayland desktops).
  auto value = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v ? v : "");
  };
  if (!value("QT_QPA_PLATFORM").empty()) return {};
  const std::string display = value("DISPLAY");
  if (display.empty()) return "no display (DISPLAY is not set)";
  // A local display ":N" or ":N.S" (also "unix:N") is a socket; a remote one cannot be checked cheaply.
  std::string local = display.rfind("unix:", 0) == 0 ? display.substr(4) : display;
  if (local.size() > 1 && local[0] == ':') {
    const std::string number =
        local.substr(1, local.find('.') == std::string::npos ? std::string::npos : local.find('.') - 1);
    std::error_code ec;
    if (!number.empty() && !std::filesystem::exists("/tmp/.X11-unix/X" + number, ec))
      return "the X display '" + display + "' is not running (no /tmp/.X11-unix/X" + number + ")";
  }
#endif
  return {};
#endif
}

PreviewWindow::PreviewWindow(std::string title) : title_(std::move(title)) {}

PreviewWindow::~PreviewWindow() {
#if SWAPCAM_HAVE_HIGHGUI
  if (opened_) cv::destroyWindow(title_);
#endif
}

void PreviewWindow::post(const cv::Mat& frame) {
  std::lock_guard lock(mutex_);
  pending_ = frame;  // shares the pixels; the pipeline never writes to an output frame again
}

bool PreviewWindow::show_until(const std::function<bool()>& finished) {
  using namespace std::chrono_literals;
  while (!finished()) {
    cv::Mat frame;
    {
      std::lock_guard lock(mutex_);
      std::swap(frame, pending_);
    }
#if SWAPCAM_HAVE_HIGHGUI
    if (!frame.empty()) {
      if (!opened_) {
        cv::namedWindow(title_, cv::WINDOW_AUTOSIZE);
        opened_ = true;
      }
      cv::imshow(title_, frame);
      ++shown_;
    }
    if (!opened_) {
      std::this_thread::sleep_for(10ms);  // waitKey without a window does not wait
      continue;
    }
    const int key = cv::waitKey(5);
    if (key == 'q' || key == 'Q' || key == 27) return true;
    if (cv::getWindowProperty(title_, cv::WND_PROP_VISIBLE) < 1) return true;  // closed by the user
#else
    std::this_thread::sleep_for(10ms);
#endif
  }
#if SWAPCAM_HAVE_HIGHGUI
  // The run may end between two looks: its last frame is still shown.
  std::lock_guard lock(mutex_);
  if (!pending_.empty()) {
    cv::imshow(title_, pending_);
    opened_ = true;
    ++shown_;
    cv::waitKey(1);
    pending_.release();
  }
#endif
  return false;
}

}  // namespace swapcam::cli
