#include "media/frame_source.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <vector>

#include "core/error.h"
#include "core/log.h"
#include "media/camera.h"
#include "media/image_io.h"
#include "media/video_reader.h"

namespace swapcam::media {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Pacing shared by the file-backed sources: frame i is released at start + its media time.
class PacedSource : public FrameSource {
 public:
  explicit PacedSource(FrameSourceOptions options) : options_(options) {}

  bool next(CapturedFrame& out) final {
    for (;;) {
      if (stopped_) return false;
      double media_time = 0;
      if (!fetch(out.image, media_time)) return false;
      out.index = produced_++;
      out.media_time_s = media_time;
      if (!options_.paced) {
        out.captured_at = Clock::now();
        return true;
      }
      if (!started_) {
        started_ = true;
        start_ = Clock::now();
        first_media_time_ = media_time;
      }
      auto due = start_ + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(media_time - first_media_time_));
      auto now = Clock::now();
      const auto interval = std::chrono::duration<double>(1.0 / std::max(1e-3, nominal_fps()));
      if (options_.drop_late && out.index > 0 && now - due > interval) {
        ++skipped_;  // a camera would have replaced this picture already
        continue;
      }
      std::unique_lock lock(mutex_);
      if (wake_.wait_until(lock, due, [&] { return stopped_.load(); })) return false;
      out.captured_at = Clock::now();
      return true;
    }
  }

  void stop() final {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    wake_.notify_all();
  }

  std::int64_t frames_skipped() const final { return skipped_; }

 protected:
  // The next picture and its media time; false at the end (after looping, if enabled).
  virtual bool fetch(cv::Mat& image, double& media_time) = 0;
  FrameSourceOptions options_;

 private:
  std::atomic<bool> stopped_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool started_ = false;
  Clock::time_point start_;
  double first_media_time_ = 0;
  std::int64_t produced_ = 0;
  std::int64_t skipped_ = 0;
};

class VideoFileSource final : public PacedSource {
 public:
  static VideoReaderOptions stream_options() {
    VideoReaderOptions o;
    o.allow_pipe = true;  // a camera stand-in may be a FIFO fed by another program
    return o;
  }

  VideoFileSource(const fs::path& path, FrameSourceOptions options)
      : PacedSource(options), path_(path), reader_(std::make_unique<VideoReader>(path, stream_options())) {
    info_ = reader_->info();
  }

  std::string describe() const override {
    if (options_.video_fps > 0)
      return fmt::format("video file '{}' ({}x{} @ {:.3g} fps, given at {:.3g} fps)", path_.string(), info_.width,
                         info_.height, info_.fps, options_.video_fps);
    return fmt::format("video file '{}' ({}x{} @ {:.3g} fps)", path_.string(), info_.width, info_.height, info_.fps);
  }
  double nominal_fps() const override { return options_.video_fps > 0 ? options_.video_fps : file_fps(); }
  cv::Size frame_size() const override { return {info_.width, info_.height}; }

 protected:
  bool fetch(cv::Mat& image, double& media_time) override {
    if (options_.video_fps <= 0) return fetch_frame(image, media_time);
    // Tick n at n / video_fps shows the last frame due by then (its time at most the tick).
    const double tick = double(ticks_) / options_.video_fps, slack = 1e-6;
    while (!ended_ && (!have_next_ || next_time_ <= tick + slack)) {
      if (have_next_) {
        current_ = next_image_;
        current_time_ = next_time_;
        have_current_ = true;
      }
      have_next_ = fetch_frame(next_image_, next_time_);
      ended_ = !have_next_;
    }
    if (!have_current_) {  // the first frame comes after tick 0: start the ticks at it
      if (!have_next_) return false;
      current_ = next_image_;
      current_time_ = next_time_;
      have_current_ = true;
      have_next_ = false;
    }
    // After the last frame: its own interval, then the end.
    if (ended_ && tick >= current_time_ + 1.0 / file_fps() - slack) return false;
    image = current_;
    media_time = tick;
    ++ticks_;
    return true;
  }

