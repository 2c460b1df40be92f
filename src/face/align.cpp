#include "face/align.h"

#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace swapcam::face {

AlignedFace warp_to_template(const cv::Mat& frame, const Landmarks5& kps, const Landmarks5& templ, int size) {
  if (frame.empty()) fail(ErrorKind::InvalidData, "cannot align a face in an empty image");
  if (size <= 0) fail(ErrorKind::Usage, "alignment size must be positive (got {})", size);
  AlignedFace out;
  out.matrix = estimate_alignment(kps, templ);
  cv::warpAffine(frame, out.crop, out.matrix, cv::Size(size, size), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                 cv::Scalar::all(0));
  return out;
}

AlignedFace align_arcface(const cv::Mat& frame, const Landmarks5& kps, int size) {
  return warp_to_template(frame, kps, arcface_template(size), size);
}

}  // namespace swapcam::face
