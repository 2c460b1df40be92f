// `swapcam swap` on video and folder targets through the command line: the identity swapper keeps
// every frame, its timing and the audio; bad inputs fail clearly and leave nothing behind.
#include <signal.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include "media/atomic_file.h"
#include "media/video_reader.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

class CliVideo : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
  }

  std::string swap(const std::string& args) const {
    return q(cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") + " --detector-model " +
           q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
           q(model("recognizer_arcface.onnx")) + " --swapper-model " + q(model("swapper_identity.onnx")) + " -s " +
           q(astronaut()) + " " + args;
  }

  fs::path video(const std::string& name, TestVideoSpec spec = {}) const {
    const auto p = dir_ / name;
    std::string log;
    EXPECT_TRUE(make_test_video(p, spec, &log)) << log;
    return p;
  }

  void expect_nothing_left(const fs::path& out) const {
    EXPECT_FALSE(fs::exists(out)) << out;
    if (fs::is_directory(out.parent_path()))
      for (const auto& e : fs::directory_iterator(out.parent_path()))
        EXPECT_EQ(e.path().filename().string().find(media::kTempFileMarker), std::string::npos) << e.path();
  }

  TempDir dir_;
};

TEST_F(CliVideo, IdentitySwapKeepsEveryFrameTheTimingTheAudioAndThePixels) {
  const auto in = video("in.mp4");
  const auto out = dir_ / "out.mp4";
  const auto r = run_command(swap("-t " + q(in) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // The faces were really found and swapped (else the PSNR check would prove nothing).
  EXPECT_EQ(r.output.find("(0 with a swapped face)"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("with a swapped face"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("1 stream copied"), std::string::npos) << r.output;

  EXPECT_EQ(frame_count(out), frame_count(in));
  EXPECT_EQ(frame_count(out), 40);
  const double din = std::stod(probe(in, "v:0", "stream=duration"));
  const double dout = std::stod(probe(out, "v:0", "stream=duration"));
  EXPECT_NEAR(dout, din, 0.5 / 25) << "video stream durations differ";

  const auto audio_in = audio_packet_hashes(in);
  ASSERT_FALSE(audio_in.empty());
  EXPECT_EQ(audio_packet_hashes(out), audio_in) << "audio packets are not byte-identical";

  // Every frame close to the decoded input (identity swap + one lossy re-encode).
  const auto [frames, worst] = compare_frames(in, out, 35.0);
  EXPECT_EQ(frames, 40);
  RecordProperty("worst_psnr_db", std::to_string(worst));
  // The provenance label is in the container.
  EXPECT_NE(probe(out, "", "format_tags=comment").find("swapcam"), std::string::npos);
}

TEST_F(CliVideo, NoAudioTrimAndKeepFrames) {
  const auto in = video("in.mp4");
  const auto out = dir_ / "trim.mp4";
  const auto r =
      run_command(swap("-t " + q(in) + " -o " + q(out) + " --no-audio --start 0.4 --end 1.2 --keep-frames -q"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(probe(out, "a", "stream=index"), "") << "audio was not dropped";
  // 0.4 s .. 1.2 s at 25 fps: frames 10..29.
  EXPECT_EQ(frame_count(out), 20);
  const auto start = std::stod(probe(out, "v:0", "stream=start_time"));
  EXPECT_NEAR(start, 0.0, 0.05) << "a trimmed output starts at 0";
  const auto frames_dir = dir_ / "trim_frames";
  ASSERT_TRUE(fs::is_directory(frames_dir));
  int pngs = 0;
  for (const auto& e : fs::directory_iterator(frames_dir)) pngs += e.path().extension() == ".png" ? 1 : 0;
  EXPECT_EQ(pngs, 20);
  EXPECT_TRUE(fs::exists(frames_dir / "000001.png"));
}

TEST_F(CliVideo, WorkerCountDoesNotChangeTheResult) {
  const auto in = video("in.mp4");
  const auto one = dir_ / "one.mp4", three = dir_ / "three.mp4";
  ASSERT_EQ(run_command(swap("-t " + q(in) + " -o " + q(one) + " --workers 1 -q")).exit_code, 0);
  ASSERT_EQ(run_command(swap("-t " + q(in) + " -o " + q(three) + " --workers 3 -q")).exit_code, 0);
  media::VideoReader a(one), b(three);
  media::VideoFrame fa, fb;
  int n = 0;
  while (a.read(fa)) {
    ASSERT_TRUE(b.read(fb));
    EXPECT_EQ(cv::norm(fa.image, fb.image, cv::NORM_INF), 0.0) << "frame " << n;  // same order, same pixels
    ++n;
  }
  EXPECT_EQ(n, 40);
}

TEST_F(CliVideo, WatermarkIsOnEveryFrameAndNoLabelDropsTheContainerTag) {
  const auto in = video("in.mp4");
  const auto out = dir_ / "marked.mp4";
  ASSERT_EQ(
      run_command(swap("-t " + q(in) + " -o " + q(out) + " --watermark --watermark-opacity 1 --no-label -q")).exit_code,
      0);
  EXPECT_EQ(probe(out, "", "format_tags=comment").find("swapcam"), std::string::npos) << "--no-label kept the tag";
  media::VideoReader a(in), b(out);
  media::VideoFrame fa, fb;
  int n = 0;
  while (a.read(fa)) {
    ASSERT_TRUE(b.read(fb));
    // The bottom-right corner carries the mark, on frames with and without faces; the top-left
    // corner (grey background) is the input after one lossy re-encode.
    const cv::Rect corner(fa.image.cols * 3 / 4, fa.image.rows * 7 / 8, fa.image.cols / 4, fa.image.rows / 8);
    const cv::Rect clean(0, 0, fa.image.cols / 4, fa.image.rows / 8);
    EXPECT_LT(cv::PSNR(fa.image(corner), fb.image(corner)), 25.0) << "no mark on frame " << n;
    EXPECT_GT(cv::PSNR(fa.image(clean), fb.image(clean)), 35.0) << "frame " << n;
    ++n;
  }
  EXPECT_EQ(n, 40);
}

TEST_F(CliVideo, NsfwFilterRefusesAFlaggedVideoBeforeWritingAndPassesAnother) {
  const auto in = video("in.mp4");
  auto filter = [](const char* v) {
    std::string a = " --nsfw-filter";
    for (const char* id : {"nsfw_1", "nsfw_2", "nsfw_3"})
      a += " --nsfw-model " + q(model(std::string(id) + "_" + v + ".onnx"));
    return a;
  };
  const auto refused = dir_ / "refused.mp4";
  const auto r = run_command(swap("-t " + q(in) + " -o " + q(refused) + filter("yes")));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  // 40 frames at 25 fps: frames 0 and 25 are sampled.
  EXPECT_NE(r.output.find("2 of 2 sampled frames (one a second) were flagged"), std::string::npos) << r.output;
  expect_nothing_left(refused);

  const auto passed = dir_ / "passed.mp4";
  const auto p = run_command(swap("-t " + q(in) + " -o " + q(passed) + filter("no")));
  ASSERT_EQ(p.exit_code, 0) << p.output;
  EXPECT_NE(p.output.find("0 of 2 sampled frames flagged"), std::string::npos) << p.output;
  EXPECT_EQ(frame_count(passed), 40);
}

TEST_F(CliVideo, TextFileNamedMp4IsAClearErrorAndLeavesNothing) {
  const auto bad = dir_ / "notes.mp4";
  std::ofstream(bad) << "this is not a video\n";
  const auto out = dir_ / "out.mp4";
  const auto r = run_command(swap("-t " + q(bad) + " -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("notes.mp4"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("swapcam: error:"), std::string::npos) << r.output;
  expect_nothing_left(out);
}

TEST_F(CliVideo, FileWithoutVideoStreamIsAClearError) {
  const auto audio = dir_ / "audio_only.mp4";
  ASSERT_EQ(run_command("ffmpeg -y -v error -f lavfi -i sine=duration=1 -c:a aac " + q(audio)).exit_code, 0);
  const auto out = dir_ / "out.mp4";
  const auto r = run_command(swap("-t " + q(audio) + " -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("video stream"), std::string::npos) << r.output;
  expect_nothing_left(out);
}

TEST_F(CliVideo, TruncatedVideoFailsUnlessAllowPartial) {
  TestVideoSpec spec;
  spec.frames = 60;
  spec.codec_args += " -g 10";  // keyframes every 10 frames: the part before the cut decodes
  const auto good = video("good.mp4", spec);
  const auto cut = dir_ / "cut.mp4";
  {
    std::ifstream src(good, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(src)), std::istreambuf_iterator<char>());
    std::ofstream(cut, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size() * 7 / 10));
  }
  const auto out = dir_ / "out.mp4";
  const auto r = run_command(swap("-t " + q(cut) + " -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("stopped at"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("--allow-partial"), std::string::npos) << r.output;
  expect_nothing_left(out);

  const auto r2 = run_command(swap("-t " + q(cut) + " -o " + q(out) + " --allow-partial"));
  ASSERT_EQ(r2.exit_code, 0) << r2.output;
  EXPECT_NE(r2.output.find("stopped at"), std::string::npos) << r2.output;  // the warning says where
  const long frames = frame_count(out);
  EXPECT_GT(frames, 0);
  EXPECT_LT(frames, 60);
}

TEST_F(CliVideo, UnwritableOutputIsAClearErrorAndLeavesNothing) {
  const auto in = video("in.mp4");
  const auto file = dir_ / "plain_file";
  std::ofstream(file) << "x";
  for (const fs::path out : {dir_ / "missing_dir" / "out.mp4", file / "out.mp4"}) {
    const auto r = run_command(swap("-t " + q(in) + " -o " + q(out)));
    EXPECT_EQ(r.exit_code, 1) << out << ": " << r.output;
    EXPECT_NE(r.output.find("swapcam: error:"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out));
  }
  if (fs::is_directory("/proc/self")) {  // even root cannot create files in /proc
    const auto r = run_command(swap("-t " + q(in) + " -o /proc/swapcam-video-test.mp4"));
    EXPECT_EQ(r.exit_code, 1) << r.output;
  }
  // Output == input is refused, and the input survives.
  const auto before = fs::file_size(in);
  const auto r = run_command(swap("-t " + q(in) + " -o " + q(in)));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_EQ(fs::file_size(in), before);
  // An output name we cannot encode into.
  const auto r2 = run_command(swap("-t " + q(in) + " -o " + q(dir_ / "out.avi")));
  EXPECT_EQ(r2.exit_code, 2) << r2.output;
  EXPECT_TRUE(no_temp_files(dir_.path()));
}

TEST_F(CliVideo, CtrlCStopsCleanlyAndRemovesTheTemporaryFile) {
  TestVideoSpec spec;
  spec.frames = 400;
  const auto in = video("long.mp4", spec);
  const auto out = dir_ / "out.mp4";
  const auto log = dir_ / "log.txt";
  const auto pidfile = dir_ / "pid";
  // Start in the background, wait until the temporary output exists (the run has begun), then SIGINT.
  ASSERT_EQ(
      run_command(swap("-t " + q(in) + " -o " + q(out)) + " > " + q(log) + " 2>&1 & echo $! > " + q(pidfile)).exit_code,
      0);
  pid_t pid = 0;
  std::ifstream(pidfile) >> pid;
  ASSERT_GT(pid, 0);
  bool started = false;
  for (int i = 0; i < 3000 && !started; ++i) {
    for (const auto& e : fs::directory_iterator(dir_.path()))
      if (e.path().filename().string().find(media::kTempFileMarker) != std::string::npos) started = true;
    if (!started) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(started) << "the run never created its temporary output";
  ASSERT_EQ(kill(pid, SIGINT), 0);
  // The process is not our child (the shell's): wait for it to go away.
  for (int i = 0; i < 3000 && kill(pid, 0) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_NE(kill(pid, 0), 0) << "swapcam did not stop after SIGINT";
  std::ifstream lf(log);
  std::string text((std::istreambuf_iterator<char>(lf)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("cancelled"), std::string::npos) << text;
  expect_nothing_left(out);
}

TEST_F(CliVideo, FolderTargetSwapsEveryImageAndVideo) {
  const auto folder = dir_ / "in";
  fs::create_directories(folder);
  fs::copy_file(astronaut(), folder / "a.png");
  TestVideoSpec spec;
  spec.frames = 10;
  std::string log;
  ASSERT_TRUE(make_test_video(folder / "b.mp4", spec, &log)) << log;
  std::ofstream(folder / "readme.txt") << "not media";
  const auto out = dir_ / "out";
  const auto r = run_command(swap("-t " + q(folder) + " -o " + q(out)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(out / "a.png"));
  EXPECT_TRUE(fs::exists(out / "b.mp4"));
  EXPECT_FALSE(fs::exists(out / "readme.txt"));
  EXPECT_EQ(frame_count(out / "b.mp4"), 10);
  EXPECT_NE(r.output.find("1 images, 1 videos, 0 failed, 1 other files skipped"), std::string::npos) << r.output;

  // A broken file in the folder fails alone; the command exits 1 and says which.
  std::ofstream(folder / "c.mp4") << "garbage";
  const auto out2 = dir_ / "out2";
  const auto r2 = run_command(swap("-t " + q(folder) + " -o " + q(out2)));
  EXPECT_EQ(r2.exit_code, 1) << r2.output;
  EXPECT_NE(r2.output.find("c.mp4"), std::string::npos) << r2.output;
  EXPECT_TRUE(fs::exists(out2 / "b.mp4"));
  EXPECT_FALSE(fs::exists(out2 / "c.mp4"));
  EXPECT_TRUE(no_temp_files(out2));
  // The target folder as the output folder is refused.
  EXPECT_EQ(run_command(swap("-t " + q(folder) + " -o " + q(folder))).exit_code, 2);
}

}  // namespace
}  // namespace swapcam::test
