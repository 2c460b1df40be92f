#include "media/audio_transcode.h"

#include <algorithm>

extern "C" {
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

#include "core/error.h"
#include "core/log.h"

namespace swapcam::media::detail {

namespace {

// The encoder for a codec: libopus before FFmpeg's experimental native Opus encoder.
const AVCodec* find_audio_encoder(AVCodecID codec) {
  if (codec == AV_CODEC_ID_OPUS)
    if (const AVCodec* c = avcodec_find_encoder_by_name("libopus")) return c;
  return avcodec_find_encoder(codec);
}

// The input's rate when the encoder takes it, else the highest it takes (Opus: 48 kHz).
int pick_rate(const AVCodec* c, int wanted) {
  if (!c->supported_samplerates) return wanted > 0 ? wanted : 48000;
  int best = 0;
  for (const int* r = c->supported_samplerates; *r; ++r) {
    if (*r == wanted) return wanted;
    best = std::max(best, *r);
  }
  return best;
}

}  // namespace

AudioTranscoder::AudioTranscoder(const AVStream* in, AVFormatContext* output, AVCodecID codec, std::string name)
    : name_(std::move(name)), in_tb_(in->time_base) {
  const AVCodecParameters* par = in->codecpar;
  const AVCodec* decoder = avcodec_find_decoder(par->codec_id);
  const AVCodec* encoder = find_audio_encoder(codec);
  if (!decoder || !encoder)
    fail(ErrorKind::NotFound, "cannot write '{}': this FFmpeg cannot {} {} audio", name_, decoder ? "encode" : "decode",
         avcodec_get_name(decoder ? codec : par->codec_id));
  dec_.reset(avcodec_alloc_context3(decoder));
  enc_.reset(avcodec_alloc_context3(encoder));
  if (!dec_ || !enc_) fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name_);
  if (avcodec_parameters_to_context(dec_.get(), par) < 0)
    fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name_);
  dec_->pkt_timebase = in->time_base;
  if (int r = avcodec_open2(dec_.get(), decoder, nullptr); r < 0)
    fail(ErrorKind::InvalidData, "cannot write '{}': cannot decode the input's {} audio ({})", name_,
         avcodec_get_name(par->codec_id), av_error_text(r));

  enc_->sample_rate = pick_rate(encoder, dec_->sample_rate);
  enc_->sample_fmt = encoder->sample_fmts ? encoder->sample_fmts[0] : AV_SAMPLE_FMT_FLTP;
  // Mono and stereo as they are; more channels down-mixed to stereo (every encoder takes it).
  if (dec_->ch_layout.nb_channels == 1) av_channel_layout_default(&enc_->ch_layout, 1);
  else av_channel_layout_default(&enc_->ch_layout, 2);
  enc_->bit_rate = 64000 * enc_->ch_layout.nb_channels;
  enc_->time_base = {1, enc_->sample_rate};
  if (output->oformat->flags & AVFMT_GLOBALHEADER) enc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  if (int r = avcodec_open2(enc_.get(), encoder, nullptr); r < 0)
    fail(ErrorKind::Runtime, "cannot write '{}': cannot open the {} audio encoder ({})", name_, encoder->name,
         av_error_text(r));
  if (enc_->frame_size > 0 && !(encoder->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE))
    frame_size_ = enc_->frame_size;

  AVChannelLayout in_layout{};
  if (dec_->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
    av_channel_layout_default(&in_layout, dec_->ch_layout.nb_channels);
  else av_channel_layout_copy(&in_layout, &dec_->ch_layout);
  const int r = swr_alloc_set_opts2(&swr_, &enc_->ch_layout, enc_->sample_fmt, enc_->sample_rate, &in_layout,
                                    dec_->sample_fmt, dec_->sample_rate, 0, nullptr);
  av_channel_layout_uninit(&in_layout);
  if (r < 0 || swr_init(swr_) < 0)
    fail(ErrorKind::Runtime, "cannot write '{}': cannot convert the input's audio", name_);
  fifo_ = av_audio_fifo_alloc(enc_->sample_fmt, enc_->ch_layout.nb_channels, frame_size_);
  out_ = avformat_new_stream(output, nullptr);
  if (!fifo_ || !out_ || avcodec_parameters_from_context(out_->codecpar, enc_.get()) < 0)
    fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name_);
  out_->time_base = enc_->time_base;
  out_->disposition = in->disposition;
  av_dict_copy(&out_->metadata, in->metadata, 0);
}

AudioTranscoder::~AudioTranscoder() {
  swr_free(&swr_);
  if (fifo_) av_audio_fifo_free(fifo_);
}

