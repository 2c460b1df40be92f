#include "media/video_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <mutex>
#include <set>
#include <string_view>
#include <system_error>

#include <opencv2/core.hpp>

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
}

#include "core/cpu_cores.h"
#include "core/error.h"
#include "core/file_kind.h"
#include "core/log.h"
#include "media/av_util.h"

namespace swapcam::media {
namespace fs = std::filesystem;
using namespace detail;

std::vector<std::string> hardware_decode_types() {
  std::vector<std::string> out;
  for (AVHWDeviceType t = av_hwdevice_iterate_types(AV_HWDEVICE_TYPE_NONE); t != AV_HWDEVICE_TYPE_NONE;
       t = av_hwdevice_iterate_types(t))
    out.emplace_back(av_hwdevice_get_type_name(t));
  return out;
}

namespace {

// A hardware decoder that cannot be used is said once per process and device type: a job that
// opens one reader per sample or per loop would otherwise repeat it.
void warn_hardware_unavailable(const std::string& type, const std::string& why) {
  static std::mutex mutex;
  static std::set<std::string> said;
  std::lock_guard lock(mutex);
  if (said.insert(type).second)
    log::warn("hardware decoding ({}) is not available: {}; decoding on the CPU", type, why);
}

// The decoder offers its formats; the hardware one is taken when the stream allows it, else the
// first software format (the decoder then decodes on the CPU).
AVPixelFormat pick_hardware_format(AVCodecContext* ctx, const AVPixelFormat* offered) {
  const auto wanted = static_cast<AVPixelFormat>(reinterpret_cast<intptr_t>(ctx->opaque));
  for (const AVPixelFormat* f = offered; *f != AV_PIX_FMT_NONE; ++f)
    if (*f == wanted) return *f;
  for (const AVPixelFormat* f = offered; *f != AV_PIX_FMT_NONE; ++f) {
    const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(*f);
    if (d && !(d->flags & AV_PIX_FMT_FLAG_HWACCEL)) return *f;
  }
  return AV_PIX_FMT_NONE;  // nothing the CPU can take: the decoder reports the frame as an error
}

}  // namespace

struct VideoReader::Impl {
  std::string name;  // for messages
  VideoReaderOptions options;
  VideoInfo info;
  ReadReport report;
  InputContextPtr input;
  CodecContextPtr decoder;
  AVStream* stream = nullptr;
  PacketPtr packet = make_packet();
  FramePtr frame = make_frame();
  FramePtr transferred;  // hardware decoding: the picture copied to system memory
  AVPixelFormat hw_format = AV_PIX_FMT_NONE;
  bool draining = false;
  bool finished = false;
  std::int64_t start_limit_pts = std::numeric_limits<std::int64_t>::min();  // earlier frames are decoded, skipped
  std::optional<std::int64_t> end_limit_pts;
  std::int64_t first_pts = AV_NOPTS_VALUE;
  std::int64_t last_pts = AV_NOPTS_VALUE;
  std::int64_t last_duration = 0;
  std::int64_t first_damaged_pts = AV_NOPTS_VALUE;

  // Gives the decoder a hardware device when the codec supports it here; otherwise a warning and the CPU.
  void attach_hardware(const AVCodec* codec) {
    const AVHWDeviceType type = av_hwdevice_find_type_by_name(options.hardware.c_str());
    if (type == AV_HWDEVICE_TYPE_NONE) {
      const auto known = hardware_decode_types();
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      fail(ErrorKind::Usage, "unknown hardware decoder '{}' (this build knows: {})", options.hardware,
           list.empty() ? "none" : list);
    }
    for (int i = 0;; ++i) {
      const AVCodecHWConfig* config = avcodec_get_hw_config(codec, i);
      if (!config) {
        warn_hardware_unavailable(options.hardware,
                                  fmt::format("the {} decoder has no {} support", codec->name, options.hardware));
        return;
      }
      if ((config->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) && config->device_type == type) {
        hw_format = config->pix_fmt;
        break;
      }
    }
    AVBufferRef* device = nullptr;
    const std::string which = hw_device_string(options.hardware, options.hardware_device);
    if (int r = av_hwdevice_ctx_create(&device, type, which.empty() ? nullptr : which.c_str(), nullptr, 0); r < 0) {
      hw_format = AV_PIX_FMT_NONE;
      warn_hardware_unavailable(options.hardware,
                                fmt::format("no device{} ({})", which.empty() ? "" : " " + which, av_error_text(r)));
      return;
    }
    decoder->hw_device_ctx = device;  // owned by the decoder now
    decoder->opaque = reinterpret_cast<void*>(static_cast<intptr_t>(hw_format));
    decoder->get_format = pick_hardware_format;
    decoder->thread_count = 1;  // the device decodes; CPU threads would only add frame delay
    info.decoder_hardware = options.hardware;
    log::debug("'{}': decoding on {}", name, options.hardware);
  }

