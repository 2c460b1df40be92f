// Arbitrary bytes as a video file (the container picked from the size: mp4, mkv, webm, avi, ts,
// mov) through swapcam's VideoReader: open, probe, decode a bounded number of frames, report.
// Frames or swapcam::Error, never a crash, a hang or unbounded memory.
#include <cstdint>

#include "core/error.h"
#include "fuzz/fuzz_file.h"
#include "media/video_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* kNames[] = {"in.mp4", "in.mkv", "in.webm", "in.avi", "in.ts", "in.mov"};
  const auto path = swapcam::fuzz::write_input(kNames[size % 6], data, size);
  try {
    swapcam::media::VideoReaderOptions options;
    options.threads = 1;  // deterministic, and no thread start-up cost per input
    swapcam::media::VideoReader reader(path, options);
    swapcam::media::VideoFrame frame;
    for (int i = 0; i < 16 && reader.read(frame); ++i) {}
    (void)reader.report();
    reader.throw_if_incomplete();
  } catch (const swapcam::Error&) {}
  return 0;
}
