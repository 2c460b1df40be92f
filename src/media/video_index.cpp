#include "media/video_index.h"

#include <algorithm>

#include "core/error.h"
#include "core/file_kind.h"
#include "media/av_util.h"

namespace swapcam::media {

using namespace detail;

VideoIndex index_video(const std::filesystem::path& path) {
  require_regular_file(path);
  const std::string name = path.string();
  InputContextPtr input = open_input(name, name);
  const int best = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (best < 0) fail(ErrorKind::InvalidData, "cannot read '{}': no video stream", name);
  AVStream* stream = input->streams[best];
  for (unsigned i = 0; i < input->nb_streams; ++i)
    if (int(i) != best) input->streams[i]->discard = AVDISCARD_ALL;

  VideoIndex index;
  index.time_base = {stream->time_base.num, stream->time_base.den};
  index.start_pts = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
  const double avg = av_q2d(stream->avg_frame_rate), base = av_q2d(stream->r_frame_rate);
  index.fps = avg > 0 ? avg : base;
  if (stream->nb_frames > 0) index.frames.reserve(std::size_t(std::min<std::int64_t>(stream->nb_frames, 1 << 24)));

  index.tags = container_tags(input.get());

  PacketPtr packet = make_packet();
  for (;;) {
    const int r = av_read_frame(input.get(), packet.get());
    if (r == AVERROR_EOF) break;
    if (r < 0)
      fail(ErrorKind::InvalidData, "cannot read '{}': {} after {} frames", name, av_error_text(r), index.frames.size());
    if (packet->stream_index == best && !(packet->flags & AV_PKT_FLAG_DISCARD)) {
      const std::int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
      if (pts == AV_NOPTS_VALUE)
        fail(ErrorKind::InvalidData, "cannot index '{}': its video packets carry no timestamps (remux it first)", name);
      index.frames.push_back({pts, (packet->flags & AV_PKT_FLAG_KEY) != 0});
    }
    av_packet_unref(packet.get());
  }
  std::stable_sort(index.frames.begin(), index.frames.end(),
                   [](const IndexedFrame& a, const IndexedFrame& b) { return a.pts < b.pts; });
  if (index.frames.empty()) fail(ErrorKind::InvalidData, "cannot read '{}': the video stream has no frames", name);
  return index;
}

}  // namespace swapcam::media
