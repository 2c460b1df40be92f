#include "test_video.h"

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/display.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include "media_test_util.h"

namespace swapcam::test {
namespace {

void check(int r, const char* what) {
  if (r < 0) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(r, buf, sizeof buf);
    throw std::runtime_error(std::string("make_test_video: ") + what + ": " + buf);
  }
}

void drain(AVCodecContext* enc, AVStream* st, AVFormatContext* oc, std::map<int64_t, int64_t>* durations = nullptr) {
  AVPacket* pkt = av_packet_alloc();
  while (avcodec_receive_packet(enc, pkt) == 0) {
    if (durations && durations->count(pkt->pts)) pkt->duration = (*durations)[pkt->pts];
    av_packet_rescale_ts(pkt, enc->time_base, st->time_base);
    pkt->stream_index = st->index;
    check(av_interleaved_write_frame(oc, pkt), "write");
  }
  av_packet_free(&pkt);
}

}  // namespace

void make_test_video(const std::filesystem::path& path, const TestVideoSpec& spec) {
  av_log_set_level(AV_LOG_ERROR);  // x264's statistics are not test output
  AVFormatContext* oc = nullptr;
  check(avformat_alloc_output_context2(&oc, nullptr, nullptr, path.c_str()), "muxer");

  AVCodecContext* venc = nullptr;
  AVStream* vst = nullptr;
  SwsContext* sws = nullptr;
  if (spec.video) {
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    venc = avcodec_alloc_context3(codec);
    venc->width = spec.width;
    venc->height = spec.height;
    // VFR: a tick of 1/(3*fps) and frame steps of 2..4 ticks; CFR: one tick per frame.
    venc->time_base = spec.variable_frame_rate ? AVRational{1, 3 * spec.fps} : AVRational{1, spec.fps};
    venc->framerate = {spec.fps, 1};
    venc->pix_fmt = AV_PIX_FMT_YUV420P;
    venc->gop_size = 10;
    if (oc->oformat->flags & AVFMT_GLOBALHEADER) venc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(venc->priv_data, "preset", "veryfast", 0);
    av_opt_set_int(venc->priv_data, "crf", spec.crf, 0);
    check(avcodec_open2(venc, codec, nullptr), "open libx264");
    vst = avformat_new_stream(oc, nullptr);
    avcodec_parameters_from_context(vst->codecpar, venc);
    vst->time_base = venc->time_base;
    if (spec.display_rotation_ccw != 0) {
#if LIBAVFORMAT_VERSION_INT >= AV_VERSION_INT(60, 15, 100)
      AVPacketSideData* sd = av_packet_side_data_new(
          &vst->codecpar->coded_side_data, &vst->codecpar->nb_coded_side_data, AV_PKT_DATA_DISPLAYMATRIX, 9 * 4, 0);
      av_display_rotation_set(reinterpret_cast<int32_t*>(sd->data), spec.display_rotation_ccw);
#else
      uint8_t* sd = av_stream_new_side_data(vst, AV_PKT_DATA_DISPLAYMATRIX, 9 * 4);
      av_display_rotation_set(reinterpret_cast<int32_t*>(sd), spec.display_rotation_ccw);
#endif
    }
    sws = sws_getContext(spec.width, spec.height, AV_PIX_FMT_BGR24, spec.width, spec.height, AV_PIX_FMT_YUV420P,
                         SWS_BILINEAR, nullptr, nullptr, nullptr);
  }

  AVCodecContext* aenc = nullptr;
  AVStream* ast = nullptr;
  if (spec.audio) {
    const AVCodec* codec = avcodec_find_encoder_by_name("aac");
    aenc = avcodec_alloc_context3(codec);
    aenc->sample_rate = 48000;
    aenc->sample_fmt = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_default(&aenc->ch_layout, 2);
    aenc->bit_rate = 128000;
    aenc->time_base = {1, 48000};
    if (oc->oformat->flags & AVFMT_GLOBALHEADER) aenc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    check(avcodec_open2(aenc, codec, nullptr), "open aac");
    ast = avformat_new_stream(oc, nullptr);
    avcodec_parameters_from_context(ast->codecpar, aenc);
    ast->time_base = aenc->time_base;
  }

  check(avio_open(&oc->pb, path.c_str(), AVIO_FLAG_WRITE), "open file");
  check(avformat_write_header(oc, nullptr), "header");

  const double seconds = double(spec.frames) / spec.fps;
  int64_t audio_samples = 0;
  const int64_t total_samples = spec.audio ? int64_t(seconds * aenc->sample_rate) : 0;
  auto encode_audio_until = [&](double t) {
    while (aenc && audio_samples < total_samples && double(audio_samples) / aenc->sample_rate <= t) {
      AVFrame* f = av_frame_alloc();
      f->nb_samples = int(std::min<int64_t>(aenc->frame_size, total_samples - audio_samples));
      f->format = aenc->sample_fmt;
      av_channel_layout_copy(&f->ch_layout, &aenc->ch_layout);
      f->sample_rate = aenc->sample_rate;
      av_frame_get_buffer(f, 0);
      for (int c = 0; c < 2; ++c) {
        auto* d = reinterpret_cast<float*>(f->data[c]);
        for (int i = 0; i < f->nb_samples; ++i)
          d[i] = 0.3f * float(std::sin(2 * M_PI * 440.0 * double(audio_samples + i) / aenc->sample_rate + c));
      }
      f->pts = audio_samples;
      audio_samples += f->nb_samples;
      check(avcodec_send_frame(aenc, f), "encode audio");
      av_frame_free(&f);
      drain(aenc, ast, oc);
    }
  };

  int64_t pts = 0;
  std::map<int64_t, int64_t> durations;  // so the container knows the last frame's length
  for (int i = 0; venc && i < spec.frames; ++i) {
    cv::Mat img = make_pattern(spec.width, spec.height, i);
    AVFrame* f = av_frame_alloc();
    f->format = AV_PIX_FMT_YUV420P;
    f->width = spec.width;
    f->height = spec.height;
    av_frame_get_buffer(f, 0);
    const uint8_t* src[1] = {img.data};
    int stride[1] = {int(img.step[0])};
    sws_scale(sws, src, stride, 0, spec.height, f->data, f->linesize);
    f->pts = pts;
    durations[pts] = spec.variable_frame_rate ? 2 + (i % 3) : 1;
    pts += durations[pts];
    encode_audio_until(double(f->pts) * av_q2d(venc->time_base));
    check(avcodec_send_frame(venc, f), "encode video");
    av_frame_free(&f);
    drain(venc, vst, oc, &durations);
  }
  encode_audio_until(1e9);
  if (venc) {
    avcodec_send_frame(venc, nullptr);
    drain(venc, vst, oc, &durations);
  }
  if (aenc) {
    avcodec_send_frame(aenc, nullptr);
    drain(aenc, ast, oc);
  }
  check(av_write_trailer(oc), "trailer");
  avio_closep(&oc->pb);
  avformat_free_context(oc);
  avcodec_free_context(&venc);
  avcodec_free_context(&aenc);
  sws_freeContext(sws);
}

}  // namespace swapcam::test