  // The picture in system memory: hardware frames are copied down first.
  const AVFrame* in_system_memory(const AVFrame* f) {
    if (hw_format == AV_PIX_FMT_NONE) return f;
    if (f->format != hw_format) {  // the decoder chose software for this stream (e.g. an unsupported profile)
      warn_hardware_unavailable(options.hardware, fmt::format("the device cannot decode this {} stream", info.codec));
      info.decoder_hardware.clear();
      hw_format = AV_PIX_FMT_NONE;
      return f;
    }
    if (!transferred) transferred = make_frame();
    av_frame_unref(transferred.get());
    if (int r = av_hwframe_transfer_data(transferred.get(), f, 0); r < 0)
      fail(ErrorKind::Runtime, "'{}': cannot copy a decoded picture from the {} device ({})", name, options.hardware,
           av_error_text(r));
    av_frame_copy_props(transferred.get(), f);
    return transferred.get();
  }

  double seconds_of(std::int64_t pts) const { return double(pts - info.start_pts) * info.time_base.value(); }
  std::int64_t pts_of(double seconds) const {
    return info.start_pts + std::int64_t(std::llround(seconds / info.time_base.value()));
  }

  void open(const fs::path& path) {
    std::error_code ec;
    if (!(options.allow_pipe && file_kind(path) == FileKind::Fifo)) require_regular_file(path);
    if (fs::file_size(path, ec) == 0 && !ec) fail(ErrorKind::InvalidData, "cannot read '{}': file is empty", name);
    input = open_input(path.string(), name);

    int best = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    for (unsigned i = 0; i < input->nb_streams; ++i) {
      auto type = input->streams[i]->codecpar->codec_type;
      if (type == AVMEDIA_TYPE_AUDIO) ++info.audio_streams;
      else if (int(i) != best) ++info.other_streams;
    }
    if (best < 0)
      fail(ErrorKind::InvalidData, "cannot read '{}': no video stream (the file has {} audio and {} other streams)",
           name, info.audio_streams, info.other_streams);
    stream = input->streams[best];
    info.video_stream_index = best;
    info.path = path;
    info.container = input->iformat->name;

    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
      fail(ErrorKind::InvalidData, "cannot read '{}': no decoder for video codec '{}'", name,
           avcodec_get_name(stream->codecpar->codec_id));
    info.codec = codec->name;
    decoder.reset(avcodec_alloc_context3(codec));
    if (!decoder) fail(ErrorKind::Runtime, "out of memory opening '{}'", name);
    avcodec_parameters_to_context(decoder.get(), stream->codecpar);
    decoder->pkt_timebase = stream->time_base;
    // 0 = the decoder counts cores, which it does without a container's CPU quota.
    decoder->thread_count = options.threads > 0 || cpu_quota_cores() == 0 ? options.threads : hardware_cores();
    decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (!options.hardware.empty()) attach_hardware(codec);
    int r = avcodec_open2(decoder.get(), codec, nullptr);
    if (r < 0)
      fail(ErrorKind::InvalidData, "cannot read '{}': cannot open the {} decoder ({})", name, codec->name,
           av_error_text(r));
    if (stream->codecpar->width <= 0 || stream->codecpar->height <= 0)
      fail(ErrorKind::InvalidData, "cannot read '{}': the video stream has no picture size", name);

    info.time_base = {stream->time_base.num, stream->time_base.den};
    info.avg_frame_rate = {stream->avg_frame_rate.num, stream->avg_frame_rate.den};
    info.r_frame_rate = {stream->r_frame_rate.num, stream->r_frame_rate.den};
    // The average rate is measured over a few packets in some containers (Matroska): when it is
    // within 5% of the base rate, the stream is constant-rate and the base rate is the exact figure.
    const double avg = info.avg_frame_rate.value(), base = info.r_frame_rate.value();
    info.fps = avg > 0 ? avg : base;
    if (avg > 0 && base > 0 && std::abs(avg - base) < 0.05 * base) info.fps = base;
    info.start_pts = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
      info.duration_s = double(stream->duration) * info.time_base.value();
    else if (input->duration != AV_NOPTS_VALUE && input->duration > 0) {
      info.duration_s = double(input->duration) / AV_TIME_BASE;
      // Matroska's Duration is the length of the segment's timeline, which starts at 0, not at the first
      // frame: a file whose timestamps start at 3,000,000 s and run for 2 s says 3,000,002 s. The video
      // lasts from its start to there (this was "the file ends early: ... 2.000 s of 3000002.000 s").
      const double start_s = double(info.start_pts) * info.time_base.value();
      if (std::string_view(input->iformat->name).starts_with("matroska") && start_s > 0 && info.duration_s > start_s)
        info.duration_s -= start_s;
    }
    if (stream->nb_frames > 0) {
      info.frame_count = stream->nb_frames;
      info.frame_count_exact = true;
    } else {
      info.frame_count = std::int64_t(std::llround(info.duration_s * info.fps));
    }
    info.rotation_degrees = options.apply_rotation ? stream_rotation_degrees(stream) : 0;
    bool swap_sides = info.rotation_degrees == 90 || info.rotation_degrees == 270;
    info.width = swap_sides ? stream->codecpar->height : stream->codecpar->width;
    info.height = swap_sides ? stream->codecpar->width : stream->codecpar->height;
    info.metadata = container_tags(input.get());

    // Only the video stream is decoded; the demuxer can skip the rest.
    for (unsigned i = 0; i < input->nb_streams; ++i)
      if (int(i) != best) input->streams[i]->discard = AVDISCARD_ALL;

    if (options.start_s < 0 || (options.end_s && *options.end_s <= options.start_s))
      fail(ErrorKind::Usage, "'{}': invalid trim range (start {} s, end {} s)", name, options.start_s,
           options.end_s ? *options.end_s : -1.0);
    if (options.end_s) end_limit_pts = pts_of(*options.end_s);
    if (options.end_pts) end_limit_pts = *options.end_pts;
    if (options.start_pts && options.end_pts && *options.end_pts <= *options.start_pts)
      fail(ErrorKind::Usage, "'{}': invalid trim range (pts {} to {})", name, *options.start_pts, *options.end_pts);
    const bool starts_late = options.start_pts ? *options.start_pts > info.start_pts : options.start_s > 0;
    if (starts_late) {
      start_limit_pts = options.start_pts ? *options.start_pts : pts_of(options.start_s);
      // Seek to the key frame before the start; frames up to the start are then decoded and dropped.
      if (av_seek_frame(input.get(), best, start_limit_pts, AVSEEK_FLAG_BACKWARD) < 0)
        log::warn("'{}': cannot seek; decoding from the beginning up to {:.3f} s", name, seconds_of(start_limit_pts));
      avcodec_flush_buffers(decoder.get());
    }
    log::debug("'{}': {} {}x{} rot {} fps {:.3f} duration {:.3f} s frames {}{}", name, info.codec, info.width,
               info.height, info.rotation_degrees, info.fps, info.duration_s, info.frame_count,
               info.frame_count_exact ? "" : " (estimate)");
  }

