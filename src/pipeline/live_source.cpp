#include "pipeline/live_source.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/camera.h"
#include "media/frame_source.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

// Scaled to cover w x h and cut to it around the centre, as a camera's sensor crop does: the aspect
// is kept (stretching made faces wider or narrower, which the swap then kept).
cv::Mat fit_to_resolution(cv::Mat image, int w, int h) {
  if (w <= 0 || h <= 0 || image.empty() || (image.cols == w && image.rows == h)) return image;
  const double scale = std::max(double(w) / image.cols, double(h) / image.rows);
  // The part of the picture that keeps the requested aspect, centred (rounded to whole pixels).
  const int cw = std::clamp(int(std::lround(w / scale)), 1, image.cols);
  const int ch = std::clamp(int(std::lround(h / scale)), 1, image.rows);
  const cv::Mat part = image(cv::Rect((image.cols - cw) / 2, (image.rows - ch) / 2, cw, ch));
  cv::Mat out;
  cv::resize(part, out, cv::Size(w, h), 0, 0, cw > w ? cv::INTER_AREA : cv::INTER_LINEAR);
  return out;
}

namespace {

class CameraSource final : public LiveSource {
 public:
  explicit CameraSource(const LiveSourceOptions& o) : request_() {
    request_.device = o.camera;
    request_.width = o.width;
    request_.height = o.height;
    request_.fps = o.fps;
    request_.pixel_format = o.pixel_format;
    camera_ = media::open_camera(request_);
  }
  std::optional<CapturedFrame> next() override {
    if (!camera_) fail(ErrorKind::NotFound, "camera '{}' is not open", request_.device);
    media::CameraFrame f = camera_->read();
    if (!have_first_) {
      first_ = f.captured;
      have_first_ = true;
    }
    return CapturedFrame{std::move(f.bgr), f.captured, std::chrono::duration<double>(f.captured - first_).count()};
  }
  double nominal_fps() const override {
    auto m = camera_ ? camera_->mode() : media::CameraMode{};
    return m.fps.empty() || m.fps[0] <= 0 ? 30.0 : m.fps[0];
  }
  cv::Size frame_size() const override {
    auto m = camera_ ? camera_->mode() : media::CameraMode{};
    return {m.width, m.height};
  }
  std::string description() const override { return "camera " + media::camera_device_path(request_.device); }
  bool reopen() override {
    skipped_before_ += camera_ ? camera_->frames_skipped() : 0;
    camera_.reset();
    camera_ = media::open_camera(request_);
    return true;
  }
  uint64_t frames_skipped() const override { return skipped_before_ + (camera_ ? camera_->frames_skipped() : 0); }

 private:
  media::CameraRequest request_;
  std::unique_ptr<media::Camera> camera_;
  bool have_first_ = false;
  SteadyClock::time_point first_{};
  uint64_t skipped_before_ = 0;
};

// A video file, image folder or single image standing in for a camera: media's FrameSource, paced
// at its own frame rate.
class StandInSource final : public LiveSource {
 public:
  explicit StandInSource(const LiveSourceOptions& o) : width_(o.width), height_(o.height) {
    media::FrameSourceOptions fo;
    fo.paced = true;
    // Our capture loop never holds a frame (it hands it to a mailbox at once), so frames are late
    // only when decoding itself is slower than real time; skipping them then costs more decoding
    // and starves the pipeline (720p on a busy 2-core machine delivered 1 frame in 20).
    fo.drop_late = false;
    fo.loop = o.loop;
    fo.sequence_fps = o.fps > 0 ? o.fps : 30.0;
    fo.video_fps = o.fps;  // 0: the file's own rate
    source_ = media::open_frame_source(o.camera, fo);
  }
  std::optional<CapturedFrame> next() override {
    media::CapturedFrame f;
    if (!source_->next(f)) return std::nullopt;
    return CapturedFrame{fit_to_resolution(std::move(f.image), width_, height_), f.captured_at, f.media_time_s};
  }
  void interrupt() override { source_->stop(); }
  double nominal_fps() const override { return source_->nominal_fps(); }
  cv::Size frame_size() const override { return width_ > 0 ? cv::Size(width_, height_) : source_->frame_size(); }
  std::string description() const override { return source_->describe(); }
  uint64_t frames_skipped() const override { return uint64_t(std::max<int64_t>(0, source_->frames_skipped())); }

 private:
  int width_, height_;
  std::unique_ptr<media::FrameSource> source_;
};

}  // namespace

std::unique_ptr<LiveSource> open_live_source(const LiveSourceOptions& o) {
  if (o.width < 0 || o.height < 0 || (o.width > 0) != (o.height > 0))
    fail(ErrorKind::Usage, "resolution must be WxH with both sides positive (got {}x{})", o.width, o.height);
  if (!(o.fps >= 0) || o.fps > 1000) fail(ErrorKind::Usage, "--fps must be between 0 and 1000 (got {})", o.fps);
  std::error_code ec;
  if (media::looks_like_camera_device(o.camera) && !fs::is_regular_file(o.camera, ec) &&
      !fs::is_directory(o.camera, ec))
    return std::make_unique<CameraSource>(o);
  return std::make_unique<StandInSource>(o);
}

}  // namespace swapcam::pipeline
