#pragma once
// The preview window of `swapcam live`, on OpenCV HighGUI. The CLI never links Qt 6, so HighGUI's
// Qt 5 cannot collide with it (the GUI has its own Qt 6 preview). HighGUI is single-threaded:
// every window call happens on the thread in show_until(); the pipeline's preview sink only hands
// frames over through post().
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

#include <opencv2/core.hpp>

namespace swapcam::cli {

// Why no window can be shown, empty when one can: a build without HighGUI, or Linux without a
// reachable X display (HighGUI's Qt 5 would abort the process).
std::string preview_unavailable_reason();

class PreviewWindow {
 public:
  explicit PreviewWindow(std::string title);
  ~PreviewWindow();
  PreviewWindow(const PreviewWindow&) = delete;
  PreviewWindow& operator=(const PreviewWindow&) = delete;

  // Any thread. The newest frame replaces one not shown yet: the window never lags behind.
  void post(const cv::Mat& frame);

  // Shows posted frames until finished() says so (returns false), or until the user closes the
  // window or presses q or Esc (returns true). One thread only.
  bool show_until(const std::function<bool()>& finished);

  std::uint64_t frames_shown() const { return shown_; }

 private:
  std::string title_;
  std::mutex mutex_;
  cv::Mat pending_;  // guarded by mutex_
  bool opened_ = false;
  std::uint64_t shown_ = 0;
};

}  // namespace swapcam::cli
