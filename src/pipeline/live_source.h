#pragma once
// Where live frames come from: a camera, or a video file, image folder or image standing in for one.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <opencv2/core.hpp>

#include "core/latency_stats.h"

namespace swapcam::pipeline {

struct CapturedFrame {
  cv::Mat image;                       // BGR
  SteadyClock::time_point captured{};  // capture timestamp: latencies are measured from here
  double source_time_s = 0;            // in the source's timeline (file time; camera: since the first frame)
};

class LiveSource {
 public:
  virtual ~LiveSource() = default;
  // The next frame, paced in real time; nullopt when the source has ended (file end).
  // Throws Error(NotFound) when a camera is unplugged, Error(Io) on read failures/timeouts.
  virtual std::optional<CapturedFrame> next() = 0;
  virtual double nominal_fps() const = 0;
  virtual cv::Size frame_size() const = 0;
  virtual std::string description() const = 0;
  // Reopens after a failure (cameras, for --reconnect); false when this source cannot.
  virtual bool reopen() { return false; }
  // Makes a waiting or later next() return nullopt soon; thread-safe (LivePipeline::stop calls it).
  virtual void interrupt() {}
  virtual uint64_t frames_skipped() const { return 0; }  // skipped by the device/source itself
};

struct LiveSourceOptions {
  std::string camera = "0";   // device id ("0"), device path (/dev/video0), video file, image folder or image
  int width = 0, height = 0;  // camera: requested size (0: the device's); files: cropped and scaled to it
  double fps = 0;             // camera: requested rate; image folder: pace (default 30); video file: sampled at it
  std::string pixel_format = "auto";  // camera pixel format
  bool loop = false;                  // files: start again at the end instead of ending
};

// A stand-in's picture at the requested resolution: scaled to cover it and cut around the centre (the
// aspect kept, nothing stretched); unchanged when w or h is 0 or it is that size already.
cv::Mat fit_to_resolution(cv::Mat image, int w, int h);

// Opens a camera (V4L2, reopenable for --reconnect), or a video file, image folder or single image
// standing in for one (media::open_frame_source, paced at its own frame rate).
std::unique_ptr<LiveSource> open_live_source(const LiveSourceOptions& options);

}  // namespace swapcam::pipeline
