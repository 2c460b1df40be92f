#pragma once
// Shared by the media tests: synthetic pictures, comparisons, and file checks.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/atomic_file.h"

namespace swapcam::test {

// A picture with gradients, edges and a shape whose position depends on `t`, so consecutive video
// frames differ and lossy codecs have something realistic to do.
inline cv::Mat make_pattern(int width, int height, int t = 0) {
  cv::Mat img(height, width, CV_8UC3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      img.at<cv::Vec3b>(y, x) =
          cv::Vec3b(cv::saturate_cast<uchar>(x * 255 / width), cv::saturate_cast<uchar>(y * 255 / height),
                    cv::saturate_cast<uchar>(128 + 100 * std::sin((x + y + 4 * t) * 0.05)));
  cv::circle(img, {(20 + 5 * t) % width, height / 2}, std::max(4, height / 6), {30, 200, 240}, cv::FILLED, cv::LINE_AA);
  cv::rectangle(img, {width / 8, height / 8}, {width / 3, height / 3}, {250, 250, 250}, 2);
  return img;
}

inline double psnr(const cv::Mat& a, const cv::Mat& b) { return cv::PSNR(a, b); }

inline std::vector<unsigned char> read_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
inline void write_bytes(const std::filesystem::path& p, const std::vector<unsigned char>& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

// Names of the files in `dir` (not recursive).
inline std::vector<std::string> list_dir(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
  return names;
}
inline bool has_temp_files(const std::filesystem::path& dir) {
  for (const auto& n : list_dir(dir))
    if (n.find(swapcam::media::kTempFileMarker) != std::string::npos) return true;
  return false;
}

// The ErrorKind of the swapcam::Error thrown by f (fails the test when nothing or something else is thrown).
template <typename F>
ErrorKind error_kind_of(F&& f, std::string* message = nullptr) {
  try {
    f();
  } catch (const swapcam::Error& e) {
    if (message) *message = e.what();
    return e.kind();
  }
  ADD_FAILURE() << "expected a swapcam::Error";
  return ErrorKind::Runtime;
}

}  // namespace swapcam::test
