#include "media/video_writer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include <fmt/ranges.h>
#include <opencv2/imgproc.hpp>

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/opt.h>
}

#include "core/cpu_cores.h"
#include "core/error.h"
#include "core/log.h"
#include "media/atomic_file.h"
#include "media/av_util.h"
#include "media/frame_convert.h"
#include "media/stream_copy.h"

namespace swapcam::media {
namespace fs = std::filesystem;
using namespace detail;

namespace {

const std::vector<std::string> kKnownEncoders = {"libx264",    "libx265",    "libvpx-vp9",       "h264_nvenc",
                                                 "hevc_nvenc", "h264_vaapi", "h264_videotoolbox"};

bool is_hardware(const std::string& e) {
  return e.ends_with("_nvenc") || e.ends_with("_vaapi") || e.ends_with("_videotoolbox");
}

std::string software_equivalent(const std::string& e) {
  if (e.starts_with("hevc_")) return "libx265";
  return "libx264";
}

struct DictGuard {
  AVDictionary* d = nullptr;
  ~DictGuard() { av_dict_free(&d); }
};

}  // namespace

namespace {

// Speed ranks shared by the families: 0 fastest .. 6 slowest.
constexpr std::array<const char*, 10> kX26xPresets{"ultrafast", "superfast", "veryfast", "faster",   "fast",
                                                   "medium",    "slow",      "slower",   "veryslow", "placebo"};
constexpr std::array<int, 10> kX26xRank{0, 0, 1, 2, 2, 3, 4, 5, 6, 6};
constexpr std::array<const char*, 7> kX26xForRank{"ultrafast", "veryfast", "faster",  "medium",
                                                  "slow",      "slower",   "veryslow"};
constexpr std::array<const char*, 7> kVp9CpuUsedForRank{"8", "6", "5", "4", "2", "1", "0"};

// Speed rank of a preset name of either family, -1 when unknown.
int preset_rank(const std::string& preset) {
  for (std::size_t i = 0; i < kX26xPresets.size(); ++i)
    if (preset == kX26xPresets[i]) return kX26xRank[i];
  if (preset.size() == 2 && preset[0] == 'p' && preset[1] >= '1' && preset[1] <= '7') return preset[1] - '1';
  return -1;
}

}  // namespace

EncoderPreset encoder_preset(const std::string& encoder, const std::string& preset) {
  EncoderPreset out;
  if (preset.empty()) return out;
  const int rank = preset_rank(preset);
  const bool nvenc_name = preset.size() == 2 && preset[0] == 'p';
  const bool nvenc = encoder.ends_with("_nvenc");
  const bool x26x = encoder == "libx264" || encoder == "libx265";
  if ((x26x && !nvenc_name) || (nvenc && (nvenc_name || rank < 0))) return {"preset", preset, {}};  // its own name
  if (rank >= 0 && x26x) out = {"preset", kX26xForRank[std::size_t(rank)], {}};
  else if (rank >= 0 && nvenc) out = {"preset", fmt::format("p{}", rank + 1), {}};
  else if (rank >= 0 && encoder == "libvpx-vp9") out = {"cpu-used", kVp9CpuUsedForRank[std::size_t(rank)], {}};
  else return {{}, {}, fmt::format("{} has no preset '{}'; the encoder's default is used", encoder, preset)};
  out.note = fmt::format("--video-preset {} means {} {} for {}", preset, out.option, out.value, encoder);
  return out;
}

std::map<std::string, std::string> encoder_quality_options(const std::string& encoder, int quality) {
  const int q = std::clamp(quality, 0, 51);
  if (encoder == "libx264" || encoder == "libx265") return {{"crf", std::to_string(q)}};
  if (encoder == "libvpx-vp9") return {{"crf", std::to_string((q * 63 + 25) / 51)}, {"b", "0"}};
  if (encoder.ends_with("_nvenc")) return {{"rc", "vbr"}, {"cq", std::to_string(std::max(q, 1))}, {"b", "0"}};
  if (encoder.ends_with("_vaapi")) return {{"rc_mode", "CQP"}, {"qp", std::to_string(std::max(q, 1))}};
  if (encoder.ends_with("_videotoolbox")) return {{"q:v", std::to_string(std::max(1, 100 - q * 100 / 51))}};
  return {};
}

VideoWriterOptions writer_options_for(const VideoReader& reader, const VideoReaderOptions& trim, bool copy_streams) {
  const VideoInfo& in = reader.info();
  VideoWriterOptions o;
  o.time_base = in.time_base;
  o.frame_rate = in.avg_frame_rate.num > 0 ? in.avg_frame_rate : in.r_frame_rate;
  if (o.frame_rate.num <= 0) o.frame_rate = {30, 1};
  if (copy_streams && (in.audio_streams > 0 || in.other_streams > 0)) o.copy_streams_from = in.path;
  const double stream_start = double(in.start_pts) * in.time_base.value();
  if (trim.start_s > 0) o.time_offset_s = stream_start + trim.start_s;
  if (trim.end_s) o.copy_end_s = stream_start + *trim.end_s;
  return o;
}

struct VideoWriter::Impl {
  std::string name;
  VideoWriterOptions options;
  int width = 0, height = 0;
  std::unique_ptr<AtomicFile> file;
  const AVOutputFormat* oformat = nullptr;
  AVFormatContext* output = nullptr;
  CodecContextPtr encoder;
  std::string encoder_name;
  AVBufferRef* hw_device = nullptr;
  AVStream* video_out = nullptr;
  SwsPtr sws;
  FramePtr frame = make_frame();
  FramePtr hw_frame;
  PacketPtr packet = make_packet();
  std::map<std::int64_t, std::int64_t> durations;  // encoder pts -> duration, for the packets
  std::int64_t offset_pts = 0;                     // time_offset_s in time_base units
  std::int64_t last_pts = std::numeric_limits<std::int64_t>::min();
  std::int64_t frames = 0;
  bool header_written = false;
  bool finished = false;

