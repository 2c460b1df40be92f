#pragma once
// Copies the non-video streams of an input (audio, subtitles, data) into an output being muxed,
// packet for packet, interleaved with the video by decode time. An audio stream whose codec the
// container cannot hold (AAC in WebM) is re-encoded to the container's own (Opus; audio_transcode.h),
// said once in the log; nothing else is re-encoded. Shared by the video writer (a swap's output)
// and the segment joiner (internal to the media layer).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "media/audio_transcode.h"
#include "media/av_util.h"

namespace swapcam::media::detail {

class StreamCopier {
 public:
  // Adds one output stream per copyable stream of `source` to `output` (before its header is
  // written). `time_offset_s` is subtracted from every copied timestamp and packets before it are
  // dropped (0: everything kept); packets at or after `end_s` are dropped. `name` is the output's
  // name for messages.
  StreamCopier(const std::filesystem::path& source, AVFormatContext* output, double time_offset_s,
               std::optional<double> end_s, std::string name);

  int copied_streams() const { return copied_; }
  // The source's container tags (copied onto the output by the caller when it wants them).
  const AVDictionary* source_metadata() const { return input_ ? input_->metadata : nullptr; }

  // Writes, through `mux`, every copied packet whose decode time (source time) is up to `until_s`.
  void copy_up_to(double until_s, const std::function<void(AVPacket*)>& mux);
  void close() noexcept { input_.reset(); }

 private:
  InputContextPtr input_;
  AVFormatContext* output_ = nullptr;
  std::string name_;
  double offset_s_ = 0;
  std::optional<double> end_s_;
  std::vector<int> map_;              // source stream index -> output stream index (-1: not copied)
  std::vector<std::int64_t> offset_;  // offset_s_ per source stream, in its time base
  std::vector<std::unique_ptr<AudioTranscoder>> transcode_;  // per source stream; null: copied as it is
  PacketPtr packet_ = make_packet();
  bool pending_ = false;  // packet_ holds a packet not yet written
  bool done_ = true;
  int copied_ = 0;
};

}  // namespace swapcam::media::detail
