// Video outputs whose container or rate differs from the input's (issue 16): `-o x.webm` gets VP9
// and Opus (the AAC audio re-encoded because WebM cannot hold it, copied everywhere else), and
// --no-keep-fps resamples the frames to 30 fps by time so the video lasts as long as its audio.
#include <cmath>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

class ContainerAndRate : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
  }
  std::string swap(const std::string& args) const {
    return q(cli_path()) + " swap --execution-provider cpu --execution-threads 2 --models-dir " + q(dir_ / "models") +
           " --detector-model " + q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
           q(model("recognizer_arcface.onnx")) + " --swapper-model " + q(model("swapper_identity.onnx")) + " -s " +
           q(astronaut()) + " " + args;
  }
  fs::path video(const std::string& name, TestVideoSpec spec) const {
    const auto p = dir_ / name;
    std::string log;
    EXPECT_TRUE(make_test_video(p, spec, &log)) << log;
    return p;
  }
  static double duration(const fs::path& f, const std::string& stream) {
    const std::string d = probe(f, stream, "stream=duration");
    try {
      return std::stod(d);
    } catch (...) {
      ADD_FAILURE() << f << " " << stream << " has no duration: '" << d << "'";
      return -1;
    }
  }
  TempDir dir_;
};

TEST_F(ContainerAndRate, WebmGetsVp9AndOpusByDefaultWithTheAudioKept) {
  TestVideoSpec spec;
  spec.width = 320;
  spec.height = 240;
  spec.frames = 20;
  const auto in = video("in.mp4", spec);
  const auto out = dir_ / "out.webm";
  const auto r = run_command(swap("-t " + q(in) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(probe(out, "v:0", "stream=codec_name"), "vp9");
  EXPECT_EQ(probe(out, "a:0", "stream=codec_name"), "opus") << r.output;
  EXPECT_NE(r.output.find("re-encoded to opus"), std::string::npos) << "said in the log: " << r.output;
  EXPECT_EQ(frame_count(out), 20);
  // The audio is all there: its length is the input's (0.8 s), within an Opus frame (20 ms) and padding.
  const auto decoded = run_command("ffmpeg -v error -i " + q(out) + " -map 0:a:0 -f null - 2>&1 && echo decoded");
  EXPECT_NE(decoded.output.find("decoded"), std::string::npos) << decoded.output;
  const std::string samples =
      run_command("ffprobe -v error -select_streams a:0 -show_entries packet=duration_time -of csv=p=0 " + q(out))
          .output;
  double total = 0;
  for (size_t at = 0; at < samples.size();) {
    const size_t end = samples.find('\n', at);
    const std::string line = samples.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (!line.empty()) total += std::stod(line);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  EXPECT_NEAR(total, 0.8, 0.05) << samples;
}

TEST_F(ContainerAndRate, AnExplicitVp9EncoderIntoWebmKeepsTheAudioToo) {
  TestVideoSpec spec;
  spec.width = 320;
  spec.height = 240;
  spec.frames = 10;
  const auto in = video("in.mp4", spec);
  const auto out = dir_ / "out.webm";
  const auto r = run_command(swap("-t " + q(in) + " -o " + q(out) + " --video-encoder libvpx-vp9"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(probe(out, "a:0", "stream=codec_name"), "opus") << r.output;
  EXPECT_EQ(r.output.find("is dropped"), std::string::npos) << r.output;
}

TEST_F(ContainerAndRate, AnMp4OutputStillCopiesTheAudioUntouched) {
  TestVideoSpec spec;
  spec.width = 320;
  spec.height = 240;
  spec.frames = 10;
  const auto in = video("in.mp4", spec);
  const auto out = dir_ / "out.mkv";
  const auto r = run_command(swap("-t " + q(in) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.find("re-encoded"), std::string::npos) << r.output;
  EXPECT_EQ(audio_packet_hashes(out), audio_packet_hashes(in));
}

// 2.0 s at 24 fps: 48 frames, which at a plain 30 fps renumbering lasted 1.6 s against 2.0 s of audio.
TEST_F(ContainerAndRate, NoKeepFpsResamplesByTimeSoTheVideoLastsAsLongAsTheAudio) {
  for (const int fps : {24, 50}) {
    SCOPED_TRACE(fps);
    TestVideoSpec spec;
    spec.width = 320;
    spec.height = 240;
    spec.fps = fps;
    spec.frames = 2 * fps;
    const auto in = video("in" + std::to_string(fps) + ".mp4", spec);
    const auto out = dir_ / ("out" + std::to_string(fps) + ".mp4");
    const auto r = run_command(swap("-t " + q(in) + " -o " + q(out) + " --no-keep-fps"));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(probe(out, "v:0", "stream=r_frame_rate"), "30/1");
    const double video_s = duration(out, "v:0"), audio_s = duration(out, "a:0");
    EXPECT_NEAR(video_s, audio_s, 1.0 / 30 + 1e-3) << "video and audio out of step";
    EXPECT_NEAR(video_s, 2.0, 1.0 / 30 + 1e-3);
    EXPECT_NEAR(double(frame_count(out)), 60.0, 1.0);
  }
}

}  // namespace
}  // namespace swapcam::test
