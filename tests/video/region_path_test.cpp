// Issue 19: a swapped frame is converted to BGR only in its faces' regions (FrameProcessor::footprint)
// and detection reads the frame scaled straight from the decoded planes. With the same faces, the
// encoder must get exactly the bytes the whole-frame conversion gives (VideoJobOptions::convert_regions
// = false), on lossless x264, for a plain swap and for one that also enhances, sharpens and blends.
#include <algorithm>
#include <ostream>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "media/frame_convert.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "media/video_writer.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/video_pipeline.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

constexpr int kW = 960, kH = 540, kFrames = 6;

// Two portraits (180 px) drifting over a smooth background: faces a sixth of the frame's height.
void write_two_face_clip(const fs::path& out) {
  cv::Mat small(kH / 30 + 2, kW / 30 + 2, CV_8UC3);
  cv::RNG(3).fill(small, cv::RNG::UNIFORM, 40, 200);
  cv::Mat background;
  cv::resize(small, background, cv::Size(kW, kH), 0, 0, cv::INTER_CUBIC);
  cv::Mat portrait;
  cv::resize(media::read_image(astronaut()), portrait, cv::Size(180, 180), 0, 0, cv::INTER_AREA);
  media::VideoWriterOptions w;
  w.encoder = "libx264";
  w.quality = 12;
  w.time_base = {1, 25};
  w.frame_rate = {25, 1};
  media::VideoWriter writer(out, kW, kH, w);
  for (int i = 0; i < kFrames; ++i) {
    cv::Mat frame = background.clone();
    portrait.copyTo(frame(cv::Rect(120 + 3 * i, 150 + i, 180, 180)));
    portrait.copyTo(frame(cv::Rect(600 - 2 * i, 200, 180, 180)));
    writer.write(frame, i, 1);
  }
  writer.finish();
}

pipeline::SwapOptions options(const fs::path& in, const fs::path& out) {
  pipeline::SwapOptions o;
  o.target = in;
  o.output = out;
  o.sources = {astronaut()};
  o.many_faces = true;
  o.models.detector = testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  o.models.recognizer = model("recognizer_arcface.onnx");
  o.models.swapper = model("swapper_tint.onnx");  // changes every face pixel: the paste is visible
  o.runtime.providers = {runtime::Provider::Cpu};
  o.runtime.intra_op_threads = 1;
  o.runtime.warmup = false;
  o.video_encoder = "libx264";
  o.video_quality = 0;  // lossless: the output holds what the encoder was given
  return o;
}

struct Variant {
  const char* name;
  void (*apply)(pipeline::SwapOptions&);
};

void PrintTo(const Variant& v, std::ostream* os) { *os << v.name; }

class RegionPath : public ::testing::TestWithParam<Variant> {};

TEST_P(RegionPath, GivesTheEncoderTheBytesOfTheWholeFramePath) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const fs::path in = dir / "in.mp4";
  write_two_face_clip(in);
  pipeline::SwapOptions o = options(in, dir / "out.mp4");
  GetParam().apply(o);
  const pipeline::FrameProcessor processor(o);
  // The same faces for both runs (those of the first frame, found at full size): only the
  // conversions differ.
  const face::Faces faces = processor.analyse(media::to_bgr(pictures_of(in).at(0)));
  ASSERT_EQ(faces.size(), 2u);

  const auto run = [&](const std::string& name, bool regions) {
    pipeline::VideoFrameWork work = pipeline::frame_processor_work(processor);
    work.detect = [&](const cv::Mat&) { return faces; };
    work.detect_scaled = [&](const cv::Mat& scaled, cv::Size frame) {
      EXPECT_EQ(scaled.size(), *processor.detection_size(frame));
      return faces;
    };
    pipeline::SwapOptions run_options = o;
    run_options.output = dir / name;
    pipeline::VideoJobOptions job;
    job.workers = 2;
    job.convert_regions = regions;
    const auto r = pipeline::run_video(run_options, job, work);
    EXPECT_EQ(r.frames, kFrames);
    EXPECT_EQ(r.frames_with_swaps, kFrames);
    EXPECT_EQ(r.frames_by_region, regions ? kFrames : 0) << "the path under test was not taken";
    return pictures_of(run_options.output);
  };
  const auto by_region = run("regions.mp4", true);
  const auto whole = run("whole.mp4", false);
  const auto input = pictures_of(in);
  ASSERT_EQ(by_region.size(), std::size_t(kFrames));
  ASSERT_EQ(whole.size(), std::size_t(kFrames));
  for (int i = 0; i < kFrames; ++i)
    for (int p = 0; p < 3; ++p) {
      cv::Mat d;
      cv::compare(by_region[i].plane(p), whole[i].plane(p), d, cv::CMP_NE);
      EXPECT_EQ(cv::countNonZero(d), 0) << "frame " << i << " plane " << p;
      cv::compare(whole[i].plane(p), input[i].plane(p), d, cv::CMP_NE);
      EXPECT_GT(cv::countNonZero(d), 0) << "frame " << i << " plane " << p << ": nothing was swapped";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Swaps, RegionPath,
    ::testing::Values(Variant{"plain", [](pipeline::SwapOptions&) {}},
                      // (--color-match works in crop space and reads nothing of the frame. It is left out: OpenCV's
                      // BGR->Lab conversion keeps allocations that LeakSanitizer reports as leaked when the first
                      // conversion ran on a worker thread, as here; seen in CI's ASan run.)
                      Variant{"enhanced_sharpened_half_opacity",
                              [](pipeline::SwapOptions& o) {
                                o.enhancer = "gpen256";
                                o.enhancer_blend = 1.f;
                                o.models.enhancer = model("enhancer_identity_256.onnx");
                                o.sharpness = 1.f;
                                o.opacity = 0.5f;
                              }},
                      Variant{"pixel_boost_256", [](pipeline::SwapOptions& o) { o.pixel_boost = 256; }}),
    [](const testing::TestParamInfo<Variant>& info) { return std::string(info.param.name); });