  std::unique_ptr<StreamCopier> copier;  // the input's other streams, when copied
  int copied = 0;

  ~Impl() { release(); }

  void release() noexcept {
    encoder.reset();
    if (output) {
      if (output->pb) avio_closep(&output->pb);
      avformat_free_context(output);
      output = nullptr;
    }
    av_buffer_unref(&hw_device);
    if (copier) copier->close();
  }

  // Tries to open one encoder; returns an empty string on success, else why not.
  std::string try_open_encoder(const std::string& enc_name) {
    const AVCodec* codec = avcodec_find_encoder_by_name(enc_name.c_str());
    if (!codec) return "not in this FFmpeg build";
    CodecContextPtr ctx(avcodec_alloc_context3(codec));
    if (!ctx) return "out of memory";
    ctx->width = width;
    ctx->height = height;
    ctx->time_base = {options.time_base.num, options.time_base.den};
    ctx->framerate = {options.frame_rate.num, options.frame_rate.den};
    ctx->sample_aspect_ratio = {1, 1};
    ctx->pix_fmt = AV_PIX_FMT_YUV420P;
    ctx->color_range = AVCOL_RANGE_MPEG;
    ctx->colorspace = AVCOL_SPC_BT709;
    ctx->color_primaries = AVCOL_PRI_BT709;
    ctx->color_trc = AVCOL_TRC_BT709;
    // 0 lets the encoder count cores, which it does without a container's CPU quota.
    ctx->thread_count = options.threads > 0 || cpu_quota_cores() == 0 ? options.threads : hardware_cores();
    if (oformat->flags & AVFMT_GLOBALHEADER) ctx->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    DictGuard opts;
    for (const auto& [k, v] : encoder_quality_options(enc_name, options.quality)) {
      if (k == "b") ctx->bit_rate = 0;
      else if (k == "q:v") {
        ctx->flags |= AV_CODEC_FLAG_QSCALE;
        ctx->global_quality = FF_QP2LAMBDA * std::stoi(v);
      } else av_dict_set(&opts.d, k.c_str(), v.c_str(), 0);
    }
    for (const auto& [k, v] : encoder_device_options(enc_name, options.hardware_device))
      av_dict_set(&opts.d, k.c_str(), v.c_str(), 0);
    const EncoderPreset preset = encoder_preset(enc_name, options.preset);
    if (!preset.option.empty()) av_dict_set(&opts.d, preset.option.c_str(), preset.value.c_str(), 0);
    if (!preset.note.empty()) log::info("'{}': {}", name, preset.note);
    if (enc_name == "libx265") av_dict_set(&opts.d, "x265-params", "log-level=error", 0);
    if (enc_name == "libvpx-vp9") {
      av_dict_set(&opts.d, "row-mt", "1", 0);
      if (preset.option.empty()) av_dict_set(&opts.d, "cpu-used", "4", 0);
    }

    AVBufferRef* device = nullptr;
    if (enc_name.ends_with("_vaapi")) {
      // VAAPI encodes from GPU surfaces: frames are converted to NV12 and uploaded.
      int r = av_hwdevice_ctx_create(&device, AV_HWDEVICE_TYPE_VAAPI, nullptr, nullptr, 0);
      if (r < 0) return "no VAAPI device (" + av_error_text(r) + ")";
      AVBufferRef* frames_ref = av_hwframe_ctx_alloc(device);
      auto* fc = reinterpret_cast<AVHWFramesContext*>(frames_ref->data);
      fc->format = AV_PIX_FMT_VAAPI;
      fc->sw_format = AV_PIX_FMT_NV12;
      fc->width = width;
      fc->height = height;
      fc->initial_pool_size = 20;
      r = av_hwframe_ctx_init(frames_ref);
      if (r < 0) {
        av_buffer_unref(&frames_ref);
        av_buffer_unref(&device);
        return "cannot create VAAPI surfaces (" + av_error_text(r) + ")";
      }
      ctx->pix_fmt = AV_PIX_FMT_VAAPI;
      ctx->hw_frames_ctx = frames_ref;  // owned by ctx now
    }
    int r = avcodec_open2(ctx.get(), codec, &opts.d);
    if (r < 0) {
      av_buffer_unref(&device);
      return av_error_text(r);
    }
    hw_device = device;
    encoder = std::move(ctx);
    encoder_name = enc_name;
    return {};
  }

