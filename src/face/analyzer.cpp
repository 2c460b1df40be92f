#include "face/analyzer.h"

#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"

namespace swapcam::face {

namespace {

runtime::ModelSpec spec_for(const char* role, const std::filesystem::path& path) {
  runtime::ModelSpec s;
  s.role = role;
  s.path = path;
  return s;
}

// The recogniser and landmarker crop with warpAffine, which keeps the channel count: give them BGR.
cv::Mat as_bgr(const cv::Mat& frame) {
  if (frame.empty()) fail(ErrorKind::InvalidData, "cannot analyse faces in an empty image");
  if (frame.depth() != CV_8U) fail(ErrorKind::InvalidData, "face analysis needs an 8-bit image");
  if (frame.channels() == 3) return frame;
  cv::Mat bgr;
  if (frame.channels() == 1) cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
  else if (frame.channels() == 4) cv::cvtColor(frame, bgr, cv::COLOR_BGRA2BGR);
  else fail(ErrorKind::InvalidData, "face analysis: image has {} channels", frame.channels());
  return bgr;
}

}  // namespace

FaceAnalyser::FaceAnalyser(const AnalyserModels& models, const runtime::RuntimeConfig& cfg,
                           DetectorOptions detector_options) {
  if (models.detector.empty()) fail(ErrorKind::Usage, "face analysis needs a detector model");
  detector_ = std::make_unique<Detector>(spec_for("detector", models.detector), cfg, detector_options);
  if (!models.recognizer.empty())
    recognizer_ = std::make_unique<Recognizer>(spec_for("recognizer", models.recognizer), cfg);
  if (!models.landmarker.empty())
    landmarker_ = std::make_unique<Landmarker>(spec_for("landmarks", models.landmarker), cfg);
}

const Recognizer& FaceAnalyser::recognizer() const {
  if (!recognizer_) fail(ErrorKind::Usage, "no face recogniser model configured (--recognizer-model)");
  return *recognizer_;
}

const Landmarker& FaceAnalyser::landmarker() const {
  if (!landmarker_) fail(ErrorKind::Usage, "no 106-point landmark model configured (--landmark-model)");
  return *landmarker_;
}

Faces FaceAnalyser::detect(const cv::Mat& bgr) const { return detector_->detect(bgr); }

void FaceAnalyser::add(const cv::Mat& frame, Faces& faces, unsigned what) const {
  if (faces.empty() || what == kDetect) return;
  const cv::Mat bgr = as_bgr(frame);
  // Landmarks first: a six-output detector gives no keypoints, and the 106 points supply them.
  if (what & kLandmarks106) landmarker().annotate(bgr, faces);
  if (what & kEmbedding) recognizer().embed(bgr, faces);
}

Faces FaceAnalyser::analyse(const cv::Mat& bgr, unsigned what) const {
  Faces faces = detect(bgr);
  add(bgr, faces, what);
  return faces;
}

Faces FaceAnalyser::detect_photo(const cv::Mat& frame) const {
  Faces faces = detect(frame);
  if (!faces.empty()) return faces;
  const cv::Mat bgr = as_bgr(frame);
  // At most 1024 px a side before padding: the detector scales to its input size anyway.
  const double scale = std::min(1.0, 1024.0 / std::max(bgr.cols, bgr.rows));
  cv::Mat small = bgr;
  if (scale < 1.0) cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
  const int px = small.cols / 2, py = small.rows / 2;
  cv::Mat padded;
  cv::copyMakeBorder(small, padded, py, py, px, px, cv::BORDER_CONSTANT, cv::Scalar::all(0));
  faces = detect(padded);
  const cv::Rect2f whole(0.f, 0.f, float(bgr.cols), float(bgr.rows));
  auto back = [&](cv::Point2f p) { return cv::Point2f(float((p.x - px) / scale), float((p.y - py) / scale)); };
  for (auto& f : faces) {
    const cv::Point2f tl = back(f.box.tl()), br = back(f.box.br());
    f.box = cv::Rect2f(tl, br) & whole;
    for (auto& p : f.kps) p = back(p);
  }
  std::erase_if(faces, [](const Face& f) { return f.box.area() <= 0.f; });
  if (!faces.empty())
    log::info("{} face{} found only with the picture padded (a face that fills the picture)", faces.size(),
              faces.size() == 1 ? "" : "s");
  return faces;
}

Faces FaceAnalyser::analyse_photo(const cv::Mat& bgr, unsigned what) const {
  Faces faces = detect_photo(bgr);
  add(bgr, faces, what);
  return faces;
}

}  // namespace swapcam::face
