#pragma once
// FaceAnalyser: the one object the pipelines use for faces. It owns the model slots (detector,
// recogniser, landmarker), each loaded lazily on first use and shared by all threads.
#include <filesystem>
#include <memory>

#include <opencv2/core.hpp>

#include "face/detector.h"
#include "face/face.h"
#include "face/landmarker.h"
#include "face/recognizer.h"
#include "runtime/model.h"

namespace swapcam::face {

struct AnalyserModels {
  std::filesystem::path detector;    // required
  std::filesystem::path recognizer;  // optional: needed for embeddings
  std::filesystem::path landmarker;  // optional: needed for 106 landmarks
};

// What analyse() computes beyond detection.
enum Analysis : unsigned {
  kDetect = 0,
  kEmbedding = 1u << 0,
  kLandmarks106 = 1u << 1,
};

class FaceAnalyser {
 public:
  FaceAnalyser(const AnalyserModels& models, const runtime::RuntimeConfig& cfg, DetectorOptions detector_options = {});

  // Faces of a BGR frame, best score first (grey and BGRA frames are converted).
  Faces detect(const cv::Mat& bgr) const;
  // Detects, then adds what `what` asks for. Throws Error(Usage) if a needed model was not configured.
  Faces analyse(const cv::Mat& bgr, unsigned what) const;
  // For a photo: when detect() finds nothing, looks again with the picture in the middle of a black
  // canvas twice its size. A face that fills the picture is larger than the detector's biggest anchors
  // at its input size (a tight crop of a portrait is missed at 640); padded, it is an ordinary size.
  // Boxes and points are in the photo's pixels (boxes clipped to it). Not for video: one more
  // detection on every frame without a face.
  Faces detect_photo(const cv::Mat& bgr) const;
  Faces analyse_photo(const cv::Mat& bgr, unsigned what) const;
  // Adds to already detected faces.
  void add(const cv::Mat& bgr, Faces& faces, unsigned what) const;

  bool has_recognizer() const { return recognizer_ != nullptr; }
  bool has_landmarker() const { return landmarker_ != nullptr; }
  const Detector& detector() const { return *detector_; }
  const Recognizer& recognizer() const;  // Error(Usage) when not configured
  const Landmarker& landmarker() const;  // Error(Usage) when not configured

 private:
  std::unique_ptr<Detector> detector_;
  std::unique_ptr<Recognizer> recognizer_;
  std::unique_ptr<Landmarker> landmarker_;
};

}  // namespace swapcam::face
