#pragma once
// Test media made with FFmpeg's libraries directly (not through swapcam's writer, so the reader and
// writer are checked against an independent producer).
#include <cstdint>
#include <filesystem>
#include <vector>

namespace swapcam::test {

struct TestVideoSpec {
  int frames = 30;
  int width = 160;
  int height = 120;
  int fps = 30;
  bool video = true;
  bool audio = true;                 // a 440 Hz sine, AAC (native encoder), as long as the video
  double display_rotation_ccw = 0;   // display matrix angle (ffprobe's "rotation"); -90 = show rotated 90 deg clockwise
  bool variable_frame_rate = false;  // time base 1/(3*fps), frame steps cycling 2, 3, 4 ticks
  int crf = 12;
};

// Writes the file (container from the extension: .mp4, .mkv, .mov); frame i shows make_pattern(w, h, i).
// Throws std::runtime_error when FFmpeg refuses.
void make_test_video(const std::filesystem::path& path, const TestVideoSpec& spec = {});

}  // namespace swapcam::test
