#include "media/stream_copy.h"

#include "core/error.h"
#include "core/log.h"

namespace swapcam::media::detail {

StreamCopier::StreamCopier(const std::filesystem::path& source, AVFormatContext* output, double time_offset_s,
                           std::optional<double> end_s, std::string name)
    : output_(output), name_(std::move(name)), offset_s_(time_offset_s), end_s_(end_s) {
  input_ = open_input(source.string(), source.string());
  const int main_video = av_find_best_stream(input_.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  map_.assign(input_->nb_streams, -1);
  offset_.assign(input_->nb_streams, 0);
  transcode_.resize(input_->nb_streams);
  for (unsigned i = 0; i < input_->nb_streams; ++i) {
    AVStream* in = input_->streams[i];
    const AVCodecParameters* par = in->codecpar;
    const char* type = av_get_media_type_string(par->codec_type);
    const char* codec = avcodec_get_name(par->codec_id);
    if (int(i) == main_video) continue;
    if (par->codec_type == AVMEDIA_TYPE_VIDEO || par->codec_type == AVMEDIA_TYPE_ATTACHMENT) {
      log::warn("'{}': input stream #{} ({} {}) is not copied: only the main video is written", name_, i,
                type ? type : "?", codec);
      continue;
    }
    if (avformat_query_codec(output_->oformat, par->codec_id, FF_COMPLIANCE_NORMAL) == 0) {
      const AVCodecID own = output_->oformat->audio_codec;
      if (par->codec_type == AVMEDIA_TYPE_AUDIO && own != AV_CODEC_ID_NONE) {
        transcode_[i] = std::make_unique<AudioTranscoder>(in, output_, own, name_);
        log::info("'{}': {} cannot hold the input's {} audio (stream #{}); it is re-encoded to {} ({})", name_,
                  output_->oformat->name, codec, i, avcodec_get_name(own), transcode_[i]->encoder_name());
        map_[i] = transcode_[i]->output_index();
        offset_[i] = av_rescale_q(std::llround(offset_s_ * AV_TIME_BASE), AV_TIME_BASE_Q, in->time_base);
        ++copied_;
        continue;
      }
      log::warn("'{}': input stream #{} ({} {}) cannot be stored in {}; it is dropped", name_, i, type ? type : "?",
                codec, output_->oformat->name);
      continue;
    }
    AVStream* out = avformat_new_stream(output_, nullptr);
    if (!out || avcodec_parameters_copy(out->codecpar, par) < 0)
      fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name_);
    out->codecpar->codec_tag = 0;  // let the muxer pick the tag for its container
    out->time_base = in->time_base;
    out->disposition = in->disposition;
    av_dict_copy(&out->metadata, in->metadata, 0);
    map_[i] = out->index;
    offset_[i] = av_rescale_q(std::llround(offset_s_ * AV_TIME_BASE), AV_TIME_BASE_Q, in->time_base);
    ++copied_;
  }
  for (unsigned i = 0; i < input_->nb_streams; ++i)
    if (map_[i] < 0) input_->streams[i]->discard = AVDISCARD_ALL;
  done_ = copied_ == 0;
}

void StreamCopier::copy_up_to(double until_s, const std::function<void(AVPacket*)>& mux) {
  while (!done_) {
    if (!pending_) {
      int r = av_read_frame(input_.get(), packet_.get());
      if (r < 0) {
        if (r != AVERROR_EOF)
          log::warn("'{}': copying the input's other streams stopped early ({})", name_, av_error_text(r));
        done_ = true;
        for (auto& t : transcode_)
          if (t) t->flush(mux);
        break;
      }
      const int si = packet_->stream_index;
      if (si >= int(map_.size()) || map_[si] < 0) {
        av_packet_unref(packet_.get());
        continue;
      }
      pending_ = true;
    }
    AVStream* in = input_->streams[packet_->stream_index];
    const std::int64_t ts = packet_->dts != AV_NOPTS_VALUE ? packet_->dts : packet_->pts;
    const double t = ts == AV_NOPTS_VALUE ? 0.0 : double(ts) * av_q2d(in->time_base);
    if (t > until_s) break;
    const std::int64_t pts = packet_->pts != AV_NOPTS_VALUE ? packet_->pts : ts;
    const double pts_s = pts == AV_NOPTS_VALUE ? t : double(pts) * av_q2d(in->time_base);
    // Untrimmed, everything is copied (AAC priming packets have negative timestamps).
    const bool keep = (offset_s_ <= 0 || pts_s >= offset_s_ - 1e-9) && (!end_s_ || pts_s < *end_s_);
    if (keep) {
      const int si = packet_->stream_index;
      AVStream* out = output_->streams[map_[si]];
      if (packet_->pts != AV_NOPTS_VALUE) packet_->pts -= offset_[si];
      if (packet_->dts != AV_NOPTS_VALUE) packet_->dts -= offset_[si];
      if (transcode_[si]) {
        transcode_[si]->send(packet_.get(), mux);
        av_packet_unref(packet_.get());
        pending_ = false;
        continue;
      }
      av_packet_rescale_ts(packet_.get(), in->time_base, out->time_base);
      packet_->stream_index = out->index;
      packet_->pos = -1;
      mux(packet_.get());  // takes the reference
    }
    av_packet_unref(packet_.get());
    pending_ = false;
  }
}

}  // namespace swapcam::media::detail
