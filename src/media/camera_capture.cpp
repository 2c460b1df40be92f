// The camera as a FrameSource: an adapter over the platform capture in camera.h (V4L2 on Linux),
// so the live pipeline can take a camera or a file through one interface.
#include <atomic>
#include <optional>

#include "core/error.h"
#include "core/log.h"
#include "media/camera.h"
#include "media/frame_source.h"

namespace swapcam::media {
namespace {

class CameraSource final : public FrameSource {
 public:
  explicit CameraSource(std::unique_ptr<Camera> camera) : camera_(std::move(camera)), mode_(camera_->mode()) {}

  bool next(CapturedFrame& out) override {
    if (stopped_) return false;
    CameraFrame f;
    try {
      f = camera_->read();
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::NotFound) throw;
      log::warn("{}", e.what());  // unplugged: the source ends, the pipeline stops cleanly
      return false;
    }
    if (stopped_) return false;
    if (!first_) first_ = f.captured;
    out.image = std::move(f.bgr);
    out.captured_at = f.captured;
    out.index = f.sequence;
    out.media_time_s = std::chrono::duration<double>(f.captured - *first_).count();
    return true;
  }
  // A read in progress returns within the camera's frame timeout; the next one is refused.
  void stop() override { stopped_ = true; }
  std::string describe() const override {
    return fmt::format("camera {} ({} {}x{})", camera_->path(), mode_.fourcc, mode_.width, mode_.height);
  }
  double nominal_fps() const override { return mode_.fps.empty() ? 30.0 : mode_.fps.front(); }
  cv::Size frame_size() const override { return {mode_.width, mode_.height}; }
  std::int64_t frames_skipped() const override { return std::int64_t(camera_->frames_skipped()); }

 private:
  std::unique_ptr<Camera> camera_;
  CameraMode mode_;
  std::atomic<bool> stopped_{false};
  std::optional<std::chrono::steady_clock::time_point> first_;
};

}  // namespace

std::unique_ptr<FrameSource> open_camera_source(const std::string& spec, const FrameSourceOptions&) {
  CameraRequest request;
  request.device = spec;
  return std::make_unique<CameraSource>(open_camera(request));
}

}  // namespace swapcam::media
