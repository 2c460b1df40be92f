#include "media/video_concat.h"

#include <cstring>
#include <limits>
#include <memory>

#include "core/error.h"
#include "core/file_kind.h"
#include "media/atomic_file.h"
#include "media/av_util.h"
#include "media/stream_copy.h"

namespace swapcam::media {

namespace fs = std::filesystem;
using namespace detail;

namespace {

struct OpenPart {
  InputContextPtr input;
  int stream = -1;
  std::int64_t shift = 0;
  std::string name;
};

OpenPart open_part(const ConcatPart& p) {
  require_regular_file(p.path);
  OpenPart part;
  part.name = p.path.string();
  part.input = open_input(part.name, part.name);
  part.stream = av_find_best_stream(part.input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (part.stream < 0) fail(ErrorKind::InvalidData, "cannot join '{}': it has no video stream", part.name);
  for (unsigned i = 0; i < part.input->nb_streams; ++i)
    if (int(i) != part.stream) part.input->streams[i]->discard = AVDISCARD_ALL;
  part.shift = p.pts_shift;
  return part;
}

// Why `b` cannot follow `a` in one stream ("" when it can).
std::string encoding_difference(const AVCodecParameters* a, const AVCodecParameters* b) {
  if (a->codec_id != b->codec_id)
    return std::string("codec ") + avcodec_get_name(b->codec_id) + " instead of " + avcodec_get_name(a->codec_id);
  if (a->width != b->width || a->height != b->height)
    return std::to_string(b->width) + "x" + std::to_string(b->height) + " instead of " + std::to_string(a->width) +
           "x" + std::to_string(a->height);
  if (a->format != b->format) return "another pixel format";
  if (a->extradata_size != b->extradata_size ||
      (a->extradata_size > 0 && std::memcmp(a->extradata, b->extradata, std::size_t(a->extradata_size)) != 0))
    return "other encoder settings (the stream headers differ)";
  return {};
}

}  // namespace

ConcatResult concat_video(const std::vector<ConcatPart>& parts, const fs::path& output, const ConcatOptions& options) {
  if (parts.empty()) fail(ErrorKind::Usage, "nothing to join: no parts given");
  const std::string out_name = output.string();
  // Every part opened and compared before the output exists.
  std::vector<OpenPart> open;
  for (const auto& p : parts) open.push_back(open_part(p));
  const AVStream* first = open.front().input->streams[open.front().stream];
  for (std::size_t i = 1; i < open.size(); ++i) {
    const AVStream* s = open[i].input->streams[open[i].stream];
    if (auto why = encoding_difference(first->codecpar, s->codecpar); !why.empty())
      fail(ErrorKind::InvalidData,
           "cannot join '{}' after '{}': it was encoded with {}; re-run that segment with the same options",
           open[i].name, open.front().name, why);
  }

  install_av_log_bridge();
  const std::string filename = output.filename().string();
  const AVOutputFormat* oformat = av_guess_format(nullptr, filename.c_str(), nullptr);
  if (!oformat || oformat->video_codec == AV_CODEC_ID_NONE)
    fail(ErrorKind::Usage, "cannot write '{}': unknown video container '{}' (use .mp4, .mkv, .mov or .webm)", out_name,
         output.extension().string());
  if (avformat_query_codec(oformat, first->codecpar->codec_id, FF_COMPLIANCE_NORMAL) == 0)
    fail(ErrorKind::Usage, "cannot write '{}': {} cannot hold {} video", out_name, oformat->name,
         avcodec_get_name(first->codecpar->codec_id));

  AtomicFile file(output);
  const std::string temp = file.temp_path().string();
  AVFormatContext* raw = nullptr;
  if (avformat_alloc_output_context2(&raw, oformat, nullptr, temp.c_str()) < 0 || !raw)
    fail(ErrorKind::Runtime, "cannot write '{}': cannot create the {} muxer", out_name, oformat->name);
  struct OutputCloser {
    void operator()(AVFormatContext* c) const {
      if (c->pb) avio_closep(&c->pb);
      avformat_free_context(c);
    }
  };
  std::unique_ptr<AVFormatContext, OutputCloser> out(raw);
  AVStream* video = avformat_new_stream(out.get(), nullptr);
  if (!video || avcodec_parameters_copy(video->codecpar, first->codecpar) < 0)
    fail(ErrorKind::Runtime, "cannot write '{}': out of memory", out_name);
  video->codecpar->codec_tag = 0;
  if (first->codecpar->codec_id == AV_CODEC_ID_HEVC && std::string(oformat->name).find("mp4") != std::string::npos)
    video->codecpar->codec_tag = MKTAG('h', 'v', 'c', '1');
  video->time_base = first->time_base;
  video->avg_frame_rate = first->avg_frame_rate;

  std::unique_ptr<StreamCopier> copier;
  ConcatResult result;
  if (!options.copy_streams_from.empty()) {
    copier = std::make_unique<StreamCopier>(options.copy_streams_from, out.get(), 0.0, std::nullopt, out_name);
    result.copied_streams = copier->copied_streams();
    if (options.copy_source_tags && result.copied_streams > 0)
      av_dict_copy(&out->metadata, copier->source_metadata(), 0);
  }
  for (const auto& [key, value] : options.tags) av_dict_set(&out->metadata, key.c_str(), value.c_str(), 0);

  int r = avio_open(&out->pb, temp.c_str(), AVIO_FLAG_WRITE);
  if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(r));
  AVDictionary* mux_opts = nullptr;
  const std::string fmt_name = oformat->name;
  if (fmt_name == "mp4" || fmt_name == "mov") av_dict_set(&mux_opts, "movflags", "+faststart", 0);
  r = avformat_write_header(out.get(), &mux_opts);
  av_dict_free(&mux_opts);
  if (r < 0)
    fail(ErrorKind::InvalidData, "cannot write '{}': the {} muxer refused the streams ({})", out_name, fmt_name,
         av_error_text(r));

