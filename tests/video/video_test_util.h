#pragma once
// Test videos made with the ffmpeg command line (independent of our own writer), and probes with
// ffprobe / ffmpeg's framemd5 muxer.
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "media/atomic_file.h"
#include "media/video_reader.h"
#include "test_support.h"

namespace swapcam::test {

// Every picture of a video as decoded (VideoReaderOptions::keep_picture): what an encoder was given.
inline std::vector<media::Picture> pictures_of(const std::filesystem::path& file) {
  media::VideoReaderOptions o;
  o.keep_picture = true;
  media::VideoReader r(file, o);
  std::vector<media::Picture> out;
  media::VideoFrame f;
  while (r.read(f)) out.push_back(f.picture);
  return out;
}

inline std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }
inline std::filesystem::path astronaut() { return testdata_dir() / "images" / "astronaut.png"; }

struct TestVideoSpec {
  int width = 480, height = 320;
  int fps = 25;
  int frames = 40;
  bool audio = true;
  bool faststart = true;  // moov first: a truncated file still opens
  std::string codec_args = "-c:v libx264 -crf 10 -preset veryfast -pix_fmt yuv420p";
};

// A collage: two astronaut faces gliding across a grey background, plus a 440 Hz sine track.
// Returns false (with the ffmpeg output in `log`) when ffmpeg failed.
inline bool make_test_video(const std::filesystem::path& out, const TestVideoSpec& s, std::string* log = nullptr) {
  cv::Mat face = cv::imread(astronaut().string());
  if (face.empty()) return false;
  const int big = s.height * 6 / 10, small = s.height * 4 / 10;
  cv::Mat face_big, face_small;
  cv::resize(face, face_big, {big, big}, 0, 0, cv::INTER_AREA);
  cv::resize(face, face_small, {small, small}, 0, 0, cv::INTER_AREA);
  const std::string cmd = "ffmpeg -y -v error -f rawvideo -pix_fmt bgr24 -s " + std::to_string(s.width) + "x" +
                          std::to_string(s.height) + " -r " + std::to_string(s.fps) + " -i - " +
                          (s.audio ? "-f lavfi -i sine=frequency=440:sample_rate=44100:duration=" +
                                         std::to_string(double(s.frames) / s.fps) + " -c:a aac -b:a 96k "
                                   : std::string()) +
                          s.codec_args + (s.faststart ? " -movflags +faststart " : " ") + q(out) + " > /dev/null 2>&1";
  FILE* pipe = popen(cmd.c_str(), "w");
  if (!pipe) return false;
  for (int i = 0; i < s.frames; ++i) {
    cv::Mat frame(s.height, s.width, CV_8UC3, cv::Scalar(90, 100, 110));
    const double t = s.frames > 1 ? double(i) / (s.frames - 1) : 0;
    const int x1 = int(t * (s.width / 2 - big)) + 4;
    face_big.copyTo(frame(cv::Rect(x1, (s.height - big) / 2, big, big)));
    const int x2 = s.width - small - 4 - int(t * 40);
    face_small.copyTo(frame(cv::Rect(x2, 8 + int(t * 40), small, small)));
    fwrite(frame.data, 1, frame.total() * 3, pipe);
  }
  const int status = pclose(pipe);
  if (log) *log = cmd;
  return status == 0 && std::filesystem::exists(out);
}

// ffprobe "-show_entries" value of the first stream of a kind ("v:0", "a:0"), or of the format.
inline std::string probe(const std::filesystem::path& file, const std::string& stream, const std::string& entry,
                         bool count_frames = false) {
  std::string cmd = "ffprobe -v error " + (stream.empty() ? std::string() : "-select_streams " + stream + " ") +
                    (count_frames ? "-count_frames " : "") + "-show_entries " + entry + " -of csv=p=0 " + q(file);
  auto r = run_command(cmd);
  std::string out = r.output;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ',')) out.pop_back();
  return out;
}

inline long frame_count(const std::filesystem::path& file) {
  try {
    return std::stol(probe(file, "v:0", "stream=nb_read_frames", true));
  } catch (...) {
    return -1;
  }
}

// (size, md5) of every packet of the first audio stream, as ffmpeg's framemd5 muxer lists them.
inline std::vector<std::string> audio_packet_hashes(const std::filesystem::path& file) {
  auto r = run_command("ffmpeg -v error -i " + q(file) + " -map 0:a:0 -c copy -f framemd5 - 2>/dev/null");
  std::vector<std::string> out;
  std::istringstream lines(r.output);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    // stream, dts, pts, duration, size, hash
    std::vector<std::string> fields;
    std::istringstream f(line);
    std::string field;
    while (std::getline(f, field, ',')) fields.push_back(field);
    if (fields.size() >= 6) out.push_back(fields[4] + fields[5]);
  }
  return out;
}

// Decodes `a` and `b` side by side: every frame's timestamp equal and PSNR at least `min_psnr` dB;
// returns the number of frames and the worst PSNR (frame-count mismatches are test failures).
inline std::pair<int, double> compare_frames(const std::filesystem::path& a_path, const std::filesystem::path& b_path,
                                             double min_psnr) {
  media::VideoReader a(a_path), b(b_path);
  media::VideoFrame fa, fb;
  int frames = 0;
  double worst = 1e9;
  while (a.read(fa)) {
    if (!b.read(fb)) {
      ADD_FAILURE() << b_path << " ends early at frame " << frames;
      return {frames, worst};
    }
    EXPECT_EQ(fa.pts * a.info().time_base.num * b.info().time_base.den,
              fb.pts * b.info().time_base.num * a.info().time_base.den)
        << "timestamp of frame " << frames;
    const double psnr = cv::PSNR(fa.image, fb.image);
    worst = std::min(worst, psnr);
    EXPECT_GE(psnr, min_psnr) << "frame " << frames;
    ++frames;
  }
  EXPECT_FALSE(b.read(fb)) << b_path << " has more frames";
  return {frames, worst};
}

// No file whose name has the temporary marker, and no `out`.
inline bool no_temp_files(const std::filesystem::path& dir) {
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().filename().string().find(media::kTempFileMarker) != std::string::npos) return false;
  return true;
}

}  // namespace swapcam::test
