#pragma once
// Streaming video encode with FFmpeg's libraries: BGR frames in, an H.264/HEVC/VP9 file out, with
// the input's audio (and other) streams copied packet for packet, never re-encoded. The output is
// written beside the target under a temporary name and renamed by finish(); a writer destroyed
// without finish() (an error, Ctrl-C) removes it. Single-threaded: frames go in presentation order.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <opencv2/core.hpp>

#include "media/image_io.h"
#include "media/video_reader.h"

namespace swapcam::media {

struct VideoWriterOptions {
  // libx264 (default), libx265, libvpx-vp9, h264_nvenc, hevc_nvenc, h264_vaapi, h264_videotoolbox,
  // or "auto" (the first usable hardware H.264 encoder, else libx264). A hardware encoder that
  // cannot be opened falls back to the software encoder of the same codec, with a warning.
  std::string encoder = "libx264";
  int quality = 18;    // 0..51, lower is better: CRF for x264/x265 (VP9: scaled to 0..63), CQ for NVENC, QP for VAAPI
  std::string preset;  // encoder preset ("veryfast", "p4", ...); empty = the encoder's default
  int threads = 0;     // encoder threads; 0 = automatic
  int hardware_device = 0;     // which GPU a hardware encoder uses (NVENC; --device-id)
  Rational time_base{1, 30};   // unit of the pts given to write()
  Rational frame_rate{30, 1};  // nominal rate: a container hint, and the duration of frames given none

  // Audio, subtitle and other non-video streams of this file are copied into the output
  // (empty = none; `--no-audio` leaves it empty).
  std::filesystem::path copy_streams_from;
  // Subtracted from every timestamp (video and copied streams) so a trimmed output starts at 0;
  // copied packets before it are dropped. 0 keeps the input's timeline as it is.
  double time_offset_s = 0;
  std::optional<double> copy_end_s;  // copied packets at or after this input time are dropped

  // Extra container tags (MP4/MOV store them as custom keys), e.g. a segment's description.
  std::map<std::string, std::string> tags;

  bool provenance = true;  // the label goes into the container's "comment" tag
  std::string provenance_label{kProvenanceLabel};
};

// Options that carry an input's timing and streams over, trimmed as the reader was.
VideoWriterOptions writer_options_for(const VideoReader& reader, const VideoReaderOptions& trim,
                                      bool copy_streams = true);

class VideoWriter {
 public:
  // Opens the encoder and the output. The container comes from the extension (.mp4, .mkv, .mov,
  // .webm; MP4/MOV get +faststart). Throws Error: Usage (unknown container or encoder name,
  // size not even for 4:2:0), NotFound (no such directory, or no usable encoder), Io (unwritable),
  // InvalidData (copy source unreadable).
  VideoWriter(const std::filesystem::path& target, int width, int height, VideoWriterOptions options = {});
  ~VideoWriter();
  VideoWriter(const VideoWriter&) = delete;
  VideoWriter& operator=(const VideoWriter&) = delete;

  // Encodes one 8-bit BGR (or grey) frame with its presentation timestamp in options.time_base;
  // `duration` (same unit) matters for the last frame, 0 = one nominal frame interval.
  void write(const cv::Mat& bgr, std::int64_t pts, std::int64_t duration = 0);
  // Whether write(Picture) is possible: a software encoder that takes YUV 4:2:0 from memory.
  bool takes_pictures() const;
  // Encodes a YUV 4:2:0 BT.709 limited-range picture of the video's size as it is (no conversion):
  // one that media::encodes_as_is accepts, or one made by to_yuv420 / patch_yuv420.
  // Error(Usage) when takes_pictures() is false or the picture does not fit.
  void write(const Picture& picture, std::int64_t pts, std::int64_t duration = 0);
  // Flushes the encoder, copies the remaining packets, finalises the file and renames it onto the
  // target. Throws Error(InvalidData) when no frame was written.
  void finish();
  // Abandons the output: nothing is left behind.
  void cancel() noexcept;

  const std::string& encoder_name() const;  // the encoder in use after any fall-back
  std::int64_t frames_written() const;
  int copied_streams() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// --video-preset for one encoder candidate. x264/x265 names (ultrafast..placebo) and NVENC's p1..p7
// are translated into each other by speed, VP9 gets the matching cpu-used; encoders without presets
// (VAAPI, VideoToolbox) get none. `note` says what happened when the preset was not used as given.
struct EncoderPreset {
  std::string option;  // "preset" or "cpu-used"; empty: nothing to set
  std::string value;
  std::string note;
};
EncoderPreset encoder_preset(const std::string& encoder, const std::string& preset);

// Maps quality 0..51 to the option each encoder understands (exposed for tests and `--help` text).
std::map<std::string, std::string> encoder_quality_options(const std::string& encoder, int quality);

}  // namespace swapcam::media
