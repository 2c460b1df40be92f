#pragma once
// The video bench's reference: decode and re-encode with FFmpeg's libraries alone, pictures handed
// from decoder to encoder in their decoded YUV form (what `ffmpeg -i in -c:v libx264 -crf Q out`
// does), with the encoder settings the writer uses. No ffmpeg program is run: CI may not have one.
#include <cstdint>
#include <filesystem>
#include <string>

namespace swapcam::media {

struct ReferenceEncodeOptions {
  std::string encoder = "libx264";
  int quality = 18;    // CRF, as VideoWriterOptions::quality
  std::string preset;  // empty: the encoder's default
  int threads = 0;     // decoder and encoder threads; 0: as VideoReader/VideoWriter choose
};

// Re-encodes the video stream of `input` into `output` (container from the extension; no audio).
// Returns the frames encoded. Throws Error: NotFound, InvalidData (no video, pixel format other than
// 8-bit 4:2:0), Io.
std::int64_t reference_reencode(const std::filesystem::path& input, const std::filesystem::path& output,
                                const ReferenceEncodeOptions& options = {});

}  // namespace swapcam::media
