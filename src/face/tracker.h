#pragma once
// Face tracking for video and live: persistent ids across frames (IoU to the motion-predicted box,
// plus embedding similarity when both sides have one), One-Euro smoothing of box and landmarks,
// and a detection cadence (detect every N frames, predict in between). One tracker per stream;
// not thread-safe.
#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

#include "face/face.h"

namespace swapcam::face {

// One-Euro filter (Casiraghi, Roussel, Vogel 2012): an adaptive low-pass whose cutoff rises with
// speed, so a still value is strongly smoothed and a moving one barely lags.
struct OneEuroParams {
  double min_cutoff = 0.5;  // Hz, cutoff at rest (lower: less jitter)
  double beta = 0.05;       // cutoff increase per (pixel/second) of speed (higher: less lag)
  double d_cutoff = 1.0;    // Hz, cutoff of the speed estimate
};

class OneEuroFilter {
 public:
  explicit OneEuroFilter(OneEuroParams p = {}) : p_(p) {}
  // Filters sample x taken at time t (seconds, increasing). The first sample passes unchanged.
  double filter(double x, double t);
  void reset() { initialised_ = false; }

 private:
  OneEuroParams p_;
  bool initialised_ = false;
  double x_ = 0, dx_ = 0, t_ = 0;
};

struct TrackerOptions {
  int detect_every = 1;               // detection cadence: detect every N frames, predict in between
  double fps = 30.0;                  // converts frame indices to seconds for the filters
  float iou_threshold = 0.3f;         // without embeddings: least IoU with the predicted box to continue a track
  float similarity_threshold = 0.4f;  // with embeddings on both sides: below this, never the same face
  int hold_misses = 1;                // a track missed by this many detections in a row is still reported
  int max_misses = 10;                // ... and dropped after this many
  bool smooth = true;
  OneEuroParams smoothing;
};

class FaceTracker {
 public:
  explicit FaceTracker(TrackerOptions options = {});

  // Whether the pipeline should run the detector on this frame (cadence; always when nothing is tracked).
  bool should_detect(int64_t frame_index) const;

  // Feeds the detections of a frame (frame indices increase). Returns the tracked faces with
  // track_id set and smoothed box/keypoints/landmarks: every detection (new ones get new ids),
  // plus held tracks (missed by at most hold_misses detections) at their predicted position.
  Faces update(int64_t frame_index, const Faces& detections);

  // The tracked faces moved to frame_index by their velocity, for frames without detection.
  Faces predict(int64_t frame_index) const;

  void reset();
  size_t track_count() const { return tracks_.size(); }
  const TrackerOptions& options() const { return options_; }

 private:
  struct Track {
    int id = -1;
    Face face;  // smoothed state at last_seen
    int64_t last_seen = 0;
    int misses = 0;
    cv::Point2f velocity{0, 0};  // box centre, pixels per frame
    std::vector<OneEuroFilter> filters;
    std::vector<float> embedding;  // running mean of normed embeddings
  };
  Face predicted(const Track& t, int64_t frame_index) const;
  void absorb(Track& t, const Face& detection, int64_t frame_index);

  TrackerOptions options_;
  std::vector<Track> tracks_;
  int next_id_ = 0;
  int64_t last_detection_frame_ = 0;
  bool detected_once_ = false;
};

// --detect-every auto: between detections the tracker predicts where each face is; this checks
// the prediction against the picture. At a detection every tracked face's look is kept (a small
// grey patch of its box); on a later frame the patch at the predicted box is compared with it, and
// a difference larger than `shift` patch pixels of the face's own texture would make (its
// self-difference under a one-pixel shift, scale-free), plus a noise floor, calls for a detection.
// A face that moves as predicted keeps its look and is not re-detected; one that speeds up, stops
// or turns is. Not thread-safe; one per stream.
struct AdaptiveCadenceOptions {
  int max_interval = 12;  // frames: detect at least this often whatever the look says
  int patch = 24;         // patch side, pixels
  double shift = 0.5;     // allowed look change, in one-patch-pixel shifts (0.5 of box/24: about 2% of the box)
  double noise = 2.0;     // grey levels of compression noise that never count as motion
};

class AdaptiveCadence {
 public:
  explicit AdaptiveCadence(AdaptiveCadenceOptions options = {});

  // After frame `index` was detected and tracked: remembers each tracked face's look.
  void detected(int64_t index, const cv::Mat& frame, const Faces& tracked);
  // Whether frame `index` (after the last detected one) needs the detector, given the tracker's
  // prediction for it: too long since the last, a face missing, or a face that no longer looks as it did.
  bool needs_detection(int64_t index, const cv::Mat& frame, const Faces& predicted) const;
  // The largest look change of the last needs_detection call, in units of its threshold (tests).
  double last_change() const { return last_change_; }

 private:
  struct Look {
    int track_id = -1;
    cv::Mat patch;         // CV_32F grey
    double threshold = 0;  // mean absolute difference that calls for a detection
  };
  cv::Mat patch_of(const cv::Mat& frame, const cv::Rect2f& box) const;

  AdaptiveCadenceOptions options_;
  std::vector<Look> looks_;
  int64_t last_detection_ = -1;
  mutable double last_change_ = 0;
};

}  // namespace swapcam::face