 private:
  double file_fps() const { return info_.fps > 0 ? info_.fps : 30.0; }

  // The file's next frame and its time (looping when asked); false at the end.
  bool fetch_frame(cv::Mat& image, double& media_time) {
    VideoFrame f;
    while (!reader_->read(f)) {
      if (!reader_->report().complete)
        log::warn("'{}': {} (stopped at {:.3f} s)", path_.string(), reader_->report().problem,
                  reader_->report().stopped_at_s);
      if (!options_.loop || reader_->report().frames == 0) return false;
      loop_offset_ = last_time_ + 1.0 / file_fps();
      reader_ = std::make_unique<VideoReader>(path_, stream_options());
    }
    image = f.image;
    media_time = loop_offset_ + f.seconds;
    last_time_ = media_time;
    return true;
  }

  fs::path path_;
  std::unique_ptr<VideoReader> reader_;
  VideoInfo info_;
  double loop_offset_ = 0;
  double last_time_ = 0;
  // Sampling at video_fps: the frame shown now and the one after it.
  std::int64_t ticks_ = 0;
  cv::Mat current_, next_image_;
  double current_time_ = 0, next_time_ = 0;
  bool have_current_ = false, have_next_ = false, ended_ = false;
};

class ImageSequenceSource final : public PacedSource {
 public:
  ImageSequenceSource(std::vector<fs::path> files, std::string what, FrameSourceOptions options)
      : PacedSource(options), files_(std::move(files)), what_(std::move(what)) {
    if (options_.sequence_fps <= 0) fail(ErrorKind::Usage, "{}: frame rate must be positive", what_);
    first_ = read_image(files_.front());
  }

  std::string describe() const override {
    return fmt::format("{} ({} images, {}x{} @ {:.3g} fps)", what_, files_.size(), first_.cols, first_.rows,
                       options_.sequence_fps);
  }
  double nominal_fps() const override { return options_.sequence_fps; }
  cv::Size frame_size() const override { return first_.size(); }

 protected:
  bool fetch(cv::Mat& image, double& media_time) override {
    if (!options_.loop && position_ >= files_.size()) return false;
    const fs::path& file = files_[position_ % files_.size()];
    image = position_ == 0 ? first_ : read_image(file);
    if (image.size() != first_.size())
      fail(ErrorKind::InvalidData, "'{}' is {}x{}, the sequence's first image is {}x{}", file.string(), image.cols,
           image.rows, first_.cols, first_.rows);
    media_time = double(position_) / options_.sequence_fps;
    ++position_;
    return true;
  }

 private:
  std::vector<fs::path> files_;
  std::string what_;
  cv::Mat first_;
  std::size_t position_ = 0;
};

}  // namespace

std::unique_ptr<FrameSource> open_frame_source(const std::string& spec, const FrameSourceOptions& options) {
  fs::path path = fs::u8path(spec);
  std::error_code ec;
  // A file or folder that happens to be called "0" in the working directory wins over camera 0.
  if (spec.starts_with("/dev/video") || (looks_like_camera_device(spec) && !fs::exists(path, ec)))
    return open_camera_source(spec, options);
  if (!fs::exists(path, ec)) fail(ErrorKind::NotFound, "cannot open '{}': no such file or folder", spec);
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> images;
    for (const auto& e : fs::directory_iterator(path))
      if (e.is_regular_file() && image_format_from_extension(e.path()) != ImageFormat::Unknown)
        images.push_back(e.path());
    if (images.empty()) fail(ErrorKind::InvalidData, "cannot use folder '{}' as a camera: it holds no images", spec);
    std::sort(images.begin(), images.end());
    return std::make_unique<ImageSequenceSource>(std::move(images), fmt::format("image folder '{}'", spec), options);
  }
  if (image_format_from_extension(path) != ImageFormat::Unknown)
    return std::make_unique<ImageSequenceSource>(std::vector<fs::path>{path}, fmt::format("image '{}'", spec), options);
  return std::make_unique<VideoFileSource>(path, options);
}

}  // namespace swapcam::media
