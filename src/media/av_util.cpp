#include "media/av_util.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>

extern "C" {
#include <libavutil/display.h>
#include <libavutil/error.h>
}

#include "core/error.h"
#include "core/log.h"

namespace swapcam::media::detail {

std::string av_error_text(int code) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, buf, sizeof buf);
  return buf;
}

namespace {

void av_log_to_spdlog(void* avcl, int level, const char* fmt, va_list args) {
  if (level > av_log_get_level()) return;
  // FFmpeg emits lines in pieces; collect them per thread until the newline.
  thread_local std::string pending;
  thread_local int print_prefix = 1;
  char line[1024];
  av_log_format_line2(avcl, level, fmt, args, line, sizeof line, &print_prefix);
  pending += line;
  if (pending.empty() || pending.back() != '\n') return;
  pending.pop_back();
  if (level <= AV_LOG_PANIC) log::error("ffmpeg: {}", pending);
  else log::debug("ffmpeg: {}", pending);
  pending.clear();
}

}  // namespace

void install_av_log_bridge() {
  static std::once_flag once;
  std::call_once(once, [] {
    av_log_set_level(AV_LOG_WARNING);
    av_log_set_callback(av_log_to_spdlog);
  });
}

FramePtr make_frame() {
  FramePtr f(av_frame_alloc());
  if (!f) fail(ErrorKind::Runtime, "out of memory allocating a video frame");
  return f;
}

PacketPtr make_packet() {
  PacketPtr p(av_packet_alloc());
  if (!p) fail(ErrorKind::Runtime, "out of memory allocating a packet");
  return p;
}

InputContextPtr open_input(const std::string& path, const std::string& name) {
  install_av_log_bridge();
  AVFormatContext* raw = nullptr;
  int r = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
  if (r < 0) {
    if (r == AVERROR(ENOENT)) fail(ErrorKind::NotFound, "cannot read '{}': no such file", name);
    if (r == AVERROR_INVALIDDATA || r == AVERROR_EOF)
      fail(ErrorKind::InvalidData, "cannot read '{}': not a video file or corrupt ({})", name, av_error_text(r));
    fail(ErrorKind::Io, "cannot read '{}': {}", name, av_error_text(r));
  }
  InputContextPtr ctx(raw);
  r = avformat_find_stream_info(ctx.get(), nullptr);
  if (r < 0) fail(ErrorKind::InvalidData, "cannot read '{}': corrupt media ({})", name, av_error_text(r));
  return ctx;
}

std::map<std::string, std::string> container_tags(const AVFormatContext* input) {
  std::map<std::string, std::string> tags;
  const AVDictionaryEntry* tag = nullptr;
  while ((tag = av_dict_get(input->metadata, "", tag, AV_DICT_IGNORE_SUFFIX))) {
    std::string key = tag->key;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    tags[key] = tag->value;
  }
  return tags;
}

int stream_rotation_degrees(const AVStream* st) {
  const std::uint8_t* matrix = nullptr;
#if LIBAVFORMAT_VERSION_INT >= AV_VERSION_INT(60, 15, 100)
  const AVPacketSideData* sd = av_packet_side_data_get(st->codecpar->coded_side_data, st->codecpar->nb_coded_side_data,
                                                       AV_PKT_DATA_DISPLAYMATRIX);
  if (sd && sd->size >= 9 * 4) matrix = sd->data;
#else
  size_t size = 0;
  matrix = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, &size);
  if (size < 9 * 4) matrix = nullptr;
#endif
  if (!matrix) return 0;
  // av_display_rotation_get is counter-clockwise; players rotate clockwise by its negation.
  double ccw = av_display_rotation_get(reinterpret_cast<const std::int32_t*>(matrix));
  if (std::isnan(ccw)) return 0;
  int cw = int(std::lround(-ccw / 90.0)) * 90 % 360;
  return cw < 0 ? cw + 360 : cw;
}

int sws_colorspace_for(AVColorSpace space, int height) {
  switch (space) {
    case AVCOL_SPC_BT709: return SWS_CS_ITU709;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M: return SWS_CS_ITU601;
    case AVCOL_SPC_SMPTE240M: return SWS_CS_SMPTE240M;
    case AVCOL_SPC_FCC: return SWS_CS_FCC;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL: return SWS_CS_BT2020;
    default: return height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
  }
}

std::string hw_device_string(const std::string& type, int index) {
  if (index < 0) return {};
  if (type == "cuda" || type == "d3d11va" || type == "dxva2") return std::to_string(index);
  return {};
}

std::map<std::string, std::string> encoder_device_options(const std::string& encoder, int index) {
  // NVENC's "gpu" counts CUDA devices (as CUDA_VISIBLE_DEVICES leaves them), as ORT's device_id does.
  if (index >= 0 && encoder.ends_with("_nvenc")) return {{"gpu", std::to_string(index)}};
  return {};
}

}  // namespace swapcam::media::detail