  void stop(std::string problem) {
    if (!problem.empty() && report.problem.empty()) {
      report.complete = false;
      report.problem = std::move(problem);
    }
    finished = true;
  }

  // At the end of the data: was anything missing?
  void check_end() {
    if (!report.problem.empty()) return;
    if (end_limit_pts && last_pts != AV_NOPTS_VALUE &&
        last_pts + std::max<std::int64_t>(last_duration, 1) >= *end_limit_pts)
      return;  // stopped by the trim end, not by the data
    if (report.damaged_packets > 0) {
      report.complete = false;
      report.problem = fmt::format("{} damaged packet(s) could not be decoded, the first at {:.3f} s",
                                   report.damaged_packets, seconds_of(first_damaged_pts));
      return;
    }
    const bool untrimmed = options.start_s <= 0 && !options.start_pts && !end_limit_pts;
    if (untrimmed && info.frame_count_exact && report.frames < info.frame_count) {
      report.complete = false;
      report.problem = fmt::format("the file ends early: {} of {} frames decoded", report.frames, info.frame_count);
      return;
    }
    if (info.duration_s > 0 && info.fps > 0) {
      // Compare where the last frame ends with the stated duration, allowing 1.5 frame intervals
      // (measured over the decoded frames, so variable-rate streams are judged by their own pace).
      double interval = 1.0 / info.fps;
      if (report.frames > 1 && first_pts != AV_NOPTS_VALUE)
        interval = std::max(interval, (seconds_of(last_pts) - seconds_of(first_pts)) / double(report.frames - 1));
      double last_length = last_duration > 0 ? double(last_duration) * info.time_base.value() : interval;
      double end = last_pts == AV_NOPTS_VALUE ? 0.0 : seconds_of(last_pts) + last_length;
      if (end < info.duration_s - 1.5 * interval && (!options.end_s || end < *options.end_s - 1.5 * interval)) {
        report.complete = false;
        report.problem =
            fmt::format("the file ends early: decoding stopped at {:.3f} s of {:.3f} s", end, info.duration_s);
      }
    }
  }

