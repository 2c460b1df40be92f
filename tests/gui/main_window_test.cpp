// The main window offscreen: settings persistence, an image swap with the identity swapper (output
// written, progress at 100 %), cancelling a video job (no output left), the preview, missing models.
#include <fstream>

#include <QSignalSpy>
#include <QTest>

#include "apps/gui/job_runner.h"
#include "apps/gui/main_window.h"
#include "apps/gui/swap_request.h"
#include "apps/gui/widgets.h"
#include "gui_test_support.h"
#include "media/image_io.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;
using gui::MainWindow;

TEST(GuiSettings, RoundTripThroughQSettings) {
  gui_app();
  TempDir dir;
  gui::GuiSettings s;
  s.sources = {"/a.png", "/b.jpg"};
  s.target = "/t.mp4";
  s.set_option("many-faces", "true");
  s.set_option("face-selector", "center");
  s.set_option("mouth-mask", "0.6");
  s.set_option("opacity", "0.35");
  s.set_option("enhancer", "gpen_bfr_256");
  s.set_option("video-quality", "30");
  s.set_option("no-audio", "true");
  s.execution_provider = "cuda";
  s.camera_width = 1280;
  s.camera_height = 720;
  s.mirror = false;
  s.occluder_model = "/m/xseg.onnx";
  s.parser_model = "/m/bisenet.onnx";
  {
    auto store = temp_store(dir);
    gui::save_settings(s, *store);
  }
  auto store = temp_store(dir);
  const auto r = gui::load_settings(*store);
  EXPECT_EQ(r.sources, s.sources);
  EXPECT_EQ(r.target, s.target);
  EXPECT_TRUE(r.flag("many-faces"));
  EXPECT_EQ(r.option("face-selector"), "center");
  EXPECT_EQ(r.option("mouth-mask"), "0.6");
  EXPECT_EQ(r.option("opacity"), "0.35");
  EXPECT_EQ(r.option("enhancer"), "gpen_bfr_256");
  EXPECT_EQ(r.option("video-quality"), "30");
  EXPECT_TRUE(r.flag("no-audio"));
  EXPECT_EQ(r.option("sharpness"), "0") << "an option never set has the table's default";
  EXPECT_EQ(r.execution_provider, "cuda");
  EXPECT_EQ(r.camera_width, 1280);
  EXPECT_FALSE(r.mirror);
  EXPECT_EQ(r.occluder_model, s.occluder_model);
  EXPECT_EQ(r.parser_model, s.parser_model);
}

TEST(MainWindow, RemembersItsSettingsBetweenRuns) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(testdata_dir() / "images" / "astronaut.png");
  s.set_option("opacity", "0.5");
  s.set_option("sharpness", "1.5");
  s.set_option("color-match", "true");
  s.set_option("enhancer", "gfpgan_1.4");
  s.set_option("video-encoder", "libx265");
  s.precision = "fp32";
  {
    auto store = temp_store(dir);
    MainWindow w(store.get());
    w.apply_settings(s);
    w.close();  // saves
  }
  auto store = temp_store(dir);
  MainWindow w(store.get());
  const auto r = w.current_settings();
  EXPECT_EQ(r.sources, s.sources);
  EXPECT_EQ(r.target, s.target);
  EXPECT_EQ(r.option("opacity"), "0.5");
  EXPECT_EQ(r.option("sharpness"), "1.5");
  EXPECT_TRUE(r.flag("color-match"));
  EXPECT_EQ(r.option("enhancer"), "gfpgan_1.4");
  EXPECT_EQ(r.option("video-encoder"), "libx265");
  EXPECT_EQ(r.precision, "fp32");
  EXPECT_EQ(r.swapper_model, s.swapper_model);  // per-role files are carried without a widget
}

