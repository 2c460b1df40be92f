#include "media/reference_encode.h"

#include <algorithm>

extern "C" {
#include <libavutil/opt.h>
}

#include "core/cpu_cores.h"
#include "core/error.h"
#include "media/atomic_file.h"
#include "media/av_util.h"
#include "media/video_writer.h"

namespace swapcam::media {
using namespace detail;

namespace {

struct OutputContext {
  AVFormatContext* c = nullptr;
  ~OutputContext() {
    if (!c) return;
    if (c->pb) avio_closep(&c->pb);
    avformat_free_context(c);
  }
};

int thread_count(int wanted) { return wanted > 0 || cpu_quota_cores() == 0 ? wanted : hardware_cores(); }

}  // namespace

std::int64_t reference_reencode(const std::filesystem::path& input, const std::filesystem::path& output,
                                const ReferenceEncodeOptions& options) {
  install_av_log_bridge();
  const std::string in_name = input.string(), out_name = output.string();
  InputContextPtr in = open_input(in_name, in_name);
  const int best = av_find_best_stream(in.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (best < 0) fail(ErrorKind::InvalidData, "cannot read '{}': no video stream", in_name);
  AVStream* stream = in->streams[best];
  const AVCodec* dec_codec = avcodec_find_decoder(stream->codecpar->codec_id);
  if (!dec_codec) fail(ErrorKind::InvalidData, "cannot read '{}': no decoder", in_name);
  CodecContextPtr dec(avcodec_alloc_context3(dec_codec));
  avcodec_parameters_to_context(dec.get(), stream->codecpar);
  dec->pkt_timebase = stream->time_base;
  dec->thread_count = thread_count(options.threads);
  dec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  if (avcodec_open2(dec.get(), dec_codec, nullptr) < 0)
    fail(ErrorKind::InvalidData, "cannot read '{}': decoder", in_name);
  if (dec->pix_fmt != AV_PIX_FMT_YUV420P)
    fail(ErrorKind::InvalidData, "'{}': the reference re-encode takes 8-bit 4:2:0 video only", in_name);

  const AVCodec* enc_codec = avcodec_find_encoder_by_name(options.encoder.c_str());
  if (!enc_codec) fail(ErrorKind::NotFound, "no {} encoder in this FFmpeg build", options.encoder);
  const AVOutputFormat* oformat = av_guess_format(nullptr, output.filename().string().c_str(), nullptr);
  if (!oformat) fail(ErrorKind::Usage, "cannot write '{}': unknown container", out_name);
  CodecContextPtr enc(avcodec_alloc_context3(enc_codec));
  enc->width = dec->width;
  enc->height = dec->height;
  enc->time_base = stream->time_base;
  enc->framerate = stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
  enc->sample_aspect_ratio = {1, 1};
  enc->pix_fmt = AV_PIX_FMT_YUV420P;
  enc->color_range = AVCOL_RANGE_MPEG;
  enc->colorspace = AVCOL_SPC_BT709;
  enc->color_primaries = AVCOL_PRI_BT709;
  enc->color_trc = AVCOL_TRC_BT709;
  enc->thread_count = thread_count(options.threads);
  if (oformat->flags & AVFMT_GLOBALHEADER) enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  AVDictionary* opts = nullptr;
  for (const auto& [k, v] : encoder_quality_options(options.encoder, options.quality))
    if (k != "b") av_dict_set(&opts, k.c_str(), v.c_str(), 0);
  const EncoderPreset preset = encoder_preset(options.encoder, options.preset);
  if (!preset.option.empty()) av_dict_set(&opts, preset.option.c_str(), preset.value.c_str(), 0);
  const int opened = avcodec_open2(enc.get(), enc_codec, &opts);
  av_dict_free(&opts);
  if (opened < 0) fail(ErrorKind::Runtime, "cannot open {} ({})", options.encoder, av_error_text(opened));

  AtomicFile file(output);
  const std::string temp = file.temp_path().string();
  OutputContext out;
  if (avformat_alloc_output_context2(&out.c, oformat, nullptr, temp.c_str()) < 0 || !out.c)
    fail(ErrorKind::Runtime, "cannot write '{}': no muxer", out_name);
  AVStream* vout = avformat_new_stream(out.c, nullptr);
  avcodec_parameters_from_context(vout->codecpar, enc.get());
  vout->time_base = enc->time_base;
  if (int r = avio_open(&out.c->pb, temp.c_str(), AVIO_FLAG_WRITE); r < 0)
    fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(r));
  if (int r = avformat_write_header(out.c, nullptr); r < 0)
    fail(ErrorKind::InvalidData, "cannot write '{}': {}", out_name, av_error_text(r));

  PacketPtr pkt = make_packet(), opkt = make_packet();
  FramePtr frame = make_frame();
  std::int64_t frames = 0, last_pts = AV_NOPTS_VALUE;
  auto drain = [&] {
    for (;;) {
      const int r = avcodec_receive_packet(enc.get(), opkt.get());
      if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return;
      if (r < 0) fail(ErrorKind::Runtime, "cannot write '{}': encoder failed ({})", out_name, av_error_text(r));
      // Without durations the MP4 muxer's edit list ends where the last frame starts, hiding it.
      if (opkt->duration <= 0 && enc->framerate.num > 0)
        opkt->duration = std::max<std::int64_t>(1, av_rescale_q(1, av_inv_q(enc->framerate), enc->time_base));
      opkt->stream_index = vout->index;
      av_packet_rescale_ts(opkt.get(), enc->time_base, vout->time_base);
      if (int w = av_interleaved_write_frame(out.c, opkt.get()); w < 0)
        fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(w));
    }
  };
  auto encode_decoded = [&] {
    for (;;) {
      const int r = avcodec_receive_frame(dec.get(), frame.get());
      if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return;
      if (r < 0) fail(ErrorKind::InvalidData, "cannot read '{}': {}", in_name, av_error_text(r));
      std::int64_t pts = frame->best_effort_timestamp;
      if (pts == AV_NOPTS_VALUE || (last_pts != AV_NOPTS_VALUE && pts <= last_pts))
        pts = last_pts == AV_NOPTS_VALUE ? 0 : last_pts + 1;
      last_pts = pts;
      frame->pts = pts;
      frame->pict_type = AV_PICTURE_TYPE_NONE;
      if (int s = avcodec_send_frame(enc.get(), frame.get()); s < 0)
        fail(ErrorKind::Runtime, "cannot write '{}': encoder failed ({})", out_name, av_error_text(s));
      av_frame_unref(frame.get());
      ++frames;
      drain();
    }
  };
  while (av_read_frame(in.get(), pkt.get()) >= 0) {
    if (pkt->stream_index == best) avcodec_send_packet(dec.get(), pkt.get());
    av_packet_unref(pkt.get());
    encode_decoded();
  }
  avcodec_send_packet(dec.get(), nullptr);
  encode_decoded();
  avcodec_send_frame(enc.get(), nullptr);
  drain();
  if (int r = av_write_trailer(out.c); r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(r));
  if (int r = avio_closep(&out.c->pb); r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(r));
  file.commit();
  return frames;
}

}  // namespace swapcam::media