  // For a frame without timestamp: one frame interval after the previous one.
  std::int64_t synthesised_pts() const {
    if (last_pts == AV_NOPTS_VALUE) return info.start_pts;
    if (last_duration > 0) return last_pts + last_duration;
    double interval = 1.0 / (info.fps > 0 ? info.fps : 25.0);
    return last_pts + std::max<std::int64_t>(1, std::llround(interval / info.time_base.value()));
  }

  void note_damage(std::int64_t pts) {
    if (report.damaged_packets++ == 0)
      first_damaged_pts = pts != AV_NOPTS_VALUE ? pts : (last_pts != AV_NOPTS_VALUE ? last_pts : info.start_pts);
  }

  bool read(VideoFrame& out) {
    while (!finished) {
      int r = avcodec_receive_frame(decoder.get(), frame.get());
      if (r == 0) {
        std::int64_t pts = frame->best_effort_timestamp;
#if LIBAVUTIL_VERSION_INT >= AV_VERSION_INT(57, 30, 100)
        std::int64_t duration = frame->duration;
#else
        std::int64_t duration = frame->pkt_duration;
#endif
        if (pts == AV_NOPTS_VALUE) pts = synthesised_pts();
        if (pts < start_limit_pts) {
          av_frame_unref(frame.get());
          continue;
        }
        if (end_limit_pts && pts >= *end_limit_pts) {
          av_frame_unref(frame.get());
          stop({});
          break;
        }
        out.picture = Picture::reference(in_system_memory(frame.get()), info.rotation_degrees);
        av_frame_unref(frame.get());
        if (transferred) av_frame_unref(transferred.get());
        out.image.release();  // always a fresh Mat: the caller may still hold the previous frame's pixels
        if (!options.keep_picture) {
          try {
            out.image = to_bgr(out.picture);
          } catch (const Error& e) {
            fail(e.kind(), "cannot read '{}': {}", name, e.what());
          }
          out.picture = {};
        }
        out.pts = pts;
        out.duration = duration;
        out.seconds = seconds_of(pts);
        out.index = report.frames++;
        if (first_pts == AV_NOPTS_VALUE) first_pts = pts;
        last_pts = pts;
        last_duration = duration;
        report.stopped_at_s = out.seconds;
        return true;
      }
      if (r == AVERROR_EOF) {
        stop({});
        break;
      }
      if (r != AVERROR(EAGAIN)) {  // a frame the decoder could not reconstruct
        note_damage(AV_NOPTS_VALUE);
        continue;
      }
      if (draining) {  // a decoder that neither returns frames nor EOF after a flush
        stop({});
        break;
      }
      r = av_read_frame(input.get(), packet.get());
      if (r < 0) {
        if (r != AVERROR_EOF) {
          report.complete = false;
          report.problem = fmt::format("read error after {:.3f} s ({})", report.stopped_at_s, av_error_text(r));
        }
        avcodec_send_packet(decoder.get(), nullptr);  // drain what is buffered
        draining = true;
        continue;
      }
      if (packet->stream_index == info.video_stream_index) {
        if (packet->flags & AV_PKT_FLAG_CORRUPT) note_damage(packet->pts);
        r = avcodec_send_packet(decoder.get(), packet.get());
        if (r < 0 && r != AVERROR(EAGAIN)) note_damage(packet->pts);
      }
      av_packet_unref(packet.get());
    }
    check_end();
    return false;
  }
};

void ensure_bgr(VideoFrame& frame) {
  if (frame.image.empty() && !frame.picture.empty()) frame.image = to_bgr(frame.picture);
}

VideoReader::VideoReader(const fs::path& path, VideoReaderOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->name = path.string();
  impl_->options = options;
  impl_->open(path);
}

VideoReader::~VideoReader() = default;

const VideoInfo& VideoReader::info() const { return impl_->info; }

bool VideoReader::read(VideoFrame& frame) { return impl_->read(frame); }

const ReadReport& VideoReader::report() const { return impl_->report; }

void VideoReader::throw_if_incomplete() const {
  const ReadReport& r = impl_->report;
  if (!r.complete)
    fail(ErrorKind::InvalidData, "'{}' is truncated or corrupt: {} (decoded {} frames, up to {:.3f} s)", impl_->name,
         r.problem, r.frames, r.stopped_at_s);
}

}  // namespace swapcam::media
