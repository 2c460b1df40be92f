// --detect-every auto on a moving clip: a face that stands still and then sets off. The tracked box
// must stay within a bound of where the face really is on every frame, with fewer detections than
// frames; a fixed cadence with the same longest gap misses the start and breaks the bound, so the
// bound is one the clip can break.
#include <atomic>
#include <map>
#include <mutex>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "face/tracker.h"
#include "media/video_writer.h"
#include "pipeline/video_pipeline.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

constexpr int kW = 480, kH = 320, kSide = 120, kFrames = 60, kStill = 20, kSpeed = 6, kBits = 8, kBlock = 12;
const cv::Scalar kBackground(90, 100, 110);

int true_x(int i) { return 40 + (i < kStill ? 0 : kSpeed * (i - kStill + 1)); }
constexpr int kY = 150;

// The frame index, as black/white blocks along the top (survives compression; read back by the swap).
void stamp(cv::Mat& frame, int index) {
  for (int b = 0; b < kBits; ++b)
    frame(cv::Rect(b * kBlock, 0, kBlock, kBlock)).setTo((index >> b) & 1 ? cv::Scalar::all(255) : cv::Scalar::all(0));
}
int read_stamp(const cv::Mat& frame) {
  int index = 0;
  for (int b = 0; b < kBits; ++b)
    if (cv::mean(frame(cv::Rect(b * kBlock + 3, 3, kBlock - 6, kBlock - 6)))[0] > 128) index |= 1 << b;
  return index;
}

// The face: the blob that differs from the background below the stamp row.
face::Faces find_face(const cv::Mat& frame) {
  cv::Mat diff, mask;
  cv::absdiff(frame, kBackground, diff);
  cv::cvtColor(diff, mask, cv::COLOR_BGR2GRAY);
  cv::threshold(mask, mask, 25, 255, cv::THRESH_BINARY);
  mask.rowRange(0, 2 * kBlock).setTo(0);
  std::vector<cv::Point> pts;
  cv::findNonZero(mask, pts);
  if (pts.size() < 2000) return {};
  face::Face f;
  f.box = cv::Rect2f(cv::boundingRect(pts));
  f.score = 0.9f;
  const cv::Point2f c(f.box.x + f.box.width / 2, f.box.y + f.box.height / 2);
  f.kps = {c, c, c, c, c};
  f.has_kps = true;
  return {f};
}

class AdaptiveCadenceClip : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    cv::Mat face = cv::imread(astronaut().string());
    ASSERT_FALSE(face.empty());
    cv::resize(face, face, {kSide, kSide}, 0, 0, cv::INTER_AREA);
    media::VideoWriterOptions w;
    w.encoder = "libx264";
    w.quality = 10;
    w.time_base = {1, 25};
    w.frame_rate = {25, 1};
    media::VideoWriter writer(in_, kW, kH, w);
    for (int i = 0; i < kFrames; ++i) {
      cv::Mat frame(kH, kW, CV_8UC3, kBackground);
      face.copyTo(frame(cv::Rect(true_x(i), kY, kSide, kSide)));
      stamp(frame, i);
      writer.write(frame, i, 1);
    }
    writer.finish();
  }

  struct Run {
    int detections = 0;
    double worst_drift = 0;  // largest |tracked centre - true centre| over the frames, pixels
    int frames = 0;
  };
  Run run(bool automatic, int every) {
    std::atomic<int> detections{0};
    std::mutex m;
    std::map<int, cv::Point2f> centres;
    pipeline::VideoFrameWork work;
    work.detect = [&](const cv::Mat& f) {
      detections.fetch_add(1);
      return find_face(f);
    };
    work.swap = [&](cv::Mat& frame, const face::Faces& faces) {
      const int index = read_stamp(frame);
      std::lock_guard lock(m);
      if (!faces.empty())
        centres[index] = {faces[0].box.x + faces[0].box.width / 2, faces[0].box.y + faces[0].box.height / 2};
      return 0;
    };
    pipeline::SwapOptions o;
    o.target = in_;
    o.output = dir_ / (automatic ? "auto.mp4" : "fixed.mp4");
    pipeline::VideoJobOptions job;
    job.detect_auto = automatic;
    job.detect_every = every;
    job.workers = 2;
    pipeline::run_video(o, job, work);
    Run r;
    r.detections = detections.load();
    for (int i = 0; i < kFrames; ++i) {
      const auto it = centres.find(i);
      if (it == centres.end()) {
        ADD_FAILURE() << "no tracked face on frame " << i;
        continue;
      }
      const cv::Point2f truth(true_x(i) + kSide / 2.f, kY + kSide / 2.f);
      r.worst_drift = std::max(r.worst_drift, double(cv::norm(it->second - truth)));
      ++r.frames;
    }
    return r;
  }
  TempDir dir_;
  fs::path in_ = dir_ / "moving.mp4";
};

TEST_F(AdaptiveCadenceClip, DriftStaysBoundedWithFewerDetections) {
  const int gap = face::AdaptiveCadenceOptions{}.max_interval;
  const Run a = run(true, gap);
  const Run fixed = run(false, gap);
  const double bound = 0.1 * kSide;  // a tenth of the face: the swap's crop stays on the face
  std::printf(
      "moving clip, %d frames: auto %d detections, worst drift %.1f px; every %d: %d detections, worst drift %.1f px "
      "(bound %.1f px)\n",
      kFrames, a.detections, a.worst_drift, gap, fixed.detections, fixed.worst_drift, bound);
  EXPECT_EQ(a.frames, kFrames);
  EXPECT_LE(a.worst_drift, bound);
  EXPECT_LT(a.detections, kFrames / 2) << "auto detected on most frames: no saving";
  EXPECT_GT(fixed.worst_drift, bound) << "the clip does not test the bound: a fixed cadence kept within it";
}

TEST(AdaptiveCadence, AskForADetectionWhenTheLookChanges) {
  cv::Mat frame(200, 300, CV_8UC3, kBackground), face = cv::imread(astronaut().string());
  if (face.empty()) GTEST_SKIP() << "no test data";
  cv::resize(face, face, {80, 80}, 0, 0, cv::INTER_AREA);
  face.copyTo(frame(cv::Rect(50, 60, 80, 80)));
  face::Face f;
  f.box = cv::Rect2f(50, 60, 80, 80);
  f.track_id = 3;
  face::AdaptiveCadence c;
  c.detected(10, frame, {f});
  EXPECT_FALSE(c.needs_detection(11, frame, {f}));  // where it was, as it was
  face::Face moved = f;
  moved.box.x += 8;  // the prediction 10% off
  EXPECT_TRUE(c.needs_detection(11, frame, {moved}));
  face::Face other = f;
  other.track_id = 4;
  EXPECT_TRUE(c.needs_detection(11, frame, {other}));  // the tracked face is gone
  EXPECT_TRUE(c.needs_detection(10 + face::AdaptiveCadenceOptions{}.max_interval, frame, {f}));  // too long since
}

}  // namespace
}  // namespace swapcam::test
