#include <chrono>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include "media/frame_source.h"
#include "media/image_io.h"
#include "media_test_util.h"
#include "test_support.h"
#include "test_video.h"

namespace fs = std::filesystem;
using namespace swapcam;
using namespace swapcam::media;
using swapcam::test::TempDir;
using namespace std::chrono_literals;

TEST(FrameSource, VideoFileUnpacedGivesEveryFrame) {
  TempDir dir;
  test::make_test_video(dir / "cam.mp4");
  FrameSourceOptions o;
  o.paced = false;
  auto src = open_frame_source((dir / "cam.mp4").string(), o);
  EXPECT_EQ(src->frame_size(), cv::Size(160, 120));
  EXPECT_NEAR(src->nominal_fps(), 30.0, 1e-6);
  EXPECT_NE(src->describe().find("cam.mp4"), std::string::npos);
  CapturedFrame f;
  int n = 0;
  while (src->next(f)) {
    EXPECT_EQ(f.index, n);
    EXPECT_NEAR(f.media_time_s, n / 30.0, 0.001);
    EXPECT_GE(test::psnr(f.image, test::make_pattern(160, 120, n)), 30.0);
    ++n;
  }
  EXPECT_EQ(n, 30);
  EXPECT_EQ(src->frames_skipped(), 0);
}

TEST(FrameSource, PacedFramesAreNeverReleasedEarly) {
  TempDir dir;
  test::TestVideoSpec spec;
  spec.frames = 10;
  test::make_test_video(dir / "cam.mkv", spec);
  FrameSourceOptions o;
  o.drop_late = false;
  auto src = open_frame_source((dir / "cam.mkv").string(), o);
  CapturedFrame f;
  std::chrono::steady_clock::time_point previous;
  const auto before = std::chrono::steady_clock::now();  // pacing starts no earlier than this
  double first_media_time = 0;
  int n = 0;
  while (src->next(f)) {
    if (n == 0) first_media_time = f.media_time_s;
    else EXPECT_GE(f.captured_at, previous);
    // Released no earlier than its media time (a lower bound only: late is allowed, early is not).
    EXPECT_GE(std::chrono::duration<double>(f.captured_at - before).count(), f.media_time_s - first_media_time) << n;
    previous = f.captured_at;
    ++n;
  }
  EXPECT_EQ(n, 10);
}

TEST(FrameSource, ASlowConsumerGetsCurrentFramesNotAQueue) {
  TempDir dir;
  test::make_test_video(dir / "cam.mp4");
  auto src = open_frame_source((dir / "cam.mp4").string());
  CapturedFrame f;
  std::int64_t delivered = 0, last_index = -1;
  while (src->next(f)) {
    EXPECT_GT(f.index, last_index);
    last_index = f.index;
    ++delivered;
    std::this_thread::sleep_for(100ms);  // three frame intervals per frame at 30 fps
  }
  EXPECT_GT(src->frames_skipped(), 0);
  EXPECT_EQ(delivered + src->frames_skipped(), 30);
}

TEST(FrameSource, StopWakesAWaitingReader) {
  TempDir dir;
  write_image(test::make_pattern(64, 48), dir / "a.png");
  FrameSourceOptions o;
  o.sequence_fps = 0.01;  // the second frame is due in 100 s
  o.loop = true;
  auto src = open_frame_source((dir / "a.png").string(), o);
  CapturedFrame f;
  ASSERT_TRUE(src->next(f));
  std::thread stopper([&] {
    std::this_thread::sleep_for(50ms);
    src->stop();
  });
  EXPECT_FALSE(src->next(f));
  stopper.join();
  EXPECT_FALSE(src->next(f));
}

TEST(FrameSource, ImageFolderInNameOrderAndLooping) {
  TempDir dir;
  for (int i = 0; i < 3; ++i) write_image(test::make_pattern(64, 48, i), dir / ("frame" + std::to_string(i) + ".png"));
  test::write_bytes(dir / "notes.txt", {'x'});
  FrameSourceOptions o;
  o.paced = false;
  o.loop = true;
  auto src = open_frame_source(dir.path().string(), o);
  EXPECT_EQ(src->frame_size(), cv::Size(64, 48));
  CapturedFrame f;
  for (int n = 0; n < 7; ++n) {
    ASSERT_TRUE(src->next(f));
    EXPECT_EQ(f.index, n);
    EXPECT_NEAR(f.media_time_s, n / 30.0, 1e-9);
    EXPECT_EQ(cv::norm(f.image, test::make_pattern(64, 48, n % 3), cv::NORM_INF), 0) << n;
  }
}

TEST(FrameSource, BadSpecsAreClearErrors) {
  TempDir dir;
  std::string msg;
  // No /dev/video9 here: the camera path reports the device, it does not fall back to a file.
  EXPECT_ANY_THROW(open_frame_source("/dev/video9"));
  try {
    open_frame_source("/dev/video9");
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("video9"), std::string::npos) << e.what();
  }
  EXPECT_EQ(test::error_kind_of([&] { open_frame_source((dir / "none.mp4").string()); }), ErrorKind::NotFound);
  fs::create_directory(dir / "empty");
  EXPECT_EQ(test::error_kind_of([&] { open_frame_source((dir / "empty").string()); }, &msg), ErrorKind::InvalidData);
  test::write_bytes(dir / "text.mp4", {'h', 'e', 'l', 'l', 'o'});
  EXPECT_EQ(test::error_kind_of([&] { open_frame_source((dir / "text.mp4").string()); }), ErrorKind::InvalidData);
}
