// `swap --segment K/N` then `join`, through the command line, against a one-process run of the same
// command: same frames, same timestamps, the audio byte for byte; and every way a set of parts can
// be wrong is refused with nothing written.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include "media/video_reader.h"
#include "../video/video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

class Segments : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
    TestVideoSpec spec;
    // Key frames every 12 frames and B-frames: boundaries fall on key frames, decode order differs.
    spec.frames = 48;
    spec.codec_args =
        "-c:v libx264 -crf 12 -preset veryfast -pix_fmt yuv420p -g 12 -keyint_min 12 -sc_threshold 0 -bf 2";
    target_ = dir_ / "clip.mp4";
    std::string log;
    ASSERT_TRUE(make_test_video(target_, spec, &log)) << log;
  }

  std::string swap(const std::string& args, const fs::path& target = {}) const {
    return q(cli_path()) + " swap -q --execution-provider cpu --models-dir " + q(dir_ / "models") +
           " --detector-model " + q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
           q(model("recognizer_arcface.onnx")) + " --swapper-model " + q(model("swapper_identity.onnx")) + " -s " +
           q(astronaut()) + " -t " + q(target.empty() ? target_ : target) + " " + args;
  }
  fs::path part(int k, int n, const std::string& extra = "") const {
    const auto p = dir_ / ("part" + std::to_string(k) + "of" + std::to_string(n) + ".mp4");
    const auto r =
        run_command(swap("--segment " + std::to_string(k) + "/" + std::to_string(n) + " -o " + q(p) + " " + extra));
    EXPECT_EQ(r.exit_code, 0) << r.output;
    return p;
  }
  CommandResult join(const fs::path& out, const std::vector<fs::path>& parts, const fs::path& target = {}) const {
    std::string cmd = q(cli_path()) + " join -t " + q(target.empty() ? target_ : target) + " -o " + q(out);
    for (const auto& p : parts) cmd += " " + q(p);
    return run_command(cmd);
  }
  void expect_refused(const std::vector<fs::path>& parts, const std::string& reason,
                      const fs::path& target = {}) const {
    const auto out = dir_ / "refused.mp4";
    const auto r = join(out, parts, target);
    EXPECT_NE(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find(reason), std::string::npos) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << "one line: " << r.output;
    EXPECT_FALSE(fs::exists(out));
    EXPECT_TRUE(no_temp_files(dir_.path()));
  }

  TempDir dir_;
  fs::path target_;
};

TEST_F(Segments, JoinedPartsMatchOneProcessRun) {
  const auto whole = dir_ / "whole.mp4";
  auto r = run_command(swap("-o " + q(whole)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // Parts given out of order: join orders them by their segment numbers.
  const std::vector<fs::path> parts{part(2, 3), part(0, 3), part(1, 3)};
  EXPECT_EQ(probe(parts[0], "a", "stream=index"), "") << "a part is video only";
  const auto joined = dir_ / "joined.mp4";
  r = join(joined, parts);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("48 frames from 3 parts, 1 stream copied"), std::string::npos) << r.output;

  EXPECT_EQ(frame_count(joined), 48);
  const auto audio = audio_packet_hashes(target_);
  ASSERT_FALSE(audio.empty());
  EXPECT_EQ(audio_packet_hashes(joined), audio) << "audio not copied byte for byte";
  EXPECT_EQ(audio_packet_hashes(whole), audio);
  EXPECT_EQ(probe(joined, "v:0", "stream=duration"), probe(whole, "v:0", "stream=duration"));

  // Frames may differ by encoder noise only (38 dB), timestamps not at all.
  const auto [frames, worst] = compare_frames(whole, joined, 38.0);
  EXPECT_EQ(frames, 48);
  RecordProperty("worst_psnr_db_vs_one_process", std::to_string(worst));
  EXPECT_NE(probe(joined, "", "format_tags=comment").find("swapcam"), std::string::npos) << "provenance label lost";
}

TEST_F(Segments, JoinRefusesAGapADuplicateAndAnOverlap) {
  // 48 frames, key frames every 12: the three segments start at frames 0, 12 and 36.
  const auto p0 = part(0, 3), p1 = part(1, 3), p2 = part(2, 3);
  expect_refused({p0, p2}, "segment 1 of 3 is missing: a gap at frames 12 to 35");
  expect_refused({p0, p1, p1, p2}, "segment 1 of 3 is given twice");
  const auto q1 = part(1, 2);  // frames 24..47 of a two-segment plan
  expect_refused({p0, p1, p2, q1}, "parts of different plans overlap");
  // A part from another target.
  const auto other = dir_ / "other.mp4";
  TestVideoSpec spec;
  spec.frames = 48;
  ASSERT_TRUE(make_test_video(other, spec));
  expect_refused({p0, p1, p2}, "was made from another video", other);
}

TEST_F(Segments, JoinRefusesOtherOptionsAndDamagedParts) {
  const auto p0 = part(0, 2), p1 = part(1, 2, "--many-faces");
  expect_refused({p0, p1}, "was made with other options");
  // A part cut short (half its bytes) is not a complete part.
  const auto p1ok = part(1, 2);
  const auto cut = dir_ / "cut.mp4";
  fs::copy_file(p1ok, cut);
  fs::resize_file(cut, fs::file_size(cut) / 2);
  const auto r = join(dir_ / "refused.mp4", {p0, cut});
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("cut.mp4"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(dir_ / "refused.mp4"));
  // A file that is not a part at all.
  expect_refused({p0, target_}, "is not a segment part");
  // The output may not be a part or the target.
  const auto self = join(p0, {p0, p1ok});
  EXPECT_NE(self.exit_code, 0) << self.output;
  EXPECT_GT(fs::file_size(p0), 0u);
}

TEST_F(Segments, AutoIndexFromSlurmAndRerunReplacesThePart) {
  const auto p = dir_ / "auto.mp4";
  auto r = run_command("SLURM_ARRAY_TASK_ID=1 " + swap("--segment auto/2 -o " + q(p)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // A re-run of the same task replaces its part whole.
  r = run_command("JOB_COMPLETION_INDEX=1 " + swap("--segment auto/2 -o " + q(p)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(no_temp_files(dir_.path()));
  const auto joined = dir_ / "joined.mkv";
  r = join(joined, {part(0, 2), p});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(frame_count(joined), 48);
}

TEST_F(Segments, SegmentNeedsAWholeVideoTarget) {
  const auto out = dir_ / "p.mp4";
  for (const std::string& bad :
       {"--segment 0/2 --start 0.5", "--segment 2/2", "--segment x/2", "--segment 0/2 --allow-partial"}) {
    const auto r = run_command(swap(bad + " -o " + q(out)));
    EXPECT_NE(r.exit_code, 0) << bad << ": " << r.output;
    EXPECT_FALSE(fs::exists(out)) << bad;
  }
  const auto img = run_command(swap("--segment 0/2 -o " + q(dir_ / "x.png"), astronaut()));
  EXPECT_NE(img.exit_code, 0) << img.output;
  EXPECT_NE(img.output.find("needs a video target"), std::string::npos) << img.output;
}

}  // namespace
}  // namespace swapcam::test
