// A video file standing in for a camera, at the resolution and rate `live` asks for: the picture
// keeps its aspect (cropped around the centre, not stretched), and --fps samples the clip.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "media/video_writer.h"
#include "pipeline/live_source.h"
#include "test_support.h"

namespace swapcam::pipeline {
namespace {

// The bounding box of the white pixels.
cv::Rect white_box(const cv::Mat& bgr) {
  cv::Mat grey, mask;
  cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
  cv::threshold(grey, mask, 128, 255, cv::THRESH_BINARY);
  return cv::boundingRect(mask);
}

TEST(LiveSource, AStandInKeepsItsAspectAtAnotherResolution) {
  // A 320x240 picture with a white 100x100 square in the middle, asked for at 200x100 and 100x200.
  cv::Mat picture(240, 320, CV_8UC3, cv::Scalar(0, 0, 0));
  cv::rectangle(picture, cv::Rect(110, 70, 100, 100), cv::Scalar(255, 255, 255), cv::FILLED);
  for (const cv::Size size : {cv::Size(200, 100), cv::Size(100, 200), cv::Size(640, 480)}) {
    SCOPED_TRACE(size);
    const cv::Mat out = fit_to_resolution(picture, size.width, size.height);
    ASSERT_EQ(out.size(), size);
    const cv::Rect box = white_box(out);
    EXPECT_NEAR(box.width, box.height, 2)
        << "the square stays square (stretching made it " << box.width << "x" << box.height << ")";
    EXPECT_NEAR(box.x + box.width / 2.0, size.width / 2.0, 2) << "centred";
    EXPECT_NEAR(box.y + box.height / 2.0, size.height / 2.0, 2);
  }
  EXPECT_EQ(fit_to_resolution(picture, 0, 0).size(), picture.size()) << "no resolution asked: unchanged";
}

// 1 s at 25 fps, frame i grey level 8 * i.
std::filesystem::path grey_ramp(const std::filesystem::path& p) {
  media::VideoWriterOptions o;
  o.quality = 10;
  o.time_base = {1, 25};
  o.frame_rate = {25, 1};
  o.provenance = false;
  media::VideoWriter w(p, 64, 48, o);
  for (int i = 0; i < 25; ++i) w.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar::all(8 * i)), i);
  w.finish();
  return p;
}

TEST(LiveSource, AVideoStandInIsSampledAtTheRequestedRate) {
  test::TempDir dir;
  const auto clip = grey_ramp(dir / "clip.mp4");
  for (const double fps : {10.0, 50.0, 0.0}) {
    SCOPED_TRACE(fps);
    LiveSourceOptions o;
    o.camera = clip.string();
    o.fps = fps;
    auto source = open_live_source(o);
    EXPECT_DOUBLE_EQ(source->nominal_fps(), fps > 0 ? fps : 25.0);
    const double rate = fps > 0 ? fps : 25.0;
    int n = 0;
    while (auto f = source->next()) {
      EXPECT_NEAR(f->source_time_s, n / rate, 1e-6) << "frame " << n;
      // The frame shown at time t is the clip's frame due by then: floor(t * 25).
      const int expected = int(std::floor(n / rate * 25.0 + 1e-6));
      EXPECT_NEAR(cv::mean(f->image)[0], 8.0 * expected, 3.0) << "frame " << n;
      ++n;
    }
    EXPECT_EQ(n, int(std::lround(rate))) << "one second of frames at " << rate << " fps";
  }
}

}  // namespace
}  // namespace swapcam::pipeline
