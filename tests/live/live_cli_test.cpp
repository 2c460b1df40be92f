// `swapcam live` end to end on a generated video standing in for the camera, with the identity
// swapper (so the output must reproduce the input), the real SCRFD detector and the generated
// recogniser; plus the command's error paths and the session's hot swap of the source face.
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "media/video_writer.h"
#include "pipeline/live_pipeline.h"
#include "test_support.h"

namespace swapcam {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

constexpr int kWidth = 640, kHeight = 360, kFps = 25, kFrames = 75;  // 3 s

struct DecodedFrame {
  cv::Mat image;
  double t = 0;
};

std::vector<DecodedFrame> decode(const fs::path& file) {
  media::VideoReader r(file);
  std::vector<DecodedFrame> out;
  media::VideoFrame f;
  // Absolute stream time (not time from the first frame): a recording whose first source frame was
  // dropped starts later, and must still pair with the right frames.
  const double tb = r.info().time_base.value();
  while (r.read(f)) out.push_back({f.image.clone(), double(f.pts) * tb});
  return out;
}

class LiveCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!test::has_testdata()) return;
    dir_ = new TempDir();
    // A face moving over a textured background: the camera stand-in.
    cv::Mat face = media::read_image(test::testdata_dir() / "images" / "astronaut.png");
    cv::resize(face, face, {220, 220}, 0, 0, cv::INTER_AREA);
    media::VideoWriterOptions o;
    o.quality = 8;
    o.time_base = {1, kFps};
    o.frame_rate = {kFps, 1};
    media::VideoWriter w(*dir_ / "camera.mp4", kWidth, kHeight, o);
    for (int i = 0; i < kFrames; ++i) {
      cv::Mat frame(kHeight, kWidth, CV_8UC3);
      for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
          frame.at<cv::Vec3b>(y, x) =
              cv::Vec3b(uchar(60 + x / 8), uchar(90 + y / 6), uchar(120 + ((x + y + 3 * i) % 64)));
      face.copyTo(frame(cv::Rect(150 + 3 * i, 70, face.cols, face.rows)));
      w.write(frame, i);
    }
    w.finish();
    cv::Mat plain(200, 200, CV_8UC3, cv::Scalar(30, 160, 90));
    cv::imwrite((*dir_ / "no_face.png").string(), plain);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { SWAPCAM_REQUIRE_TESTDATA(); }

  static std::string models_args() {
    return " --detector-model " + (test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx").string() +
           " --recognizer-model " + test::model("recognizer_arcface.onnx").string() + " --swapper-model " +
           test::model("swapper_identity.onnx").string() + " --execution-provider cpu";
  }
  static std::string live(const std::string& args) {
    return test::cli_path().string() + " live -s " + (test::testdata_dir() / "images" / "astronaut.png").string() +
           " --camera " + (*dir_ / "camera.mp4").string() + models_args() + " " + args;
  }

  static TempDir* dir_;
};
TempDir* LiveCli::dir_ = nullptr;