  bool container_holds(AVCodecID codec) const {
    return avformat_query_codec(oformat, codec, FF_COMPLIANCE_NORMAL) == 1;
  }

  void open_encoder() {
    std::string wanted = options.encoder.empty() ? "libx264" : options.encoder;
    std::vector<std::string> candidates;
    if (wanted == "auto" && !container_holds(AV_CODEC_ID_H264) && container_holds(AV_CODEC_ID_VP9)) {
      // "auto" means the container's own codec: WebM holds VP9, not H.264.
      log::info("'{}': {} holds VP9, not H.264: video encoder libvpx-vp9 (choose with --video-encoder)", name,
                oformat->name);
      wanted = "libvpx-vp9";
      candidates = {wanted};
    } else if (wanted == "auto") candidates = {"h264_nvenc", "h264_vaapi", "h264_videotoolbox", "libx264"};
    else if (std::find(kKnownEncoders.begin(), kKnownEncoders.end(), wanted) == kKnownEncoders.end())
      fail(ErrorKind::Usage,
           "unknown video encoder '{}' (use libx264, libx265, libvpx-vp9, h264_nvenc, hevc_nvenc, "
           "h264_vaapi, h264_videotoolbox or auto)",
           wanted);
    else if (is_hardware(wanted)) candidates = {wanted, software_equivalent(wanted)};
    else candidates = {wanted};

    std::vector<std::string> failures;
    for (const auto& c : candidates) {
      std::string why = try_open_encoder(c);
      if (why.empty()) {
        // A machine without hardware encoders is the usual case: their probes are debug lines.
        if (wanted == "auto") {
          if (!failures.empty()) log::debug("hardware video encoders not usable here: {}", fmt::join(failures, "; "));
          log::info("video encoder: {}", c);
        } else if (c != wanted)
          log::warn("video encoder {} is not usable here ({}); using {} instead", wanted, failures.front(), c);
        return;
      }
      failures.push_back(fmt::format("{}: {}", c, why));
    }
    fail(ErrorKind::NotFound, "cannot write '{}': no usable video encoder ({})", name, fmt::join(failures, "; "));
  }

  void open_copy_source() {
    copier = std::make_unique<StreamCopier>(options.copy_streams_from, output, options.time_offset_s,
                                            options.copy_end_s, name);
    copied = copier->copied_streams();
    if (copied == 0) copier.reset();
    else av_dict_copy(&output->metadata, copier->source_metadata(), 0);
  }

