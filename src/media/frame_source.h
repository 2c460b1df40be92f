#pragma once
// Where live frames come from. A camera and a file look the same to the live pipeline: a source
// hands out one frame at a time with the moment it was captured. A video file or an image folder
// stands in for a camera, released at its own frame rate (which is how the live tests run).
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include <opencv2/core.hpp>

namespace swapcam::media {

struct CapturedFrame {
  cv::Mat image;                                      // 8-bit BGR
  std::chrono::steady_clock::time_point captured_at;  // when the source released it
  std::int64_t index = 0;                             // position in the source's frame sequence (skips leave gaps)
  double media_time_s = 0;                            // time in the file (loops keep counting up)
};

class FrameSource {
 public:
  virtual ~FrameSource() = default;
  // Blocks until the next frame is due; false once the source has ended or stop() was called.
  virtual bool next(CapturedFrame& frame) = 0;
  // Makes a waiting or later next() return false. Safe to call from any thread.
  virtual void stop() = 0;
  virtual std::string describe() const = 0;  // "video file 'a.mp4' (640x360 @ 30 fps)"
  virtual double nominal_fps() const = 0;
  virtual cv::Size frame_size() const = 0;
  // Frames skipped because the consumer fell more than a frame interval behind (paced sources
  // behave like a camera: a late reader gets the current picture, not a queue of old ones).
  virtual std::int64_t frames_skipped() const = 0;
};

struct FrameSourceOptions {
  bool paced = true;         // release frames at their timestamps; false = as fast as they decode
  bool drop_late = true;     // paced only: skip frames whose time has already passed
  bool loop = false;         // start again at the end
  double sequence_fps = 30;  // frame rate of an image folder or single image
  // A video file given at this rate (0: its own), the way a camera delivers what it sees at the rate
  // asked: the clip keeps its speed and is sampled once every 1/video_fps s (below the file's rate
  // frames are left out, above it a frame is given again until the next one is due).
  double video_fps = 0;
};

// Opens a camera (looks_like_camera_device in camera.h: "0", "/dev/video2"), a folder of images (sorted by name), a
// single image, or a video file. Throws Error: NotFound (no such file or camera), InvalidData (not a video or image,
// empty folder), Usage.
std::unique_ptr<FrameSource> open_frame_source(const std::string& spec, const FrameSourceOptions& options = {});

// A camera as a FrameSource (camera_capture.cpp, over open_camera in camera.h): frames come at the
// device's pace, a missing device or unsupported platform is an Error naming it, unplugging ends it.
std::unique_ptr<FrameSource> open_camera_source(const std::string& spec, const FrameSourceOptions& options);

}  // namespace swapcam::media
