// Face masks through the pipeline (FrameProcessor::finish_face) and the command line, on the real
// SCRFD-500M detector and the astronaut portrait with the tinting swapper (every pasted pixel changes)
// and the generated mask models of tools/testmodels/masks.py: an occluder that covers the lower half
// of the crop, a parser whose upper half is skin and lower half lower lip, and the landmark areas.
#include <gtest/gtest.h>

#include <cstdio>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "face/landmarker.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/option_table.h"
#include "test_support.h"

namespace swapcam::pipeline {
namespace {

using test::model;
namespace fs = std::filesystem;

fs::path astronaut() { return test::testdata_dir() / "images" / "astronaut.png"; }
fs::path scrfd() { return test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx"; }
std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

SwapOptions tint_options() {
  SwapOptions o;
  o.sources = {astronaut()};
  o.models.detector = scrfd();
  o.models.recognizer = model("recognizer_arcface.onnx");
  o.models.swapper = model("swapper_tint.onnx");
  o.models.landmarker = model("landmarks_106.onnx");
  o.runtime.providers = {runtime::Provider::Cpu};
  o.runtime.intra_op_threads = 1;
  o.runtime.warmup = false;
  return o;
}

void set(SwapOptions& o, const char* key, const char* value) {
  const OptionRow& r = *find_option(key);
  r.set(o, value, r);
}

// Eye and mouth boxes from the five keypoints: in the aligned crop the eyes sit at 40 % of its height
// and the mouth corners at 72 %, so both boxes stay clear of the crop's middle row.
struct Boxes {
  cv::Rect eyes, mouth;
};
Boxes kps_boxes(const face::Face& f) {
  const auto& k = f.kps;
  const float d = static_cast<float>(cv::norm(k[1] - k[0])), m = 0.12f * d;
  const cv::Rect2f eyes(std::min(k[0].x, k[1].x) - m, std::min(k[0].y, k[1].y) - m, std::abs(k[1].x - k[0].x) + 2 * m,
                        std::abs(k[1].y - k[0].y) + 2 * m);
  const cv::Rect2f mouth(std::min(k[3].x, k[4].x) - m, std::min(k[3].y, k[4].y) - m, std::abs(k[4].x - k[3].x) + 2 * m,
                         std::abs(k[4].y - k[3].y) + m + 0.2f * d);
  return {cv::Rect(eyes), cv::Rect(mouth)};
}
// The same from the 106 landmarks (the generated landmarker's layout): the eye rings and the outer lip.
Boxes landmark_boxes(const face::Face& f) {
  const auto& p = f.landmarks106;
  std::vector<cv::Point2f> eyes(p.begin() + 33, p.begin() + 43), lips(p.begin() + 52, p.begin() + 64);
  eyes.insert(eyes.end(), p.begin() + 87, p.begin() + 97);
  return {cv::boundingRect(eyes), cv::boundingRect(lips)};
}

double mean_abs_diff(const cv::Mat& a, const cv::Mat& b, cv::Rect r) {
  cv::Mat d;
  cv::absdiff(a(r), b(r), d);
  const cv::Scalar m = cv::mean(d);
  return (m[0] + m[1] + m[2]) / 3;
}

class FaceMaskPipeline : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    input_ = media::read_image(astronaut());
  }
  // Swaps the portrait with `o`; returns the result and the selected face (with its 106 landmarks).
  cv::Mat swap(const SwapOptions& o, face::Face* face = nullptr) const {
    FrameProcessor p(o);
    cv::Mat frame = input_.clone();
    auto selected = p.select(input_, p.analyse(input_));
    EXPECT_EQ(selected.size(), 1u);
    if (selected.empty()) return frame;
    EXPECT_EQ(p.swap_faces(frame, selected), 1);
    if (face) {
      *face = selected[0].face;
      if (face->landmarks106.empty()) {  // this run needed none: ask the landmarker directly
        runtime::ModelSpec spec;
        spec.role = "landmarks";
        spec.path = o.models.landmarker;
        face::Faces one{*face};
        face::Landmarker(spec, o.runtime).annotate(input_, one);
        *face = one[0];
      }
    }
    return frame;
  }
  void report(const char* what, const cv::Mat& out, const Boxes& b) const {
    std::printf("%-44s mean |out - in|: eyes %6.2f, mouth %6.2f\n", what, mean_abs_diff(out, input_, b.eyes),
                mean_abs_diff(out, input_, b.mouth));
  }
  cv::Mat input_;
};

TEST_F(FaceMaskPipeline, TheOccluderKeepsTheMouthWhileTheEyesAreSwapped) {
  face::Face f;
  SwapOptions o = tint_options();
  const cv::Mat plain = swap(o, &f);
  const Boxes b = kps_boxes(f);
  set(o, "mask-types", "box,occlusion");
  o.models.occluders = {model("occluder_lower_half.onnx")};
  const cv::Mat occluded = swap(o);
  report("box only", plain, b);
  report("box,occlusion (lower half covered)", occluded, b);
  EXPECT_GT(mean_abs_diff(plain, input_, b.mouth), 10.0) << "the tint reaches the mouth without the occluder";
  EXPECT_EQ(cv::norm(occluded(b.mouth), input_(b.mouth), cv::NORM_INF), 0) << "the covered mouth is the target's";
  EXPECT_GT(mean_abs_diff(occluded, input_, b.eyes), 0.8 * mean_abs_diff(plain, input_, b.eyes));
}

TEST_F(FaceMaskPipeline, TheRegionMaskKeepsWhatItsClassesLeaveOut) {
  face::Face f;
  SwapOptions o = tint_options();
  const cv::Mat plain = swap(o, &f);
  const Boxes b = kps_boxes(f);
  set(o, "mask-types", "box,region");
  o.models.parser = model("parser_halves.onnx");
  set(o, "mask-regions", "skin");  // the parser's upper half
  const cv::Mat skin = swap(o);
  report("box,region skin (upper half is skin)", skin, b);
  EXPECT_EQ(cv::norm(skin(b.mouth), input_(b.mouth), cv::NORM_INF), 0);
  EXPECT_GT(mean_abs_diff(skin, input_, b.eyes), 0.8 * mean_abs_diff(plain, input_, b.eyes));
  set(o, "mask-regions", "lower-lip");  // the parser's lower half: the other way round
  const cv::Mat lip = swap(o);
  report("box,region lower-lip (lower half)", lip, b);
  EXPECT_EQ(cv::norm(lip(b.eyes), input_(b.eyes), cv::NORM_INF), 0);
  EXPECT_GT(mean_abs_diff(lip, input_, b.mouth), 0.8 * mean_abs_diff(plain, input_, b.mouth));
}

TEST_F(FaceMaskPipeline, AreaMasksFollowTheLandmarks) {
  face::Face f;
  SwapOptions o = tint_options();
  const cv::Mat plain = swap(o, &f);
  ASSERT_EQ(f.landmarks106.size(), 106u);
  const Boxes b = landmark_boxes(f);
  set(o, "mask-types", "box,area");
  set(o, "mask-areas", "upper-face");
  const cv::Mat upper = swap(o);
  report("box,area upper-face", upper, b);
  EXPECT_EQ(cv::norm(upper(b.mouth), input_(b.mouth), cv::NORM_INF), 0);
  EXPECT_GT(mean_abs_diff(upper, input_, b.eyes), 0.8 * mean_abs_diff(plain, input_, b.eyes));
  // The generated lips are about 11 pixels tall in the 128 crop, so the sigma-5 smoothing keeps only a
  // quarter of the swap at their middle: part of the mouth box is swapped, none of the eyes.
  set(o, "mask-types", "area");
  set(o, "mask-areas", "mouth");
  const cv::Mat mouth = swap(o);
  report("area mouth", mouth, b);
  EXPECT_EQ(cv::norm(mouth(b.eyes), input_(b.eyes), cv::NORM_INF), 0);
  EXPECT_GT(mean_abs_diff(mouth, input_, b.mouth), 1.0);
  EXPECT_GT(cv::norm(mouth(b.mouth), input_(b.mouth), cv::NORM_INF),
            0.15 * cv::norm(plain(b.mouth), input_(b.mouth), cv::NORM_INF));
}

TEST_F(FaceMaskPipeline, AMaskModelTheOptionsNeedMustBeGiven) {
  SwapOptions o = tint_options();
  set(o, "mask-types", "occlusion");
  EXPECT_THROW(FrameProcessor{o}, Error);
  o = tint_options();
  set(o, "mask-types", "region");
  EXPECT_THROW(FrameProcessor{o}, Error);
  o = tint_options();
  set(o, "mask-types", "area");
  o.models.landmarker.clear();
  EXPECT_THROW(FrameProcessor{o}, Error);
}

// ------------------------------------------------------------------------------ command line

class FaceMaskCli : public FaceMaskPipeline {
 protected:
  std::string swap_cmd(const std::string& args) const {
    return q(test::cli_path()) + " swap --execution-provider cpu --models-dir " + q(dir_ / "models") +
           " --detector-model " + q(scrfd()) + " --recognizer-model " + q(model("recognizer_arcface.onnx")) +
           " --swapper-model " + q(model("swapper_tint.onnx")) + " --landmark-model " + q(model("landmarks_106.onnx")) +
           " -s " + q(astronaut()) + " -t " + q(astronaut()) + " " + args;
  }
  test::TempDir dir_;
};

TEST_F(FaceMaskCli, OccluderAndRegionFromTheCommandLine) {
  face::Face f;
  const cv::Mat plain = swap(tint_options(), &f);
  const Boxes b = kps_boxes(f);
  report("CLI reference: box only (library)", plain, b);
  for (const auto& [what, args] : std::vector<std::pair<std::string, std::string>>{
           {"CLI --mask-types box,occlusion",
            "--mask-types box,occlusion --occluder-model " + q(model("occluder_lower_half.onnx"))},
           {"CLI --mask-types box,region --mask-regions skin",
            "--mask-types box,region --mask-regions skin --parser-model " + q(model("parser_halves.onnx"))}}) {
    const fs::path out = dir_ / "out.png";
    const auto r = test::run_command(swap_cmd("-o " + q(out) + " " + args));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const cv::Mat result = media::read_image(out);
    report(what.c_str(), result, b);
    EXPECT_EQ(cv::norm(result(b.mouth), input_(b.mouth), cv::NORM_INF), 0) << what;
    EXPECT_GT(mean_abs_diff(result, input_, b.eyes), 0.8 * mean_abs_diff(plain, input_, b.eyes)) << what;
  }
}

TEST_F(FaceMaskCli, BadMaskOptionsAreOneLineUsageErrors) {
  for (const auto& [args, expected] : std::vector<std::pair<std::string, std::string>>{
           {"--mask-types box,hand", "unknown --mask-types 'hand' (expected one of: box, occlusion, region, area)"},
           {"--mask-blur 2", "--mask-blur must be between 0 and 1 (got 2)"},
           {"--mask-padding 10,20,30,40,50", "--mask-padding takes 1 to 4 percentages"},
           {"--occluder xseg_9", "unknown --occluder 'xseg_9' (expected one of: xseg_1, xseg_2, xseg_3, many)"},
           {"--mask-regions skin,ears", "unknown --mask-regions 'ears'"},
           {"--occluder-model " + q(model("occluder_lower_half.onnx")),
            "--occluder-model needs --mask-types with occlusion"},
           {"--mask-types region", "swapcam models fetch bisenet_resnet_34"},
       }) {
    const auto r = test::run_command(swap_cmd("-o " + q(dir_ / "x.png") + " " + args));
    EXPECT_EQ(r.exit_code, 2 - (args == "--mask-types region")) << args << "\n" << r.output;
    EXPECT_NE(r.output.find(expected), std::string::npos) << args << "\n" << r.output;
    EXPECT_FALSE(fs::exists(dir_ / "x.png"));
  }
}

}  // namespace
}  // namespace swapcam::pipeline
