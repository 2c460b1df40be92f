#pragma once
// Joins encoded video files end to end without re-encoding: their packets are copied in order into
// one output, with another file's audio (and other) streams copied beside them. The parts must come
// from one encoder with one set of settings (same codec, size and stream headers); anything else is
// refused before the output is created. Written under a temporary name and renamed on success.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace swapcam::media {

struct ConcatPart {
  std::filesystem::path path;
  // Added to every timestamp of this part (in its own stream time base) so that it lands where the
  // caller knows it belongs, whatever the part's container did to its start.
  std::int64_t pts_shift = 0;
};

struct ConcatOptions {
  std::filesystem::path copy_streams_from;  // audio etc. copied from here; empty: video only
  std::map<std::string, std::string> tags;  // container tags of the output ("comment", ...)
  bool copy_source_tags = true;             // the copy source's container tags too (as a swap does)
};

struct ConcatResult {
  std::int64_t packets = 0;
  int copied_streams = 0;
};

// Throws Error: Usage (container cannot hold the codec), InvalidData (a part unreadable, without
// video, encoded differently from the first, or overlapping the part before it in time), Io.
ConcatResult concat_video(const std::vector<ConcatPart>& parts, const std::filesystem::path& output,
                          const ConcatOptions& options);

}  // namespace swapcam::media