const char* AudioTranscoder::encoder_name() const { return enc_->codec->name; }

void AudioTranscoder::send(AVPacket* packet, const std::function<void(AVPacket*)>& mux) {
  if (flushed_) return;
  // A packet the decoder refuses is audio lost, not the whole output: said at debug, like the copy.
  if (int r = avcodec_send_packet(dec_.get(), packet); r < 0 && r != AVERROR(EAGAIN))
    log::debug("'{}': an audio packet did not decode ({})", name_, av_error_text(r));
  decode_ready(mux);
}

void AudioTranscoder::decode_ready(const std::function<void(AVPacket*)>& mux) {
  for (;;) {
    const int r = avcodec_receive_frame(dec_.get(), decoded_.get());
    if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return;
    if (r < 0) {
      log::debug("'{}': audio decoding: {}", name_, av_error_text(r));
      return;
    }
    if (next_pts_ == AV_NOPTS_VALUE) {
      const std::int64_t ts =
          decoded_->best_effort_timestamp != AV_NOPTS_VALUE ? decoded_->best_effort_timestamp : decoded_->pts;
      next_pts_ = ts == AV_NOPTS_VALUE ? 0 : av_rescale_q(ts, in_tb_, enc_->time_base);
    }
    resample(decoded_.get(), mux);
    av_frame_unref(decoded_.get());
  }
}

void AudioTranscoder::resample(const AVFrame* in, const std::function<void(AVPacket*)>& mux) {
  const int room = swr_get_out_samples(swr_, in ? in->nb_samples : 0);
  if (room <= 0) return;
  std::uint8_t** data = nullptr;
  if (av_samples_alloc_array_and_samples(&data, nullptr, enc_->ch_layout.nb_channels, room, enc_->sample_fmt, 0) < 0)
    fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name_);
  const int n = swr_convert(swr_, data, room, in ? const_cast<const std::uint8_t**>(in->extended_data) : nullptr,
                            in ? in->nb_samples : 0);
  if (n > 0) av_audio_fifo_write(fifo_, reinterpret_cast<void**>(data), n);
  av_freep(&data[0]);
  av_freep(&data);
  encode_fifo(false, mux);
}

void AudioTranscoder::encode_fifo(bool last, const std::function<void(AVPacket*)>& mux) {
  while (av_audio_fifo_size(fifo_) >= frame_size_ || (last && av_audio_fifo_size(fifo_) > 0)) {
    const int n = std::min(av_audio_fifo_size(fifo_), frame_size_);
    FramePtr f = make_frame();
    f->nb_samples = frame_size_;
    f->format = enc_->sample_fmt;
    f->sample_rate = enc_->sample_rate;
    av_channel_layout_copy(&f->ch_layout, &enc_->ch_layout);
    if (av_frame_get_buffer(f.get(), 0) < 0) fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name_);
    av_audio_fifo_read(fifo_, reinterpret_cast<void**>(f->data), n);
    // The last, short frame: the encoder's frame size is fixed, so the rest is silence.
    if (n < frame_size_)
      av_samples_set_silence(f->extended_data, n, frame_size_ - n, enc_->ch_layout.nb_channels, enc_->sample_fmt);
    f->pts = next_pts_;
    next_pts_ += frame_size_;
    encode(f.get(), mux);
  }
}

void AudioTranscoder::encode(const AVFrame* frame, const std::function<void(AVPacket*)>& mux) {
  if (int r = avcodec_send_frame(enc_.get(), frame); r < 0 && r != AVERROR_EOF)
    fail(ErrorKind::Runtime, "cannot write '{}': audio encoder {} failed ({})", name_, encoder_name(),
         av_error_text(r));
  for (;;) {
    const int r = avcodec_receive_packet(enc_.get(), packet_.get());
    if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return;
    if (r < 0)
      fail(ErrorKind::Runtime, "cannot write '{}': audio encoder {} failed ({})", name_, encoder_name(),
           av_error_text(r));
    packet_->stream_index = out_->index;
    av_packet_rescale_ts(packet_.get(), enc_->time_base, out_->time_base);
    mux(packet_.get());  // takes the reference
    av_packet_unref(packet_.get());
  }
}

void AudioTranscoder::flush(const std::function<void(AVPacket*)>& mux) {
  if (flushed_) return;
  avcodec_send_packet(dec_.get(), nullptr);
  decode_ready(mux);
  if (next_pts_ == AV_NOPTS_VALUE) next_pts_ = 0;
  resample(nullptr, mux);  // what the resampler still holds
  encode_fifo(true, mux);
  encode(nullptr, mux);
  flushed_ = true;
}

}  // namespace swapcam::media::detail