TEST_F(LiveCli, IdentitySwapRecordingReproducesTheCameraFrames) {
  TempDir out;
  auto r = test::run_command(live("--no-preview --record " + (out / "out.mp4").string() + " --metrics-json " +
                                  (out / "m.json").string() + " --duration 20 --video-quality 10"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("end of input"), std::string::npos) << r.output;

  // Pair each recorded frame with the camera frame of the same timestamp (the recording keeps the
  // source timeline; dropped frames leave gaps rather than shifting the rest).
  auto input = decode(*dir_ / "camera.mp4");
  auto recorded = decode(out / "out.mp4");
  ASSERT_EQ(input.size(), size_t(kFrames));
  ASSERT_GE(recorded.size(), 10u) << r.output;
  double worst = 1e9;
  int last_match = -1;
  for (const auto& rec : recorded) {
    int best = int(std::lround(rec.t * kFps));
    ASSERT_GE(best, 0);
    ASSERT_LT(best, kFrames);
    ASSERT_NEAR(input[best].t, rec.t, 0.4 / kFps);
    EXPECT_GT(best, last_match) << "recorded frames go forward in time";
    last_match = best;
    double psnr = cv::PSNR(input[best].image, rec.image);
    worst = std::min(worst, psnr);
    EXPECT_GE(psnr, 35.0) << "recorded frame at " << rec.t << " s";
  }
  std::printf("identity live recording: %zu of %d frames recorded, worst PSNR %.2f dB\n", recorded.size(), kFrames,
              worst);

  std::ifstream mf(out / "m.json");
  auto m = nlohmann::json::parse(mf);
  for (const char* k : {"fps_in", "fps_out", "frames_in", "frames_out", "frames_dropped", "duration_s"})
    EXPECT_TRUE(m.contains(k)) << k;
  for (const char* k : {"p50", "p95", "max"}) EXPECT_TRUE(m["latency_ms"].contains(k)) << k;
  EXPECT_EQ(m["frames_in"].get<int>(), kFrames);
  EXPECT_GE(m["frames_out"].get<size_t>(), recorded.size());
  EXPECT_GT(m["fps_in"].get<double>(), 0);
  std::set<std::string> names;
  for (const auto& s : m["stages"]) {
    names.insert(s["name"].get<std::string>());
    for (const char* k : {"p50", "p95", "max"}) EXPECT_TRUE(s["latency_ms"].contains(k));
    EXPECT_TRUE(s.contains("dropped"));
  }
  for (const char* n : {"capture", "track", "swap", "composite", "output", "sink:record"})
    EXPECT_TRUE(names.count(n)) << n;
  // Each frame a stage passed on reached the next one or was counted as dropped there.
  auto field = [&](const std::string& name, const char* key) {
    for (const auto& s : m["stages"])
      if (s["name"] == name) return s[key].get<uint64_t>();
    return uint64_t(0);
  };
  const char* chain[] = {"capture", "track", "swap", "composite", "output", "sink:record"};
  for (size_t i = 1; i < std::size(chain); ++i)
    EXPECT_EQ(field(chain[i], "frames_out") + field(chain[i], "dropped"), field(chain[i - 1], "frames_out"))
        << chain[i];
}

TEST_F(LiveCli, WatermarkIsOnEveryRecordedFrame) {
  TempDir out;
  auto r = test::run_command(live("--no-preview --record " + (out / "marked.mp4").string() +
                                  " --duration 20 --video-quality 10 --watermark --watermark-position bottom-right"
                                  " --watermark-opacity 1"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto input = decode(*dir_ / "camera.mp4");
  auto recorded = decode(out / "marked.mp4");
  ASSERT_GE(recorded.size(), 10u) << r.output;
  const cv::Rect corner(kWidth * 3 / 4, kHeight * 7 / 8, kWidth / 4, kHeight / 8);
  const cv::Rect clean(0, 0, kWidth / 4, kHeight / 8);
  for (const auto& rec : recorded) {
    const int i = int(std::lround(rec.t * kFps));
    ASSERT_GE(i, 0);
    ASSERT_LT(i, kFrames);
    EXPECT_LT(cv::PSNR(input[i].image(corner), rec.image(corner)), 25.0) << "no mark at " << rec.t << " s";
    EXPECT_GT(cv::PSNR(input[i].image(clean), rec.image(clean)), 35.0) << "at " << rec.t << " s";
  }
}

TEST_F(LiveCli, NsfwFilterStopsTheSessionOnAFlaggedPicture) {
  TempDir out;
  std::string filter = " --nsfw-filter";
  for (const char* id : {"nsfw_1", "nsfw_2", "nsfw_3"})
    filter += " --nsfw-model " + test::model(std::string(id) + "_yes.onnx").string();
  auto r = test::run_command(live("--no-preview --record " + (out / "never.mp4").string() + " --duration 20" + filter));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("the live picture (frame 1) was refused by the content filter"), std::string::npos)
      << r.output;
  EXPECT_FALSE(fs::exists(out / "never.mp4"));
}

TEST_F(LiveCli, RawFramesGoToStdout) {
  TempDir out;
  auto r = test::run_command(live("--no-preview --duration 1.5 --output - --raw-format yuv420p --metrics-json " +
                                  (out / "m.json").string() + " 2>" + (out / "log.txt").string() + " | wc -c > " +
                                  (out / "count.txt").string()));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::ifstream cf(out / "count.txt");
  size_t bytes = 0;
  cf >> bytes;
  std::ifstream mf(out / "m.json");
  auto m = nlohmann::json::parse(mf);
  const size_t frame = size_t(kWidth) * kHeight * 3 / 2;
  EXPECT_GT(bytes, 0u);
  EXPECT_EQ(bytes % frame, 0u);
  // Every frame the stdout sink wrote arrived whole (the sink may drop frames when the reader is slow).
  size_t written = 0;
  for (const auto& st : m["stages"])
    if (st["name"] == "sink:stdout") written = st["frames_out"].get<size_t>();
  EXPECT_EQ(bytes / frame, written);
  EXPECT_LE(written, m["frames_out"].get<size_t>());
}

TEST_F(LiveCli, MissingDevicesAndBadOptionsAreClearErrors) {
  auto r = test::run_command(live("--no-preview --virtual-camera /dev/video986 --duration 1"));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("v4l2loopback"), std::string::npos) << r.output;

  r = test::run_command(test::cli_path().string() + " live -s " +
                        (test::testdata_dir() / "images" / "astronaut.png").string() +
                        " --camera /dev/video987 --no-preview" + models_args());
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("/dev/video987"), std::string::npos) << r.output;

  r = test::run_command(live("--no-preview --record /nonexistent-dir/out.mp4"));
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("does not exist"), std::string::npos) << r.output;

  r = test::run_command(live("--no-preview --output frames.raw"));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  r = test::run_command(live("--no-preview --resolution 640"));
  EXPECT_EQ(r.exit_code, 2) << r.output;
}

