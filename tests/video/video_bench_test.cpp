// bench --video's machinery on a small clip without models: every row ran on every frame, each
// round's ratio is that round's CPU seconds over the reference's, the reference output decodes.
#include <gtest/gtest.h>

#include "bench/video_bench.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

TEST(VideoBench, PairedRoundsOfReferenceAndPassThrough) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  bench::VideoBenchOptions o;
  o.portrait = astronaut();
  o.clip_frames = 6;
  o.clip_width = 320;
  o.clip_height = 240;
  o.work_dir = dir.path();
  o.rounds = 2;
  o.preset = "ultrafast";
  o.face_rows = false;
  o.bgr_rows = true;
  const auto r = bench::run_video_bench(o);
  EXPECT_EQ(r.width, 320);
  EXPECT_EQ(r.height, 240);
  EXPECT_EQ(r.frames, 6);
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0].name, "reference");
  EXPECT_EQ(r.rows[1].name, "passthrough");
  EXPECT_EQ(r.rows[2].name, "passthrough_bgr");
  for (const auto& row : r.rows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(row.frames, 6);
    ASSERT_EQ(row.cpu_s.size(), 2u);
    ASSERT_EQ(row.ratio.size(), 2u);
    for (int k = 0; k < 2; ++k) {
      EXPECT_GT(row.cpu_s[k], 0);
      EXPECT_DOUBLE_EQ(row.ratio[k], row.cpu_s[k] / r.rows[0].cpu_s[k]);
    }
  }
  EXPECT_EQ(frame_count(dir.path() / "reference.mp4"), 6);
  EXPECT_EQ(frame_count(dir.path() / "six_faces.mp4"), 6);
}

}  // namespace
}  // namespace swapcam::test