  void open(const fs::path& target) {
    if (width <= 0 || height <= 0)
      fail(ErrorKind::Usage, "cannot write '{}': invalid frame size {}x{}", name, width, height);
    if (width % 2 || height % 2)
      fail(ErrorKind::Usage, "cannot write '{}': {}x{} is not even in both sides, as 4:2:0 video requires", name, width,
           height);
    if (options.time_base.num <= 0 || options.time_base.den <= 0)
      fail(ErrorKind::Usage, "cannot write '{}': invalid time base", name);
    if (options.frame_rate.num <= 0 || options.frame_rate.den <= 0) options.frame_rate = {30, 1};
    install_av_log_bridge();
    std::string filename = target.filename().string();
    oformat = av_guess_format(nullptr, filename.c_str(), nullptr);
    if (!oformat || oformat->video_codec == AV_CODEC_ID_NONE)
      fail(ErrorKind::Usage, "cannot write '{}': unknown video container '{}' (use .mp4, .mkv, .mov or .webm)", name,
           target.extension().string());
    file = std::make_unique<AtomicFile>(target);  // checks the directory before any encoding work
    open_encoder();
    if (avformat_query_codec(oformat, encoder->codec_id, FF_COMPLIANCE_NORMAL) == 0)
      fail(ErrorKind::Usage, "cannot write '{}': {} cannot hold {} video (encoder {})", name, oformat->name,
           avcodec_get_name(encoder->codec_id), encoder_name);

    std::string temp = file->temp_path().string();
    if (avformat_alloc_output_context2(&output, oformat, nullptr, temp.c_str()) < 0 || !output)
      fail(ErrorKind::Runtime, "cannot write '{}': cannot create the {} muxer", name, oformat->name);
    video_out = avformat_new_stream(output, nullptr);
    if (!video_out) fail(ErrorKind::Runtime, "cannot write '{}': out of memory", name);
    avcodec_parameters_from_context(video_out->codecpar, encoder.get());
    if (encoder->codec_id == AV_CODEC_ID_HEVC && std::string(oformat->name).find("mp4") != std::string::npos)
      video_out->codecpar->codec_tag = MKTAG('h', 'v', 'c', '1');  // the tag Apple players require
    video_out->time_base = encoder->time_base;
    video_out->avg_frame_rate = encoder->framerate;

    if (!options.copy_streams_from.empty()) open_copy_source();
    if (options.provenance) av_dict_set(&output->metadata, "comment", options.provenance_label.c_str(), 0);
    for (const auto& [key, value] : options.tags) av_dict_set(&output->metadata, key.c_str(), value.c_str(), 0);

    int r = avio_open(&output->pb, temp.c_str(), AVIO_FLAG_WRITE);
    if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", name, av_error_text(r));
    DictGuard mux_opts;
    std::string fmt_name = oformat->name;
    if (fmt_name == "mp4" || fmt_name == "mov")
      av_dict_set(&mux_opts.d, "movflags", options.tags.empty() ? "+faststart" : "+faststart+use_metadata_tags", 0);
    r = avformat_write_header(output, &mux_opts.d);
    if (r < 0)
      fail(ErrorKind::InvalidData, "cannot write '{}': the {} muxer refused the streams ({})", name, fmt_name,
           av_error_text(r));
    header_written = true;
    offset_pts = av_rescale_q(std::llround(options.time_offset_s * AV_TIME_BASE), AV_TIME_BASE_Q, encoder->time_base);

    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = width;
    frame->height = height;
    if (av_frame_get_buffer(frame.get(), 0) < 0) fail(ErrorKind::Runtime, "out of memory allocating a video frame");
    sws.reset(sws_getContext(
        width, height, AV_PIX_FMT_BGR24, width, height, encoder->hw_frames_ctx ? AV_PIX_FMT_NV12 : AV_PIX_FMT_YUV420P,
        SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT | SWS_FULL_CHR_H_INP, nullptr, nullptr, nullptr));
    if (!sws) fail(ErrorKind::Runtime, "cannot write '{}': no colour converter", name);
    const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(sws.get(), sws_getCoefficients(SWS_CS_DEFAULT), 1, bt709, 0, 0, 1 << 16, 1 << 16);
  }

  void mux(AVPacket* p) {
    int r = av_interleaved_write_frame(output, p);
    if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", name, av_error_text(r));
  }