TEST(MainWindow, SwapsAnImageAndReachesFullProgress) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  fs::copy_file(testdata_dir() / "images" / "astronaut.png", dir / "target.png");
  auto store = temp_store(dir);
  MainWindow w(store.get());
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(dir / "target.png");
  s.output = gui::from_path(dir / "out.png");
  w.apply_settings(s);
  w.show();

  QSignalSpy finished(&w.jobs(), &gui::JobRunner::finished);
  int max_progress = -1;
  QObject::connect(&w.jobs(), &gui::JobRunner::progress,
                   [&](int p, const QString&) { max_progress = std::max(max_progress, p); });
  ASSERT_TRUE(w.start_job()) << w.status_label()->text().toStdString();
  EXPECT_FALSE(w.start_button()->isEnabled());
  EXPECT_TRUE(w.cancel_button()->isEnabled());
  ASSERT_TRUE(finished.wait(120000) || finished.count() > 0);
  const auto args = finished.takeFirst();
  EXPECT_TRUE(args.at(0).toBool()) << args.at(2).toString().toStdString();
  EXPECT_TRUE(fs::is_regular_file(dir / "out.png"));
  EXPECT_EQ(max_progress, 100);
  EXPECT_EQ(w.progress_bar()->value(), 100);
  EXPECT_TRUE(w.start_button()->isEnabled());
  EXPECT_FALSE(w.cancel_button()->isEnabled());
  EXPECT_TRUE(w.status_label()->text().contains("1 of 1 faces swapped")) << w.status_label()->text().toStdString();
  // The identity swapper reproduces the input (up to blending): same size, labelled as a swap.
  const cv::Mat out = media::read_image(dir / "out.png");
  EXPECT_EQ(out.size(), cv::Size(512, 512));
  EXPECT_FALSE(media::read_provenance_label(dir / "out.png").empty());
}

TEST(MainWindow, SwapsAFolder) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  fs::create_directory(dir / "in");
  fs::copy_file(testdata_dir() / "images" / "astronaut.png", dir / "in" / "a.png");
  fs::copy_file(testdata_dir() / "images" / "astronaut.png", dir / "in" / "b.png");
  auto store = temp_store(dir);
  MainWindow w(store.get());
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(dir / "in");
  w.apply_settings(s);  // no output: the default, "<folder>_swapped" beside the folder

  QSignalSpy finished(&w.jobs(), &gui::JobRunner::finished);
  ASSERT_TRUE(w.start_job()) << w.status_label()->text().toStdString();
  ASSERT_TRUE(finished.wait(120000) || finished.count() > 0);
  const auto args = finished.takeFirst();
  EXPECT_TRUE(args.at(0).toBool()) << args.at(2).toString().toStdString();
  EXPECT_TRUE(fs::is_regular_file(dir / "in_swapped" / "a.png"));
  EXPECT_TRUE(fs::is_regular_file(dir / "in_swapped" / "b.png"));
  EXPECT_EQ(w.progress_bar()->value(), 100);
}

TEST(MainWindow, CancelStopsAVideoJobAndLeavesNoOutput) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  const fs::path video = make_test_video(dir, 300);
  auto store = temp_store(dir);
  MainWindow w(store.get());
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(video);
  s.output = gui::from_path(dir / "out" / "swapped.mp4");
  fs::create_directory(dir / "out");
  w.apply_settings(s);

  QSignalSpy finished(&w.jobs(), &gui::JobRunner::finished);
  // Cancel once frames are being written: a mid-run cancel, not one before the start.
  bool cancelled_mid_run = false;
  QObject::connect(&w.jobs(), &gui::JobRunner::progress, [&](int p, const QString& text) {
    if (!cancelled_mid_run && p > 0 && p < 100 && !text.isEmpty()) {
      cancelled_mid_run = true;
      w.cancel_job();
    }
  });
  ASSERT_TRUE(w.start_job()) << w.status_label()->text().toStdString();
  ASSERT_TRUE(finished.wait(120000) || finished.count() > 0);
  const auto args = finished.takeFirst();
  EXPECT_TRUE(cancelled_mid_run) << "no progress was reported before the end";
  EXPECT_FALSE(args.at(0).toBool());
  EXPECT_TRUE(args.at(1).toBool()) << args.at(2).toString().toStdString();
  EXPECT_FALSE(fs::exists(dir / "out" / "swapped.mp4"));
  EXPECT_TRUE(fs::is_empty(dir / "out")) << "temporary files were left behind";
  EXPECT_LT(w.progress_bar()->value(), 100);
  EXPECT_TRUE(w.start_button()->isEnabled());
}

TEST(MainWindow, PreviewShowsTheProcessedFrameAndTheModelsInUse) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  auto store = temp_store(dir);
  MainWindow w(store.get());
  QSignalSpy ready(&w.preview(), &gui::PreviewEngine::ready);
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(testdata_dir() / "images" / "astronaut.png");
  w.apply_settings(s);
  ASSERT_TRUE(wait_until(
      [&] { return !w.preview_view()->image().isNull() && w.models_in_use_label()->text().contains("cpu"); }, 60000))
      << w.models_in_use_label()->text().toStdString();
  ASSERT_GT(ready.count(), 0);
  const auto r = ready.last().at(0).value<gui::PreviewResult>();
  EXPECT_FALSE(r.before.isNull());
  EXPECT_FALSE(r.after.isNull());
  EXPECT_EQ(r.after.size(), QSize(512, 512));
  EXPECT_TRUE(r.models_in_use.contains("swapper cpu/fp32")) << r.models_in_use.toStdString();
  EXPECT_TRUE(r.message.contains("1 of 1")) << r.message.toStdString();
}

