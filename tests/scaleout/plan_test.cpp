// Segment plans: every frame in exactly one segment, boundaries on key frames where they exist,
// and the K/N specification as a Slurm or Kubernetes task gives it.
#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"
#include "media/video_index.h"
#include "pipeline/segments.h"
#include "../video/video_test_util.h"

namespace swapcam::test {
namespace {

media::VideoIndex synthetic_index(int frames, int gop) {
  media::VideoIndex index;
  index.time_base = {1, 12800};
  index.fps = 25;
  for (int i = 0; i < frames; ++i) index.frames.push_back({std::int64_t(i) * 512, gop > 0 && i % gop == 0});
  return index;
}

void expect_exact_cover(const pipeline::SegmentPlan& plan, const media::VideoIndex& index, int count) {
  ASSERT_EQ(int(plan.segments.size()), count);
  std::int64_t next = 0;
  for (const auto& s : plan.segments) {
    EXPECT_EQ(s.first_frame, next) << "gap or overlap before segment " << s.index;
    EXPECT_GE(s.frames, 1);
    EXPECT_EQ(s.start_pts, index.frames[std::size_t(s.first_frame)].pts);
    if (s.end_pts) EXPECT_EQ(*s.end_pts, index.frames[std::size_t(s.first_frame + s.frames)].pts);
    next = s.first_frame + s.frames;
  }
  EXPECT_EQ(next, std::int64_t(index.frames.size()));
  EXPECT_FALSE(plan.segments.back().end_pts);
}

TEST(SegmentPlan, CoversEveryFrameOnceForAnyCount) {
  for (int frames : {1, 7, 40, 1001})
    for (int gop : {0, 1, 12, 250})
      for (int count : {1, 2, 3, 4, 7}) {
        if (count > frames) continue;
        const auto index = synthetic_index(frames, gop);
        SCOPED_TRACE(testing::Message() << frames << " frames, gop " << gop << ", " << count << " segments");
        expect_exact_cover(pipeline::plan_segments(index, count), index, count);
      }
}

TEST(SegmentPlan, BoundariesSitOnKeyFramesNearTheEvenSplit) {
  const auto index = synthetic_index(1000, 48);
  const auto plan = pipeline::plan_segments(index, 4);
  for (const auto& s : plan.segments) {
    EXPECT_TRUE(s.starts_at_keyframe) << "segment " << s.index;
    EXPECT_EQ(s.first_frame % 48, 0);
    EXPECT_LE(std::llabs(s.first_frame - s.index * 250), 24) << "segment " << s.index << " strays from the even split";
  }
  EXPECT_EQ(plan.keyframes, 21);
}

TEST(SegmentPlan, WithoutNearbyKeyFramesSplitsEvenlyAndSaysSo) {
  const auto index = synthetic_index(100, 1000);  // one key frame, at the start
  const auto plan = pipeline::plan_segments(index, 4);
  EXPECT_TRUE(plan.segments[0].starts_at_keyframe);
  for (int k = 1; k < 4; ++k) {
    EXPECT_FALSE(plan.segments[std::size_t(k)].starts_at_keyframe);
    EXPECT_EQ(plan.segments[std::size_t(k)].first_frame, 25 * k);
  }
}

TEST(SegmentPlan, RefusesMoreSegmentsThanFrames) {
  const auto index = synthetic_index(3, 1);
  EXPECT_THROW(pipeline::plan_segments(index, 4), Error);
  EXPECT_THROW(pipeline::plan_segments(index, 0), Error);
}

TEST(SegmentPlan, RealVideoKeyFramesFromTheDemuxer) {
  SWAPCAM_REQUIRE_TESTDATA();
  if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
  TempDir dir;
  TestVideoSpec spec;
  spec.codec_args = "-c:v libx264 -crf 20 -preset veryfast -pix_fmt yuv420p -g 10 -keyint_min 10 -sc_threshold 0";
  const auto video = dir.path() / "gop10.mp4";
  ASSERT_TRUE(make_test_video(video, spec));
  const auto index = media::index_video(video);
  ASSERT_EQ(index.frames.size(), 40u);
  EXPECT_EQ(pipeline::plan_segments(index, 1).keyframes, 4);
  const auto plan = pipeline::plan_segments(index, 4);
  expect_exact_cover(plan, index, 4);
  for (const auto& s : plan.segments) {
    EXPECT_EQ(s.first_frame, 10 * s.index);
    EXPECT_TRUE(s.starts_at_keyframe);
    EXPECT_NEAR(s.start_s, 0.4 * s.index, 1e-6);
  }
}

class SegmentSpecEnv : public ::testing::Test {
 protected:
  void SetUp() override {
    unsetenv("SLURM_ARRAY_TASK_ID");
    unsetenv("JOB_COMPLETION_INDEX");
  }
  void TearDown() override { SetUp(); }
};

TEST_F(SegmentSpecEnv, ExplicitAndFromTheScheduler) {
  auto s = pipeline::parse_segment_spec("2/5");
  EXPECT_EQ(s.index, 2);
  EXPECT_EQ(s.count, 5);
  EXPECT_THROW(pipeline::parse_segment_spec("auto/4"), Error) << "no scheduler variable set";
  setenv("JOB_COMPLETION_INDEX", "3", 1);
  EXPECT_EQ(pipeline::parse_segment_spec("auto/4").index, 3);
  setenv("SLURM_ARRAY_TASK_ID", "1", 1);  // Slurm's wins when both are set
  EXPECT_EQ(pipeline::parse_segment_spec("auto/4").index, 1);
  setenv("SLURM_ARRAY_TASK_ID", "4", 1);
  EXPECT_THROW(pipeline::parse_segment_spec("auto/4"), Error) << "index out of range";
  for (const char* bad : {"", "3", "5/5", "-1/5", "1/0", "a/3", "1/3x", "1//3"})
    EXPECT_THROW(pipeline::parse_segment_spec(bad), Error) << bad;
}

void write_text(const std::filesystem::path& p, const std::string& text) { std::ofstream(p) << text; }

TEST(OptionsFingerprint, IgnoresPerTaskArgumentsAndSeesEverythingElse) {
  TempDir dir;
  const auto a = dir.path() / "a.jpg", b = dir.path() / "b.jpg", a2 = dir.path() / "copy-of-a.jpg";
  write_text(a, "face one");
  write_text(b, "face two");
  write_text(a2, "face one");
  using V = std::vector<std::string>;
  const auto base =
      pipeline::options_fingerprint({"swap", "-s", a.string(), "-t", "x.mp4", "-o", "p0.mp4", "--segment", "0/4"});
  EXPECT_EQ(base, pipeline::options_fingerprint(
                      V{"swap", "-s", a.string(), "-t", "y.mp4", "-o", "p3.mp4", "--segment=3/4", "-q"}));
  EXPECT_EQ(base, pipeline::options_fingerprint(V{"swap", "-s", a2.string(), "-o", "p1.mp4"}))
      << "a file counts by content";
  EXPECT_NE(base, pipeline::options_fingerprint(V{"swap", "-s", b.string(), "-o", "p1.mp4"}));
  EXPECT_NE(base, pipeline::options_fingerprint(V{"swap", "-s", a.string(), "--many-faces"}));
}

}  // namespace
}  // namespace swapcam::test