// The preview window on a virtual X display (xvfb-run, installed by scripts/setup.sh). Skipped under
// AddressSanitizer: HighGUI brings Qt 5, whose own allocations are not this project's to suppress.
TEST_F(LiveCli, PreviewWindowShowsTheFramesOnADisplay) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "HighGUI (Qt 5) under AddressSanitizer";
#endif
  if (test::run_command("command -v xvfb-run").exit_code != 0) GTEST_SKIP() << "xvfb-run is not installed";
  if (const auto x = test::run_command("xvfb-run -a true"); x.exit_code != 0)
    GTEST_SKIP() << "xvfb-run cannot start a display: " << x.output;
  TempDir out;
  auto r = test::run_command("env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb xvfb-run -a " +
                             live("--duration 2 --metrics-json " + (out / "m.json").string()));
  if (r.output.find("this build has no OpenCV HighGUI") != std::string::npos) GTEST_SKIP() << "built without HighGUI";
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto at = r.output.find("preview: ");
  ASSERT_NE(at, std::string::npos) << r.output;
  const long shown = std::atol(r.output.c_str() + at + 9);
  EXPECT_GT(shown, 0) << r.output;
  std::ifstream mf(out / "m.json");
  auto m = nlohmann::json::parse(mf);
  for (const auto& st : m["stages"])
    if (st["name"] == "sink:preview") EXPECT_GE(st["frames_out"].get<long>(), shown);
}

TEST_F(LiveCli, WithoutADisplayItRunsWithoutAWindowAndSaysSo) {
  auto r = test::run_command("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " + live("--duration 1"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("no preview window"), std::string::npos) << r.output;
  // A display that is named but not running: Qt would abort; swapcam says so and goes on.
  r = test::run_command("env -u QT_QPA_PLATFORM DISPLAY=:987 " + live("--duration 1"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("':987' is not running"), std::string::npos) << r.output;
  r = test::run_command("env -u DISPLAY -u WAYLAND_DISPLAY " + live("--duration 1 --no-preview"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.find("no preview window"), std::string::npos) << r.output;
}

TEST_F(LiveCli, SourceFaceCanBeSwappedWhileRunning) {
  pipeline::LiveOptions o;
  o.swap.sources = {test::testdata_dir() / "images" / "astronaut.png"};
  o.swap.models.detector = test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  o.swap.models.recognizer = test::model("recognizer_arcface.onnx");
  o.swap.models.swapper = test::model("swapper_identity.onnx");
  o.source.camera = (*dir_ / "camera.mp4").string();
  o.source.loop = true;
  o.pipeline.duration_s = 30;  // a safety net: stop() ends it long before
  pipeline::LiveSession session(o);
  std::thread runner;
  pipeline::LiveMetrics m;
  runner = std::thread([&] { m = session.run(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  // A photo without a face is refused and the current face stays.
  EXPECT_THROW(session.set_sources({*dir_ / "no_face.png"}), Error);
  EXPECT_NO_THROW(session.set_sources({test::testdata_dir() / "images" / "astronaut.png"}));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  session.stop();
  runner.join();
  EXPECT_EQ(m.source_changes, 1);
  EXPECT_EQ(m.end_reason, "stopped");
  EXPECT_GT(m.frames_output, 0u);
}

}  // namespace
}  // namespace swapcam