  const auto mux = [&](AVPacket* p) {
    const int w = av_interleaved_write_frame(out.get(), p);
    if (w < 0) fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(w));
  };
  PacketPtr packet = make_packet();
  std::int64_t last_dts = std::numeric_limits<std::int64_t>::min();  // in the first part's time base
  for (auto& part : open) {
    const AVStream* in = part.input->streams[part.stream];
    for (;;) {
      r = av_read_frame(part.input.get(), packet.get());
      if (r == AVERROR_EOF) break;
      if (r < 0) fail(ErrorKind::InvalidData, "cannot join '{}': {}", part.name, av_error_text(r));
      if (packet->stream_index != part.stream) {
        av_packet_unref(packet.get());
        continue;
      }
      if (packet->pts != AV_NOPTS_VALUE) packet->pts += part.shift;
      if (packet->dts != AV_NOPTS_VALUE) packet->dts += part.shift;
      av_packet_rescale_ts(packet.get(), in->time_base, first->time_base);
      const std::int64_t dts = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
      if (dts != AV_NOPTS_VALUE) {
        if (dts <= last_dts)
          fail(ErrorKind::InvalidData, "cannot join '{}': it overlaps the part before it in time (at {:.3f} s)",
               part.name, double(dts) * av_q2d(first->time_base));
        last_dts = dts;
        if (copier) copier->copy_up_to(double(dts) * av_q2d(first->time_base), mux);
      }
      av_packet_rescale_ts(packet.get(), first->time_base, video->time_base);
      packet->stream_index = video->index;
      packet->pos = -1;
      mux(packet.get());
      ++result.packets;
    }
  }
  if (copier) copier->copy_up_to(std::numeric_limits<double>::infinity(), mux);
  r = av_write_trailer(out.get());
  if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(r));
  r = avio_closep(&out->pb);
  if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", out_name, av_error_text(r));
  out.reset();
  file.commit();
  return result;
}

}  // namespace swapcam::media
