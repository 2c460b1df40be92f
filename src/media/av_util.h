#pragma once
// Small helpers over FFmpeg's C API shared by the reader and writer (internal to the media layer).
#include <map>
#include <memory>
#include <string>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace swapcam::media::detail {

// "Invalid data found when processing input" for an AVERROR code.
std::string av_error_text(int code);

// Routes FFmpeg's own log lines into swapcam's logger at debug level (the media layer reports
// failures itself, in one line); installed once per process.
void install_av_log_bridge();

struct InputContextDeleter {
  void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct CodecContextDeleter {
  void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
  void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct SwsDeleter {
  void operator()(SwsContext* s) const { sws_freeContext(s); }
};

using InputContextPtr = std::unique_ptr<AVFormatContext, InputContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;

FramePtr make_frame();
PacketPtr make_packet();

// Opens an input file for demuxing with stream info read. Throws Error: NotFound, InvalidData
// ("not a video file" for data no demuxer recognises, or an empty file).
InputContextPtr open_input(const std::string& path_utf8, const std::string& display_name);

// A container's tags with lower-cased keys (Matroska says "COMMENT" where MP4 says "comment").
std::map<std::string, std::string> container_tags(const AVFormatContext* input);

// Clockwise rotation (0/90/180/270) that makes the stream's pictures upright, from its display matrix.
int stream_rotation_degrees(const AVStream* stream);

// The device string av_hwdevice_ctx_create takes for GPU `index` of an FFmpeg device type: the
// index itself for types that number their adapters as CUDA and Direct3D do ("cuda", "d3d11va",
// "dxva2"); "" (FFmpeg's default device) elsewhere (VAAPI names DRM nodes, VideoToolbox has one).
std::string hw_device_string(const std::string& type, int index);

// Options that put a hardware encoder on GPU `index` (NVENC: "gpu"); none for other encoders.
std::map<std::string, std::string> encoder_device_options(const std::string& encoder, int index);

// swscale colour-matrix constant for a frame (guesses BT.601 for SD, BT.709 for HD when unspecified).
int sws_colorspace_for(AVColorSpace space, int height);

}  // namespace swapcam::media::detail
