#pragma once
// `swapcam join`: the parts of `swap --segment K/N` back into one video, without re-encoding. The
// parts are checked first (each describes itself: target, options, segment, frames): a part
// missing, given twice, from another plan, another target or another option set, or not holding the
// frames its segment should, is refused with one line naming it, and nothing is written.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace swapcam::pipeline {

struct JoinResult {
  std::filesystem::path output;
  int parts = 0;
  std::int64_t frames = 0;
  int copied_streams = 0;  // audio and other streams copied from the target
  double elapsed_s = 0;
};

JoinResult join_segments(const std::filesystem::path& target, const std::filesystem::path& output,
                         const std::vector<std::filesystem::path>& parts);

}  // namespace swapcam::pipeline
