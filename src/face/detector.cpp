#include "face/detector.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "runtime/model.h"

namespace swapcam::face {

namespace {

constexpr int kStrides[3] = {8, 16, 32};

// Rows and channels of an [N,C] or [1,N,C] output; validated against its data.
struct OutputLayout {
  int64_t rows = 0;
  int64_t channels = 0;
};

OutputLayout layout_of(const runtime::Tensor& t, size_t index) {
  OutputLayout l;
  const auto& s = t.shape;
  if (s.size() == 2) {
    l.rows = s[0], l.channels = s[1];
  } else if (s.size() == 3) {
    if (s[0] != 1) fail(ErrorKind::InvalidData, "SCRFD output {} has batch size {} (expected 1)", index, s[0]);
    l.rows = s[1], l.channels = s[2];
  } else {
    fail(ErrorKind::InvalidData, "SCRFD output {} has {} dimensions (expected [N,C] or [1,N,C])", index, s.size());
  }
  if (l.rows < 0 || l.channels <= 0 || l.rows > (int64_t{1} << 40) / l.channels ||
      static_cast<int64_t>(t.data.size()) != l.rows * l.channels)
    fail(ErrorKind::InvalidData, "SCRFD output {} holds {} values, its shape says otherwise", index, t.data.size());
  return l;
}

// The constant a zero (black) canvas pixel becomes after normalisation.
constexpr float kPadValue = (0.f - 127.5f) / 128.f;

}  // namespace

Letterbox letterbox_geometry(int frame_width, int frame_height, int det_width, int det_height) {
  if (frame_width <= 0 || frame_height <= 0) fail(ErrorKind::InvalidData, "cannot detect faces in an empty image");
  if (det_width <= 0 || det_height <= 0)
    fail(ErrorKind::Usage, "detector size must be positive (got {}x{})", det_width, det_height);
  const double im_ratio = static_cast<double>(frame_height) / frame_width;
  const double model_ratio = static_cast<double>(det_height) / det_width;
  Letterbox lb;
  if (im_ratio > model_ratio) {
    lb.height = det_height;
    lb.width = static_cast<int>(det_height / im_ratio);
  } else {
    lb.width = det_width;
    lb.height = static_cast<int>(det_width * im_ratio);
  }
  lb.width = std::clamp(lb.width, 1, det_width);
  lb.height = std::clamp(lb.height, 1, det_height);
  lb.scale = static_cast<float>(lb.height) / static_cast<float>(frame_height);
  return lb;
}

Letterbox make_detector_blob(const cv::Mat& bgr, int det_width, int det_height, std::vector<float>& blob) {
  if (bgr.empty()) fail(ErrorKind::InvalidData, "cannot detect faces in an empty image");
  if (bgr.type() != CV_8UC3) fail(ErrorKind::InvalidData, "detector input must be 8-bit BGR (CV_8UC3)");
  const Letterbox lb = letterbox_geometry(bgr.cols, bgr.rows, det_width, det_height);

  // The only copy of the frame: the letterbox resize (none when the frame already fits exactly).
  cv::Mat resized;
  if (lb.width == bgr.cols && lb.height == bgr.rows) resized = bgr;
  else cv::resize(bgr, resized, cv::Size(lb.width, lb.height), 0, 0, cv::INTER_LINEAR);

  static const std::array<float, 256> lut = [] {
    std::array<float, 256> t{};
    for (int v = 0; v < 256; ++v) t[v] = (static_cast<float>(v) - 127.5f) / 128.f;
    return t;
  }();

  const size_t plane = static_cast<size_t>(det_width) * det_height;
  blob.resize(3 * plane);
  float* r_plane = blob.data();
  float* g_plane = r_plane + plane;
  float* b_plane = g_plane + plane;
  for (int y = 0; y < det_height; ++y) {
    float* r = r_plane + static_cast<size_t>(y) * det_width;
    float* g = g_plane + static_cast<size_t>(y) * det_width;
    float* b = b_plane + static_cast<size_t>(y) * det_width;
    int x = 0;
    if (y < lb.height) {
      const uint8_t* px = resized.ptr<uint8_t>(y);
      for (; x < lb.width; ++x, px += 3) {
        b[x] = lut[px[0]];
        g[x] = lut[px[1]];
        r[x] = lut[px[2]];
      }
    }
    std::fill(r + x, r + det_width, kPadValue);
    std::fill(g + x, g + det_width, kPadValue);
    std::fill(b + x, b + det_width, kPadValue);
  }
  return lb;
}

Faces decode_scrfd(std::span<const runtime::Tensor> outputs, const ScrfdDecodeParams& p) {
  if (outputs.size() != 6 && outputs.size() != 9)
    fail(ErrorKind::InvalidData,
         "SCRFD model has {} outputs (expected 6 or 9: scores, boxes[, keypoints] for strides 8, 16, 32)",
         outputs.size());
  if (p.input_width <= 0 || p.input_height <= 0 || !(p.det_scale > 0))
    fail(ErrorKind::InvalidData, "SCRFD decoding: bad input size {}x{} or scale {}", p.input_width, p.input_height,
         p.det_scale);
  const bool has_kps = outputs.size() == 9;
  const float inv_scale = 1.f / p.det_scale;
  Faces faces;
  for (int level = 0; level < 3; ++level) {
    const int s = kStrides[level];
    // Strided convolutions with padding round up: a feature map is ceil(size / stride) wide.
    const int64_t fw = (p.input_width + s - 1) / s;
    const int64_t fh = (p.input_height + s - 1) / s;
    const auto& scores = outputs[level];
    const auto& boxes = outputs[level + 3];
    const OutputLayout ls = layout_of(scores, level);
    const OutputLayout lbx = layout_of(boxes, level + 3);
    if (ls.channels != 1)
      fail(ErrorKind::InvalidData, "SCRFD score output {} has {} channels (expected 1)", level, ls.channels);
    if (lbx.channels != 4)
      fail(ErrorKind::InvalidData, "SCRFD box output {} has {} channels (expected 4)", level + 3, lbx.channels);
    const int64_t locations = fw * fh;
    if (ls.rows == 0 || ls.rows % locations != 0)
      fail(ErrorKind::InvalidData, "SCRFD output {} has {} rows, not a multiple of the {}x{} feature map of stride {}",
           level, ls.rows, fw, fh, s);
    const int64_t anchors = ls.rows / locations;
    if (lbx.rows != ls.rows)
      fail(ErrorKind::InvalidData, "SCRFD outputs {} and {} disagree on the number of anchors ({} vs {})", level,
           level + 3, ls.rows, lbx.rows);
    const runtime::Tensor* kps = nullptr;
    if (has_kps) {
      kps = &outputs[level + 6];
      const OutputLayout lk = layout_of(*kps, level + 6);
      if (lk.channels != 10)
        fail(ErrorKind::InvalidData, "SCRFD keypoint output {} has {} channels (expected 10)", level + 6, lk.channels);
      if (lk.rows != ls.rows)
        fail(ErrorKind::InvalidData, "SCRFD outputs {} and {} disagree on the number of anchors ({} vs {})", level,
             level + 6, ls.rows, lk.rows);
    }
    const float fs = static_cast<float>(s);
    for (int64_t j = 0; j < ls.rows; ++j) {
      const float score = scores.data[j];
      if (!(score >= p.score_threshold)) continue;  // NaN never passes
      const int64_t loc = j / anchors;
      const float cx = static_cast<float>((loc % fw) * s);
      const float cy = static_cast<float>((loc / fw) * s);
      const float* d = boxes.data.data() + j * 4;
      Face f;
      f.score = score;
      const float x1 = (cx - d[0] * fs) * inv_scale, y1 = (cy - d[1] * fs) * inv_scale;
      const float x2 = (cx + d[2] * fs) * inv_scale, y2 = (cy + d[3] * fs) * inv_scale;
      f.box = cv::Rect2f(x1, y1, x2 - x1, y2 - y1);
      if (kps) {
        const float* k = kps->data.data() + j * 10;
        for (int i = 0; i < 5; ++i)
          f.kps[i] = cv::Point2f((cx + k[2 * i] * fs) * inv_scale, (cy + k[2 * i + 1] * fs) * inv_scale);
        f.has_kps = true;
      }
      faces.push_back(f);
    }
  }
  return faces;
}

float iou_plus1(const cv::Rect2f& a, const cv::Rect2f& b) {
  const float ax2 = a.x + a.width, ay2 = a.y + a.height, bx2 = b.x + b.width, by2 = b.y + b.height;
  const float area_a = (a.width + 1.f) * (a.height + 1.f);
  const float area_b = (b.width + 1.f) * (b.height + 1.f);
  const float iw = std::max(0.f, std::min(ax2, bx2) - std::max(a.x, b.x) + 1.f);
  const float ih = std::max(0.f, std::min(ay2, by2) - std::max(a.y, b.y) + 1.f);
  const float inter = iw * ih;
  const float uni = area_a + area_b - inter;
  return uni > 0.f ? inter / uni : 0.f;
}

Faces non_max_suppression(Faces faces, float iou_threshold, size_t max_candidates, size_t max_kept, bool* capped) {
  if (capped) *capped = false;
  // Best score first, ties in input order: the order a stable sort gives, for the best ones only.
  std::vector<size_t> order(faces.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto better = [&](size_t a, size_t b) {
    return faces[a].score > faces[b].score || (faces[a].score == faces[b].score && a < b);
  };
  if (order.size() > max_candidates) {
    std::nth_element(order.begin(), order.begin() + static_cast<ptrdiff_t>(max_candidates), order.end(), better);
    order.resize(max_candidates);
    if (capped) *capped = true;
  }
  std::sort(order.begin(), order.end(), better);
  Faces kept;
  for (size_t i : order) {
    bool suppressed = false;
    for (const auto& k : kept)
      if (iou_plus1(faces[i].box, k.box) > iou_threshold) {
        suppressed = true;
        break;
      }
    if (suppressed) continue;
    if (kept.size() >= max_kept) {
      if (capped) *capped = true;
      break;
    }
    kept.push_back(std::move(faces[i]));
  }
  return kept;
}

void validate_detector_model(const runtime::Model& model) {
  if (model.inputs().empty()) fail(ErrorKind::InvalidData, "detector model '{}' has no input", model.path().string());
  const auto& shape = model.inputs()[0].shape;
  if (shape.size() != 4 || (shape[1] > 0 && shape[1] != 3))
    fail(ErrorKind::InvalidData, "detector model '{}' takes a {}-dimensional input, not an [N,3,H,W] image",
         model.path().string(), shape.size());
  if (shape[2] > kMaxDetectorSide || shape[3] > kMaxDetectorSide)
    fail(ErrorKind::InvalidData, "detector model '{}' declares a fixed {}x{} input, above the {}x{} swapcam accepts",
         model.path().string(), shape[3], shape[2], kMaxDetectorSide, kMaxDetectorSide);
}

Detector::Detector(runtime::ModelSpec spec, runtime::RuntimeConfig cfg, DetectorOptions options)
    : options_(options),
      slot_(
          [&] {
            if (spec.role.empty()) spec.role = "detector";
            // Warm up at the configured size rather than a degenerate 1x1 input.
            if (spec.warmup_shapes.empty())
              spec.warmup_shapes["input.1"] = {1, 3, options.det_height, options.det_width};
            if (!spec.validate) spec.validate = validate_detector_model;
            return std::move(spec);
          }(),
          std::move(cfg)) {
  if (options_.det_width < 32 || options_.det_height < 32)
    fail(ErrorKind::Usage, "detector size must be at least 32x32 (got {}x{})", options_.det_width, options_.det_height);
  if (!(options_.score_threshold >= 0.f && options_.score_threshold <= 1.f))
    fail(ErrorKind::Usage, "detection threshold must be within 0..1 (got {})", options_.score_threshold);
  if (!(options_.nms_threshold > 0.f && options_.nms_threshold <= 1.f))
    fail(ErrorKind::Usage, "NMS threshold must be within (0,1] (got {})", options_.nms_threshold);
}

Faces Detector::detect_blob(std::span<const float> blob, int det_width, int det_height, float det_scale) const {
  const runtime::Model& model = slot_.get();
  if (model.inputs().empty()) fail(ErrorKind::InvalidData, "detector model '{}' has no input", model.path().string());
  if (blob.size() != static_cast<size_t>(3) * det_width * det_height)
    fail(ErrorKind::InvalidData, "detector blob has {} values, expected 3x{}x{}", blob.size(), det_height, det_width);
  runtime::TensorView in{blob.data(), {1, 3, det_height, det_width}};
  const auto outputs = model.run(std::span<const runtime::TensorView>(&in, 1));
  ScrfdDecodeParams params{det_width, det_height, options_.score_threshold, det_scale};
  Faces faces;
  bool capped = false;
  try {
    faces = non_max_suppression(decode_scrfd(outputs, params), options_.nms_threshold, kMaxNmsCandidates,
                                kMaxFacesPerFrame, &capped);
  } catch (const Error& e) {
    fail(e.kind(), "detector model '{}': {}", model.path().string(), e.what());
  }
  if (capped) {
    static std::atomic<bool> warned{false};
    if (!warned.exchange(true))
      log::warn(
          "detector: more face candidates than swapcam keeps (the best {} enter suppression, at most {} faces "
          "a frame); a higher --det-thresh gives fewer",
          kMaxNmsCandidates, kMaxFacesPerFrame);
  }
  if (options_.max_faces > 0 && faces.size() > static_cast<size_t>(options_.max_faces))
    faces.resize(options_.max_faces);
  return faces;
}

Faces Detector::detect(const cv::Mat& frame) const {
  if (frame.empty()) fail(ErrorKind::InvalidData, "cannot detect faces in an empty image");
  if (frame.depth() != CV_8U) fail(ErrorKind::InvalidData, "detector input must be an 8-bit image");
  cv::Mat bgr = frame;
  if (frame.channels() == 1) cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
  else if (frame.channels() == 4) cv::cvtColor(frame, bgr, cv::COLOR_BGRA2BGR);
  else if (frame.channels() != 3) fail(ErrorKind::InvalidData, "detector input has {} channels", frame.channels());

  // A model exported with a fixed input size dictates it.
  int det_w = options_.det_width, det_h = options_.det_height;
  const runtime::Model& model = slot_.get();
  if (!model.inputs().empty()) {
    const auto& shape = model.inputs()[0].shape;
    if (shape.size() == 4 && shape[2] > 0 && shape[3] > 0 && (shape[2] != det_h || shape[3] != det_w)) {
      static std::atomic<bool> warned{false};
      if (!warned.exchange(true))
        log::warn("detector model '{}' has a fixed input of {}x{}; using it instead of the requested {}x{}",
                  model.path().string(), shape[3], shape[2], det_w, det_h);
      det_w = static_cast<int>(shape[3]);
      det_h = static_cast<int>(shape[2]);
    }
  }
  thread_local std::vector<float> blob;  // reused per thread: no 5 MB allocation per frame
  const Letterbox lb = make_detector_blob(bgr, det_w, det_h, blob);
  return detect_blob(blob, det_w, det_h, lb.scale);
}

}  // namespace swapcam::face