// The detector's input made from the decoded planes (area-averaged, no full-size BGR) finds the
// faces the full-size path finds, within a pixel or two of the frame (the input is 1.5x smaller).
TEST(RegionPathDetection, ScaledFromThePlanesFindsTheFacesOfTheFullFrame) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const fs::path in = dir / "in.mp4";
  write_two_face_clip(in);
  const pipeline::FrameProcessor processor(options(in, dir / "out.mp4"));
  const media::Picture picture = pictures_of(in).at(3);
  const cv::Size frame(kW, kH);
  const auto size = processor.detection_size(frame);
  ASSERT_TRUE(size.has_value());
  EXPECT_EQ(*size, cv::Size(640, 360));
  const face::Faces full = processor.analyse(media::to_bgr(picture));
  const face::Faces scaled = processor.detect_scaled(media::to_bgr_scaled(picture, *size), frame);
  ASSERT_EQ(full.size(), 2u);
  ASSERT_EQ(scaled.size(), full.size());
  for (const auto& a : full) {
    const auto b = std::min_element(scaled.begin(), scaled.end(), [&](const face::Face& x, const face::Face& y) {
      return cv::norm(x.box.tl() - a.box.tl()) < cv::norm(y.box.tl() - a.box.tl());
    });
    EXPECT_LT(cv::norm(b->box.tl() - a.box.tl()), 3.0);
    EXPECT_LT(cv::norm(b->box.br() - a.box.br()), 3.0);
    for (int k = 0; k < 5; ++k) EXPECT_LT(cv::norm(b->kps[k] - a.kps[k]), 2.0) << "keypoint " << k;
  }
  // With embeddings to find (a reference face), detection needs the frame itself.
  pipeline::SwapOptions o = options(in, dir / "out.mp4");
  o.face_selector = face::SelectorMode::Reference;
  o.reference_face = astronaut();
  EXPECT_FALSE(pipeline::FrameProcessor(o).detection_size(frame).has_value());
}

// Where the footprint cannot be bounded (Poisson blending reads around the mask), the frame is
// converted whole, and the log says none went by region.
TEST(RegionPathFootprint, IsUnboundedForPoissonBlendingAndEmptyWithoutKeypoints) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  pipeline::SwapOptions o = options(dir / "in.mp4", dir / "out.mp4");
  face::Face f;
  f.box = cv::Rect2f(100, 100, 150, 180);
  f.kps = {cv::Point2f(140, 160), cv::Point2f(210, 160), cv::Point2f(175, 200), cv::Point2f(150, 240),
           cv::Point2f(200, 240)};
  f.has_kps = true;
  const cv::Size frame(kW, kH);
  const auto r = pipeline::FrameProcessor(o).footprint(f, frame);
  ASSERT_TRUE(r.has_value());
  for (const auto& p : f.kps) EXPECT_TRUE(r->contains(cv::Point(p))) << p;
  EXPECT_LT(r->area(), frame.area() / 4);
  face::Face no_kps = f;
  no_kps.has_kps = false;
  EXPECT_TRUE(pipeline::FrameProcessor(o).footprint(no_kps, frame)->empty());
  o.poisson_blend = true;
  EXPECT_FALSE(pipeline::FrameProcessor(o).footprint(f, frame).has_value());
}

}  // namespace
}  // namespace swapcam::test