  // Copies packets of the copied streams whose decode time is up to `until_s` (input time).
  void copy_up_to(double until_s) {
    if (copier) copier->copy_up_to(until_s, [this](AVPacket* p) { mux(p); });
  }

  void drain_encoder() {
    for (;;) {
      int r = avcodec_receive_packet(encoder.get(), packet.get());
      if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return;
      if (r < 0)
        fail(ErrorKind::Runtime, "cannot write '{}': encoder {} failed ({})", name, encoder_name, av_error_text(r));
      if (auto it = durations.find(packet->pts); it != durations.end()) {
        packet->duration = it->second;
        durations.erase(it);
      }
      std::int64_t dts = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
      copy_up_to(double(dts + offset_pts) * av_q2d(encoder->time_base));
      packet->stream_index = video_out->index;
      av_packet_rescale_ts(packet.get(), encoder->time_base, video_out->time_base);
      mux(packet.get());
    }
  }

  void write(const cv::Mat& image, std::int64_t pts, std::int64_t duration) {
    if (finished || !header_written) fail(ErrorKind::Usage, "cannot write '{}': the writer is closed", name);
    if (image.cols != width || image.rows != height)
      fail(ErrorKind::InvalidData, "cannot write '{}': frame is {}x{}, the video is {}x{}", name, image.cols,
           image.rows, width, height);
    cv::Mat bgr;
    if (image.type() == CV_8UC3) bgr = image;
    else if (image.type() == CV_8UC1) cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    else if (image.type() == CV_8UC4) cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
    else fail(ErrorKind::InvalidData, "cannot write '{}': frames must be 8-bit BGR", name);

    std::int64_t out_pts = pts - offset_pts;
    if (out_pts <= last_pts) {  // encoders need strictly increasing timestamps
      log::debug("'{}': non-increasing timestamp {} after {}; moved one tick later", name, out_pts, last_pts);
      out_pts = last_pts + 1;
    }
    if (duration <= 0)
      duration = std::max<std::int64_t>(
          1, av_rescale_q(1, {options.frame_rate.den, options.frame_rate.num}, encoder->time_base));

    const std::uint8_t* src[4] = {bgr.data, nullptr, nullptr, nullptr};
    int src_stride[4] = {int(bgr.step[0]), 0, 0, 0};
    AVFrame* to_send = frame.get();
    if (encoder->hw_frames_ctx) {
      FramePtr nv12 = make_frame();
      nv12->format = AV_PIX_FMT_NV12;
      nv12->width = width;
      nv12->height = height;
      if (av_frame_get_buffer(nv12.get(), 0) < 0) fail(ErrorKind::Runtime, "out of memory encoding '{}'", name);
      sws_scale(sws.get(), src, src_stride, 0, height, nv12->data, nv12->linesize);
      hw_frame = make_frame();
      if (av_hwframe_get_buffer(encoder->hw_frames_ctx, hw_frame.get(), 0) < 0 ||
          av_hwframe_transfer_data(hw_frame.get(), nv12.get(), 0) < 0)
        fail(ErrorKind::Runtime, "cannot write '{}': uploading a frame to the VAAPI device failed", name);
      to_send = hw_frame.get();
    } else {
      // The encoder may still hold a reference to the previous picture: get a buffer of our own.
      if (av_frame_make_writable(frame.get()) < 0) fail(ErrorKind::Runtime, "out of memory encoding '{}'", name);
      sws_scale(sws.get(), src, src_stride, 0, height, frame->data, frame->linesize);
    }
    to_send->pts = out_pts;
    to_send->color_range = AVCOL_RANGE_MPEG;
    to_send->colorspace = AVCOL_SPC_BT709;
    durations[out_pts] = duration;
    int r = avcodec_send_frame(encoder.get(), to_send);
    if (r < 0)
      fail(ErrorKind::Runtime, "cannot write '{}': encoder {} failed ({})", name, encoder_name, av_error_text(r));
    last_pts = out_pts;
    ++frames;
    drain_encoder();
  }

  bool takes_pictures() const { return encoder && !encoder->hw_frames_ctx && encoder->pix_fmt == AV_PIX_FMT_YUV420P; }

