#pragma once
// A video's frames without decoding them: every video packet's presentation timestamp and whether
// it is a key frame, in presentation order. Demuxing only, so an hour of 1080p indexes in seconds;
// segment plans and the joiner's coverage check are built on it.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "media/video_reader.h"

namespace swapcam::media {

struct IndexedFrame {
  std::int64_t pts = 0;  // in VideoIndex::time_base
  bool key = false;      // decoding can start here
};

struct VideoIndex {
  Rational time_base;
  std::int64_t start_pts = 0;               // the stream's first timestamp
  double fps = 0;                           // as the reader reports it
  std::vector<IndexedFrame> frames;         // presentation order, one per displayed frame
  std::map<std::string, std::string> tags;  // container tags, keys lower-cased
  double seconds_of(std::int64_t pts) const { return double(pts - start_pts) * time_base.value(); }
};

// Throws Error: NotFound, InvalidData (not a video, no video stream, packets without timestamps).
VideoIndex index_video(const std::filesystem::path& path);

}  // namespace swapcam::media
