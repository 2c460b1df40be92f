// Tracking: ids across frames, One-Euro smoothing, detection cadence.
#include <cmath>
#include <map>
#include <algorithm>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "core/error.h"
#include "face/recognizer.h"
#include "face/tracker.h"

namespace swapcam::face {
namespace {

// A face whose five points sit in its box like the ArcFace template in a 112 crop.
Face face_at(float x, float y, float size, float score = 0.9f) {
  Face f;
  f.box = cv::Rect2f(x, y, size, size);
  f.score = score;
  const Landmarks5 t = arcface_template(112);
  for (int i = 0; i < 5; ++i) f.kps[i] = cv::Point2f(x + t[i].x * size / 112.f, y + t[i].y * size / 112.f);
  f.has_kps = true;
  return f;
}

std::vector<float> random_unit(std::mt19937& rng) {
  std::normal_distribution<float> n(0.f, 1.f);
  std::vector<float> v(512);
  for (auto& x : v) x = n(rng);
  normalize_l2(v);
  return v;
}

std::vector<float> jittered(const std::vector<float>& e, std::mt19937& rng, float amount) {
  std::normal_distribution<float> n(0.f, amount / std::sqrt(512.f));
  std::vector<float> v(e);
  for (auto& x : v) x += n(rng);
  normalize_l2(v);
  return v;
}

TEST(OneEuro, FirstSamplePassesAndConstantInputIsAFixedPoint) {
  OneEuroFilter f;
  EXPECT_DOUBLE_EQ(f.filter(5.0, 0.0), 5.0);
  for (int i = 1; i < 10; ++i) EXPECT_DOUBLE_EQ(f.filter(5.0, i / 30.0), 5.0);
  EXPECT_DOUBLE_EQ(f.filter(100.0, 9 / 30.0), 5.0);  // same timestamp: state kept
}

TEST(Tracker, StillFaceWithLandmarkNoiseIsSmoothed) {
  FaceTracker tracker;
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> noise(-2.f, 2.f);
  const Face truth = face_at(200, 150, 120);
  Face prev_raw, prev_smooth;
  double raw_motion = 0, smooth_motion = 0;
  int id = -1;
  for (int frame = 0; frame < 150; ++frame) {
    Face raw = truth;
    for (auto& p : raw.kps) p += cv::Point2f(noise(rng), noise(rng));
    raw.box.x += noise(rng), raw.box.y += noise(rng);
    const Faces out = tracker.update(frame, {raw});
    ASSERT_EQ(out.size(), 1u);
    if (frame == 0) id = out[0].track_id;
    EXPECT_EQ(out[0].track_id, id);
    if (frame >= 30) {  // after the filters settle
      for (int k = 0; k < 5; ++k) {
        raw_motion += cv::norm(raw.kps[k] - prev_raw.kps[k]);
        smooth_motion += cv::norm(out[0].kps[k] - prev_smooth.kps[k]);
      }
    }
    prev_raw = raw;
    prev_smooth = out[0];
  }
  ASSERT_GT(smooth_motion, 0.0);
  EXPECT_GE(raw_motion / smooth_motion, 4.0) << "raw " << raw_motion << " smoothed " << smooth_motion;
  // Smoothing must not drift: the smoothed points stay near the truth.
  for (int k = 0; k < 5; ++k) EXPECT_LT(cv::norm(prev_smooth.kps[k] - truth.kps[k]), 1.5);
}

TEST(Tracker, MovingFaceDoesNotLag) {
  FaceTracker tracker;
  Faces out;
  Face raw;
  for (int frame = 0; frame < 60; ++frame) {
    raw = face_at(50.f + 10.f * frame, 100, 120);  // 300 px/s at 30 fps
    out = tracker.update(frame, {raw});
  }
  ASSERT_EQ(out.size(), 1u);
  for (int k = 0; k < 5; ++k) EXPECT_LT(cv::norm(out[0].kps[k] - raw.kps[k]), 4.0) << "keypoint " << k;
}

TEST(Tracker, CrossingFacesKeepTheirIdsWithEmbeddings) {
  std::mt19937 rng(5);
  const auto ea = random_unit(rng), eb = random_unit(rng);
  FaceTracker tracker;
  std::map<char, std::set<int>> ids;
  for (int frame = 0; frame <= 40; ++frame) {
    const float xa = 40.f + 10.f * frame, xb = 440.f - 10.f * frame;
    Face a = face_at(xa, 100, 100), b = face_at(xb, 108, 100);
    a.embedding = jittered(ea, rng, 0.3f);
    b.embedding = jittered(eb, rng, 0.3f);
    Faces dets;
    // While they overlap, B is hidden behind A for a few frames.
    const bool b_hidden = std::abs(xa - xb) < 50.f;
    dets.push_back(a);
    if (!b_hidden) dets.push_back(b);
    if (frame % 2) std::reverse(dets.begin(), dets.end());  // detection order means nothing
    const Faces out = tracker.update(frame, dets);
    for (const auto& f : out) {
      // Tell the faces apart by their true embedding.
      const char who = cosine_similarity(f.embedding, ea) > cosine_similarity(f.embedding, eb) ? 'a' : 'b';
      if (!f.embedding.empty()) ids[who].insert(f.track_id);
    }
  }
  ASSERT_EQ(ids['a'].size(), 1u);
  ASSERT_EQ(ids['b'].size(), 1u);
  EXPECT_NE(*ids['a'].begin(), *ids['b'].begin());
}

TEST(Tracker, CrossingFacesKeepTheirIdsByMotionAlone) {
  FaceTracker tracker;
  int id_a = -1, id_b = -1;
  for (int frame = 0; frame <= 40; ++frame) {
    const float xa = 40.f + 10.f * frame, xb = 440.f - 10.f * frame;
    Faces dets = {face_at(xa, 100, 100), face_at(xb, 104, 100)};
    if (frame % 2) std::reverse(dets.begin(), dets.end());
    const Faces out = tracker.update(frame, dets);
    ASSERT_EQ(out.size(), 2u) << "frame " << frame;
    for (const auto& f : out) {
      // The face moving right has its box x near xa (smoothed, so allow a few pixels of lag).
      const bool is_a = std::abs(f.box.x - xa) < std::abs(f.box.x - xb) || (std::abs(xa - xb) < 1.f && f.box.y < 102.f);
      int& id = is_a ? id_a : id_b;
      if (id < 0) id = f.track_id;
      EXPECT_EQ(f.track_id, id) << "frame " << frame << (is_a ? " face a" : " face b");
    }
  }
  EXPECT_NE(id_a, id_b);
}

TEST(Tracker, DifferentPeopleNeverShareATrack) {
  std::mt19937 rng(9);
  FaceTracker tracker;
  Face a = face_at(100, 100, 100);
  a.embedding = random_unit(rng);
  const int id_a = tracker.update(0, {a})[0].track_id;
  Face b = a;  // same place, someone else
  b.embedding = random_unit(rng);
  const Faces out = tracker.update(1, {b});
  ASSERT_FALSE(out.empty());
  EXPECT_NE(out[0].track_id, id_a);
}

TEST(Tracker, HoldsBrieflyThenDropsAMissingFace) {
  TrackerOptions o;
  o.hold_misses = 1;
  o.max_misses = 2;
  FaceTracker tracker(o);
  const int id = tracker.update(0, {face_at(100, 100, 100)})[0].track_id;
  Faces out = tracker.update(1, {});
  ASSERT_EQ(out.size(), 1u);  // held once
  EXPECT_EQ(out[0].track_id, id);
  EXPECT_TRUE(tracker.update(2, {}).empty());
  EXPECT_EQ(tracker.track_count(), 1u);
  tracker.update(3, {});
  EXPECT_EQ(tracker.track_count(), 0u);
  EXPECT_NE(tracker.update(4, {face_at(100, 100, 100)})[0].track_id, id);  // a new track
}

TEST(Tracker, CadenceDetectsEveryNthFrameAndPredictsBetween) {
  TrackerOptions o;
  o.detect_every = 3;
  FaceTracker tracker(o);
  EXPECT_TRUE(tracker.should_detect(0));
  tracker.update(0, {face_at(100, 100, 100)});
  EXPECT_FALSE(tracker.should_detect(1));
  EXPECT_FALSE(tracker.should_detect(2));
  EXPECT_TRUE(tracker.should_detect(3));
  tracker.update(3, {face_at(130, 100, 100)});  // 10 px per frame to the right
  EXPECT_FALSE(tracker.should_detect(4));
  const Faces p = tracker.predict(4);
  ASSERT_EQ(p.size(), 1u);
  const Faces now = tracker.predict(3);
  EXPECT_GT(p[0].box.x, now[0].box.x);                                            // moved on in the motion's direction
  EXPECT_NEAR(p[0].kps[0].x - now[0].kps[0].x, p[0].box.x - now[0].box.x, 1e-3);  // points move with the box
  EXPECT_EQ(p[0].track_id, now[0].track_id);

  // Nothing tracked: detect on every frame until something is found.
  tracker.reset();
  EXPECT_TRUE(tracker.should_detect(5));
  tracker.update(5, {});
  EXPECT_TRUE(tracker.should_detect(6));
  EXPECT_THROW(FaceTracker(TrackerOptions{.detect_every = 0}), Error);
}

}  // namespace
}  // namespace swapcam::face