  void write(const Picture& picture, std::int64_t pts, std::int64_t duration) {
    if (finished || !header_written) fail(ErrorKind::Usage, "cannot write '{}': the writer is closed", name);
    if (!takes_pictures())
      fail(ErrorKind::Usage, "cannot write '{}': encoder {} does not take YUV pictures", name, encoder_name);
    if (!encodes_as_is(picture, cv::Size(width, height)))
      fail(ErrorKind::Usage, "cannot write '{}': the picture is not BT.709 4:2:0 of {}x{}", name, width, height);
    std::int64_t out_pts = pts - offset_pts;
    if (out_pts <= last_pts) {
      log::debug("'{}': non-increasing timestamp {} after {}; moved one tick later", name, out_pts, last_pts);
      out_pts = last_pts + 1;
    }
    if (duration <= 0)
      duration = std::max<std::int64_t>(
          1, av_rescale_q(1, {options.frame_rate.den, options.frame_rate.num}, encoder->time_base));
    // A new reference to the same pixels, without what the decoder attached (captions, picture
    // type, its timestamps): the encoder gets what write(bgr) would give it, pixels aside.
    FramePtr f = make_frame();
    if (av_frame_ref(f.get(), picture.frame()) < 0) fail(ErrorKind::Runtime, "out of memory encoding '{}'", name);
    while (f->nb_side_data > 0) av_frame_remove_side_data(f.get(), f->side_data[0]->type);
    av_dict_free(&f->metadata);
    f->pict_type = AV_PICTURE_TYPE_NONE;
    f->key_frame = 0;
    f->pts = out_pts;
    f->pkt_dts = AV_NOPTS_VALUE;
    f->color_range = AVCOL_RANGE_MPEG;
    f->colorspace = AVCOL_SPC_BT709;
    f->color_primaries = AVCOL_PRI_UNSPECIFIED;  // as write(bgr)'s frame: the stream states them
    f->color_trc = AVCOL_TRC_UNSPECIFIED;
    f->sample_aspect_ratio = {0, 1};
    f->interlaced_frame = 0;
    f->top_field_first = 0;
    durations[out_pts] = duration;
    int r = avcodec_send_frame(encoder.get(), f.get());
    if (r < 0)
      fail(ErrorKind::Runtime, "cannot write '{}': encoder {} failed ({})", name, encoder_name, av_error_text(r));
    last_pts = out_pts;
    ++frames;
    drain_encoder();
  }

  void finish() {
    if (finished) return;
    if (!header_written) fail(ErrorKind::Usage, "cannot write '{}': the writer is closed", name);
    if (frames == 0) fail(ErrorKind::InvalidData, "cannot write '{}': no frames were given", name);
    int r = avcodec_send_frame(encoder.get(), nullptr);
    if (r < 0 && r != AVERROR_EOF) fail(ErrorKind::Runtime, "cannot write '{}': encoder flush failed", name);
    drain_encoder();
    copy_up_to(std::numeric_limits<double>::infinity());
    r = av_write_trailer(output);
    if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", name, av_error_text(r));
    r = avio_closep(&output->pb);
    if (r < 0) fail(ErrorKind::Io, "cannot write '{}': {}", name, av_error_text(r));
    release();
    file->commit();
    finished = true;
  }
};

VideoWriter::VideoWriter(const fs::path& target, int width, int height, VideoWriterOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->name = target.string();
  impl_->options = std::move(options);
  impl_->width = width;
  impl_->height = height;
  impl_->open(target);
}

VideoWriter::~VideoWriter() {
  if (impl_ && !impl_->finished) cancel();
}

void VideoWriter::write(const cv::Mat& bgr, std::int64_t pts, std::int64_t duration) {
  impl_->write(bgr, pts, duration);
}

bool VideoWriter::takes_pictures() const { return impl_->takes_pictures(); }

void VideoWriter::write(const Picture& picture, std::int64_t pts, std::int64_t duration) {
  impl_->write(picture, pts, duration);
}

void VideoWriter::finish() {
  try {
    impl_->finish();
  } catch (...) {
    cancel();
    throw;
  }
}

void VideoWriter::cancel() noexcept {
  impl_->release();
  if (impl_->file) impl_->file->discard();
  impl_->finished = true;
}

const std::string& VideoWriter::encoder_name() const { return impl_->encoder_name; }
std::int64_t VideoWriter::frames_written() const { return impl_->frames; }
int VideoWriter::copied_streams() const { return impl_->copied; }

}  // namespace swapcam::media
