#pragma once
// Re-encodes one audio stream into the codec an output container can hold (WebM: Opus, MP4: AAC),
// for the case where the input's codec cannot be stored there as it is (AAC into WebM). Everything
// else is copied packet for packet (stream_copy.h); this is used only when the container needs it.
// Internal to the media layer.
#include <cstdint>
#include <functional>
#include <string>

#include "media/av_util.h"

struct SwrContext;
struct AVAudioFifo;

namespace swapcam::media::detail {

class AudioTranscoder {
 public:
  // Adds an output stream of `codec` to `output` (before its header is written). Throws Error:
  // NotFound when this FFmpeg has no decoder for the input or no encoder for `codec`.
  AudioTranscoder(const AVStream* in, AVFormatContext* output, AVCodecID codec, std::string name);
  ~AudioTranscoder();
  AudioTranscoder(const AudioTranscoder&) = delete;
  AudioTranscoder& operator=(const AudioTranscoder&) = delete;

  int output_index() const { return out_->index; }
  const char* encoder_name() const;

  // One input packet, timestamps in the input stream's time base (already offset for a trim); the
  // encoded packets go to `mux` with the output stream's index and time base.
  void send(AVPacket* packet, const std::function<void(AVPacket*)>& mux);
  // Drains the decoder, the resampler and the encoder (the last frame padded with silence).
  void flush(const std::function<void(AVPacket*)>& mux);

 private:
  void decode_ready(const std::function<void(AVPacket*)>& mux);
  void resample(const AVFrame* in, const std::function<void(AVPacket*)>& mux);
  void encode_fifo(bool last, const std::function<void(AVPacket*)>& mux);
  void encode(const AVFrame* frame, const std::function<void(AVPacket*)>& mux);

  std::string name_;
  AVRational in_tb_{};
  AVStream* out_ = nullptr;
  CodecContextPtr dec_, enc_;
  SwrContext* swr_ = nullptr;
  AVAudioFifo* fifo_ = nullptr;
  FramePtr decoded_ = make_frame();
  PacketPtr packet_ = make_packet();
  int frame_size_ = 1024;
  std::int64_t next_pts_ = AV_NOPTS_VALUE;  // in samples of the output rate
  bool flushed_ = false;
};

}  // namespace swapcam::media::detail
