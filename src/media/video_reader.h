#pragma once
// Streaming video decode with FFmpeg's libraries: one BGR frame at a time with its timestamp, never
// the whole video in memory. Pictures come out upright (rotation metadata applied).
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "media/frame_convert.h"

namespace swapcam::media {

struct Rational {
  int num = 0;
  int den = 1;
  double value() const { return den ? double(num) / double(den) : 0.0; }
};

struct VideoInfo {
  std::filesystem::path path;
  std::string container;  // demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  std::string codec;      // video codec name, e.g. "h264"
  int width = 0;          // of the frames as delivered (after rotation)
  int height = 0;
  int rotation_degrees = 0;      // clockwise rotation applied to the decoded pictures: 0, 90, 180 or 270
  Rational time_base;            // unit of VideoFrame::pts
  Rational avg_frame_rate;       // as the container states (0/1 when unknown)
  Rational r_frame_rate;         // the stream's base rate (lowest rate that represents all timestamps)
  double fps = 0;                // avg_frame_rate, else r_frame_rate
  double duration_s = 0;         // of the video stream (else the container); 0 when unknown
  std::int64_t frame_count = 0;  // from the container when it says (frame_count_exact), else duration * fps
  bool frame_count_exact = false;
  std::int64_t start_pts = 0;  // first timestamp of the stream (time_base units)
  int video_stream_index = -1;
  int audio_streams = 0;
  int other_streams = 0;                        // subtitles, data, extra video
  std::map<std::string, std::string> metadata;  // container tags, keys lower-cased ("title", "comment", ...)
  std::string decoder_hardware;                 // the device type decoding on, "" for the CPU
};

struct VideoFrame {
  cv::Mat image;              // 8-bit BGR, upright (empty with VideoReaderOptions::keep_picture until ensure_bgr)
  std::int64_t pts = 0;       // presentation timestamp in VideoInfo::time_base
  std::int64_t duration = 0;  // in VideoInfo::time_base (0 when unknown)
  double seconds = 0;         // (pts - start_pts) * time_base: time from the start of the stream
  std::int64_t index = 0;     // 0-based count of frames returned by this reader
  Picture picture;            // the decoder's picture, with VideoReaderOptions::keep_picture
};

struct VideoReaderOptions {
  double start_s = 0;           // first frame at or after this time (seconds from stream start)
  std::optional<double> end_s;  // stop before this time
  // Exact bounds in the stream's time base (VideoInfo::time_base), for segments of one video that
  // must meet without a gap or an overlap; they replace start_s / end_s when set.
  std::optional<std::int64_t> start_pts;  // first frame with pts >= this
  std::optional<std::int64_t> end_pts;    // stop before the first frame with pts >= this
  int threads = 0;                        // decoder threads; 0 = as many as the machine has
  bool apply_rotation = true;             // rotate pictures upright per the display matrix
  // Hardware decoding: "" (off: the CPU), or an FFmpeg device type ("cuda", "vaapi", "videotoolbox",
  // "d3d11va", "dxva2", "qsv", ...). When the device or the codec cannot be used, the CPU decodes
  // and a warning says why (once per process and device type). Frames still come out as BGR.
  std::string hardware;
  int hardware_device = 0;  // which GPU decodes (--device-id: the one the models run on)
  // A named pipe is a live stream (a camera stand-in fed by another program): only the live source
  // accepts one. Everywhere else a FIFO is refused before it is opened, since opening it blocks until
  // a writer appears and a target is read more than once.
  bool allow_pipe = false;
  // Frames come as the decoder's pictures (VideoFrame::picture) and are converted to BGR only by
  // ensure_bgr(), on whichever thread needs the pixels: a frame nobody looks at is never converted,
  // and an unchanged one can go to the encoder as it was decoded (media/frame_convert.h).
  bool keep_picture = false;
};

// Fills frame.image from frame.picture when it is empty (thread-safe). Error(InvalidData) for a
// pixel format that cannot be converted.
void ensure_bgr(VideoFrame& frame);

// The hardware device types this FFmpeg build knows (whether or not this machine has them).
std::vector<std::string> hardware_decode_types();

// How the decode went; meaningful once read() has returned false.
struct ReadReport {
  bool complete = true;     // reached the end (or end_s) without losing anything
  std::string problem;      // why not complete: one line
  double stopped_at_s = 0;  // time of the last frame delivered
  std::int64_t frames = 0;  // frames delivered
  int damaged_packets = 0;  // packets the decoder rejected (their frames are missing or concealed)
};

class VideoReader {
 public:
  // Opens and probes. Throws Error: NotFound (missing file), InvalidData (empty file, not a video,
  // no video stream, undecodable codec), Io.
  explicit VideoReader(const std::filesystem::path& path, VideoReaderOptions options = {});
  ~VideoReader();
  VideoReader(const VideoReader&) = delete;
  VideoReader& operator=(const VideoReader&) = delete;

  const VideoInfo& info() const;

  // The next frame; false at the end of the video or of the trim range, and after a read error
  // that stops decoding (the report says which). Never throws for damaged data.
  bool read(VideoFrame& frame);

  const ReadReport& report() const;
  // Throws Error(InvalidData) naming the file, where decoding stopped and why, if incomplete.
  void throw_if_incomplete() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace swapcam::media
