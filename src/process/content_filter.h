#pragma once
// The opt-in content filter (--nsfw-filter, docs/MODELS.md "Content filter"): three independent
// classifiers vote on a frame and it is flagged when at least two agree, so that one model's false
// positive neither blocks a harmless input nor lets through what the other two see. Videos and live
// streams are sampled once a second of their own time.
#include <array>
#include <filesystem>
#include <string>
#include <string_view>

#include <opencv2/core.hpp>

#include "runtime/model_slot.h"

namespace swapcam::process {

// How a classifier's first output becomes one score, compared with its threshold.
enum class ClassifierScore {
  MaxClassScore,       // detector-style [1, 4 + classes, boxes]: the highest class score of any box
  FirstMinusSecond,    // [1, 2]: out[0] - out[1]
  LastTwoMinusFirst2,  // [1, 4]: (out[2] + out[3]) - (out[0] + out[1])
};

// One classifier of the vote and how its output is scored. Its input side and RGB normalisation
// (x / 255 - mean) / std are its descriptor's (models/registry.cpp, kind classifier, same name): the
// frame is fitted into that side keeping the aspect ratio, zero padded.
struct ClassifierInfo {
  std::string_view id;  // registry name, manifest id and file stem: nsfw_1, nsfw_2, nsfw_3
  ClassifierScore score;
  float threshold;  // flagged when the score is above it
};

// The three classifiers of the vote, in the order of their files.
inline constexpr std::array<ClassifierInfo, 3> kContentClassifiers{{
    {"nsfw_1", ClassifierScore::MaxClassScore, 0.2f},
    {"nsfw_2", ClassifierScore::FirstMinusSecond, 0.25f},
    {"nsfw_3", ClassifierScore::LastTwoMinusFirst2, 10.5f},
}};

// Votes needed to flag a frame.
inline constexpr int kContentVotesNeeded = 2;
// A video is refused when more than this share of its sampled frames is flagged.
inline constexpr double kContentVideoFlaggedShare = 0.10;

// The classifier input for an 8-bit BGR frame: fitted into size x size (aspect kept, centred, the rest
// zero), RGB, normalised, planar [1,3,size,size] float values.
std::vector<float> classifier_blob(const cv::Mat& bgr, int size, const std::array<float, 3>& mean,
                                   const std::array<float, 3>& std);

// The score of a classifier output of the given kind; Error(InvalidData) naming `model` when the
// output has too few values for it.
float classifier_score(ClassifierScore kind, const std::vector<int64_t>& shape, const std::vector<float>& values,
                       const std::string& model);

struct ContentVerdict {
  bool flagged = false;
  std::array<float, 3> scores{};
  std::array<bool, 3> votes{};
  int yes_votes() const { return votes[0] + votes[1] + votes[2]; }
  // "2 of 3 classifiers (nsfw_1, nsfw_3)" (or "none of the 3 classifiers").
  std::string describe() const;
};

class ContentFilter {
 public:
  // One model file per entry of kContentClassifiers, in that order.
  ContentFilter(const std::array<std::filesystem::path, 3>& files, const runtime::RuntimeConfig& cfg);

  // Runs the vote on an 8-bit BGR frame. Safe to call from many threads at once.
  ContentVerdict check(const cv::Mat& frame) const;

 private:
  mutable std::array<runtime::ModelSlot, 3> slots_;
};

}  // namespace swapcam::process