TEST(MainWindow, PreviewOfAVideoFrame) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  const fs::path video = make_test_video(dir, 20, 128);
  auto store = temp_store(dir);
  MainWindow w(store.get());
  QSignalSpy ready(&w.preview(), &gui::PreviewEngine::ready);
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(video);
  w.apply_settings(s);
  auto last = [&] { return ready.isEmpty() ? gui::PreviewResult{} : ready.last().at(0).value<gui::PreviewResult>(); };
  ASSERT_TRUE(wait_until([&] { return last().frame_count == 20 && !last().after.isNull(); }, 60000));
  EXPECT_TRUE(w.frame_slider()->isEnabled());
  EXPECT_EQ(w.frame_slider()->maximum(), 19);

  // Moving the slider renders that frame.
  w.frame_slider()->setValue(10);
  ASSERT_TRUE(wait_until([&] { return last().frame == 10; }, 60000));
  const auto r = last();
  EXPECT_EQ(r.before.size(), QSize(128, 128));
  EXPECT_EQ(w.preview_view()->image(), r.after);

  // Before/after: the original frame, then the swapped one again.
  w.show_original_box()->setChecked(true);
  EXPECT_EQ(w.preview_view()->image(), r.before);
  w.show_original_box()->setChecked(false);
  EXPECT_EQ(w.preview_view()->image(), r.after);
}

TEST(MainWindow, MissingModelIsReportedBeforeAnythingStarts) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  auto store = temp_store(dir);
  MainWindow w(store.get());
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(testdata_dir() / "images" / "astronaut.png");
  s.output = gui::from_path(dir / "out.png");
  s.swapper_model.clear();  // the default file in the (empty) models folder
  w.apply_settings(s);
  EXPECT_FALSE(w.start_job());
  const std::string status = w.status_label()->text().toStdString();
  EXPECT_NE(status.find("inswapper_128.onnx"), std::string::npos) << status;
  EXPECT_NE(status.find("swapcam models fetch"), std::string::npos) << status;
  EXPECT_FALSE(w.jobs().busy());
  EXPECT_FALSE(fs::exists(dir / "out.png"));
}

// The occluder and parser files (settings / --occluder-model, --parser-model) reach the swap with
// their mask types, and are left out (not refused) while their type is off, like the enhancer's file.
TEST(SwapRequest, MaskModelFilesReachTheSwapWithTheirMaskTypes) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.occluder_model = gui::from_path(model("occluder_lower_half.onnx"));
  s.parser_model = gui::from_path(model("parser_halves.onnx"));
  const auto off = gui::make_swap_options(s);
  EXPECT_TRUE(off.models.occluders.empty());
  EXPECT_TRUE(off.models.parser.empty());
  s.set_option("mask-types", "box,occlusion,region");
  const auto on = gui::make_swap_options(s);
  ASSERT_EQ(on.models.occluders.size(), 1u);
  EXPECT_EQ(on.models.occluders[0], model("occluder_lower_half.onnx"));
  EXPECT_EQ(on.models.parser, model("parser_halves.onnx"));
}

TEST(SwapRequest, DefaultOutputAndTargetKinds) {
  TempDir dir;
  fs::create_directory(dir / "shots");
  { std::ofstream(dir / "a.png") << "x"; }
  { std::ofstream(dir / "clip.avi") << "x"; }
  EXPECT_EQ(gui::classify_target(gui::from_path(dir / "a.png")), gui::TargetKind::Image);
  EXPECT_EQ(gui::classify_target(gui::from_path(dir / "clip.avi")), gui::TargetKind::Video);
  EXPECT_EQ(gui::classify_target(gui::from_path(dir / "shots")), gui::TargetKind::Folder);
  EXPECT_EQ(gui::classify_target(gui::from_path(dir / "missing.png")), gui::TargetKind::Missing);
  EXPECT_EQ(gui::default_output_path(gui::from_path(dir / "a.png")), gui::from_path(dir / "a_swapped.png"));
  EXPECT_EQ(gui::default_output_path(gui::from_path(dir / "clip.avi")), gui::from_path(dir / "clip_swapped.mp4"));
  EXPECT_EQ(gui::default_output_path(gui::from_path(dir / "shots")), gui::from_path(dir / "shots_swapped"));
}

}  // namespace
}  // namespace swapcam::test
