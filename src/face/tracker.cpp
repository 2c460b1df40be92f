#include "face/tracker.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "face/recognizer.h"

namespace swapcam::face {

namespace {

double smoothing_factor(double cutoff, double dt) {
  const double tau = 1.0 / (2.0 * std::numbers::pi * cutoff);
  return 1.0 / (1.0 + tau / dt);
}

float plain_iou(const cv::Rect2f& a, const cv::Rect2f& b) {
  const float inter = (a & b).area();
  const float uni = a.area() + b.area() - inter;
  return uni > 0.f ? inter / uni : 0.f;
}

cv::Point2f centre(const cv::Rect2f& r) { return {r.x + r.width / 2.f, r.y + r.height / 2.f}; }

Face shifted(Face f, cv::Point2f d) {
  f.box.x += d.x, f.box.y += d.y;
  for (auto& p : f.kps) p += d;
  for (auto& p : f.landmarks106) p += d;
  return f;
}

}  // namespace

double OneEuroFilter::filter(double x, double t) {
  if (!initialised_) {
    initialised_ = true;
    x_ = x, dx_ = 0, t_ = t;
    return x;
  }
  const double dt = t - t_;
  if (!(dt > 0)) return x_;  // same or earlier timestamp: keep the state
  t_ = t;
  const double dx = (x - x_) / dt;
  dx_ += smoothing_factor(p_.d_cutoff, dt) * (dx - dx_);
  const double cutoff = p_.min_cutoff + p_.beta * std::abs(dx_);
  x_ += smoothing_factor(cutoff, dt) * (x - x_);
  return x_;
}

FaceTracker::FaceTracker(TrackerOptions options) : options_(options) {
  if (options_.detect_every < 1)
    fail(ErrorKind::Usage, "detection cadence must be at least 1 (got {})", options_.detect_every);
  if (!(options_.fps > 0)) fail(ErrorKind::Usage, "tracker frame rate must be positive (got {})", options_.fps);
}

void FaceTracker::reset() {
  tracks_.clear();
  detected_once_ = false;
}

bool FaceTracker::should_detect(int64_t frame_index) const {
  if (options_.detect_every <= 1 || !detected_once_ || tracks_.empty()) return true;
  return frame_index - last_detection_frame_ >= options_.detect_every || frame_index < last_detection_frame_;
}

Face FaceTracker::predicted(const Track& t, int64_t frame_index) const {
  const float frames = static_cast<float>(frame_index - t.last_seen);
  return shifted(t.face, t.velocity * frames);
}

void FaceTracker::absorb(Track& t, const Face& d, int64_t frame_index) {
  Face out = d;
  out.track_id = t.id;
  if (options_.smooth) {
    // Filter layout: 4 box values, 10 keypoint values, 212 landmark values.
    const size_t want = 4 + 10 + 2 * d.landmarks106.size();
    if (t.filters.size() != want) {
      // Landmarks appeared or vanished: restart only the affected filters.
      t.filters.resize(std::min(t.filters.size(), size_t{14}));
      t.filters.resize(want, OneEuroFilter(options_.smoothing));
    }
    const double ts = frame_index / options_.fps;
    auto f = [&](size_t i, float v) { return static_cast<float>(t.filters[i].filter(v, ts)); };
    const float x1 = f(0, d.box.x), y1 = f(1, d.box.y);
    const float x2 = f(2, d.box.x + d.box.width), y2 = f(3, d.box.y + d.box.height);
    out.box = cv::Rect2f(x1, y1, x2 - x1, y2 - y1);
    if (d.has_kps)
      for (size_t k = 0; k < 5; ++k) out.kps[k] = {f(4 + 2 * k, d.kps[k].x), f(5 + 2 * k, d.kps[k].y)};
    for (size_t k = 0; k < d.landmarks106.size(); ++k)
      out.landmarks106[k] = {f(14 + 2 * k, d.landmarks106[k].x), f(15 + 2 * k, d.landmarks106[k].y)};
  }
  if (t.id >= 0 && frame_index > t.last_seen) {
    const cv::Point2f step = (centre(out.box) - centre(t.face.box)) / static_cast<float>(frame_index - t.last_seen);
    t.velocity = t.velocity * 0.5f + step * 0.5f;
  }
  if (!d.embedding.empty()) {
    if (t.embedding.size() != d.embedding.size()) {
      t.embedding = d.embedding;
    } else {
      for (size_t i = 0; i < t.embedding.size(); ++i) t.embedding[i] = 0.8f * t.embedding[i] + 0.2f * d.embedding[i];
    }
    normalize_l2(t.embedding);
  }
  t.face = out;
  t.last_seen = frame_index;
  t.misses = 0;
}

Faces FaceTracker::update(int64_t frame_index, const Faces& detections) {
  detected_once_ = true;
  last_detection_frame_ = frame_index;

  // Candidate pairs: embedding-confirmed ones outrank pairs matched by overlap alone.
  struct Pair {
    float affinity;
    size_t track, det;
  };
  std::vector<Pair> pairs;
  for (size_t ti = 0; ti < tracks_.size(); ++ti) {
    const Face pred = predicted(tracks_[ti], frame_index);
    for (size_t di = 0; di < detections.size(); ++di) {
      const float iou = plain_iou(pred.box, detections[di].box);
      const auto& te = tracks_[ti].embedding;
      const auto& de = detections[di].embedding;
      if (!te.empty() && !de.empty()) {
        const float sim = cosine_similarity(te, de);
        if (sim >= options_.similarity_threshold) pairs.push_back({2.f + sim + iou, ti, di});
      } else if (iou >= options_.iou_threshold) {
        pairs.push_back({iou, ti, di});
      }
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.affinity > b.affinity; });
  std::vector<int> det_track(detections.size(), -1);
  std::vector<bool> track_taken(tracks_.size(), false);
  for (const auto& p : pairs) {
    if (track_taken[p.track] || det_track[p.det] >= 0) continue;
    track_taken[p.track] = true;
    det_track[p.det] = static_cast<int>(p.track);
  }

  Faces out;
  out.reserve(detections.size() + tracks_.size());
  for (size_t ti = 0; ti < tracks_.size(); ++ti)
    if (!track_taken[ti]) ++tracks_[ti].misses;
  for (size_t di = 0; di < detections.size(); ++di) {
    if (det_track[di] < 0) {
      Track t;
      absorb(t, detections[di], frame_index);
      t.id = next_id_++;
      t.face.track_id = t.id;
      tracks_.push_back(std::move(t));
      out.push_back(tracks_.back().face);
    } else {
      Track& t = tracks_[det_track[di]];
      absorb(t, detections[di], frame_index);
      out.push_back(t.face);
    }
  }
  for (const auto& t : tracks_)
    if (t.misses > 0 && t.misses <= options_.hold_misses) out.push_back(predicted(t, frame_index));
  std::erase_if(tracks_, [&](const Track& t) { return t.misses > options_.max_misses; });
  return out;
}

Faces FaceTracker::predict(int64_t frame_index) const {
  Faces out;
  for (const auto& t : tracks_)
    if (t.misses <= options_.hold_misses) out.push_back(predicted(t, frame_index));
  return out;
}

AdaptiveCadence::AdaptiveCadence(AdaptiveCadenceOptions options) : options_(options) {}

cv::Mat AdaptiveCadence::patch_of(const cv::Mat& frame, const cv::Rect2f& box) const {
  const cv::Rect r = cv::Rect(cv::Rect2f(box)) & cv::Rect(0, 0, frame.cols, frame.rows);
  if (r.width < 4 || r.height < 4) return {};
  cv::Mat grey, small, out;
  if (frame.channels() == 3) cv::cvtColor(frame(r), grey, cv::COLOR_BGR2GRAY);
  else grey = frame(r);
  cv::resize(grey, small, cv::Size(options_.patch, options_.patch), 0, 0, cv::INTER_AREA);
  small.convertTo(out, CV_32F);
  return out;
}

void AdaptiveCadence::detected(int64_t index, const cv::Mat& frame, const Faces& tracked) {
  last_detection_ = index;
  looks_.clear();
  const int n = options_.patch;
  for (const auto& f : tracked) {
    Look look;
    look.track_id = f.track_id;
    look.patch = patch_of(frame, f.box);
    if (look.patch.empty()) continue;
    // What one patch pixel of movement does to this face's look, on average over x and y.
    const cv::Mat& p = look.patch;
    const double dx = cv::mean(cv::abs(p(cv::Rect(1, 0, n - 1, n)) - p(cv::Rect(0, 0, n - 1, n))))[0];
    const double dy = cv::mean(cv::abs(p(cv::Rect(0, 1, n, n - 1)) - p(cv::Rect(0, 0, n, n - 1))))[0];
    look.threshold = options_.shift * 0.5 * (dx + dy) + options_.noise;
    looks_.push_back(std::move(look));
  }
}

bool AdaptiveCadence::needs_detection(int64_t index, const cv::Mat& frame, const Faces& predicted) const {
  last_change_ = 0;
  if (last_detection_ < 0 || looks_.empty() || index <= last_detection_) return true;
  if (index - last_detection_ >= options_.max_interval) return true;
  bool need = false;
  for (const auto& look : looks_) {
    const auto it =
        std::find_if(predicted.begin(), predicted.end(), [&](const Face& f) { return f.track_id == look.track_id; });
    if (it == predicted.end()) return true;  // a face the tracker no longer reports
    const cv::Mat now = patch_of(frame, it->box);
    if (now.empty()) return true;
    const double change = cv::mean(cv::abs(now - look.patch))[0] / look.threshold;
    last_change_ = std::max(last_change_, change);
    need = need || change > 1.0;
  }
  return need;
}

}  // namespace swapcam::face
