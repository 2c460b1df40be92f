// Face mapping (people in a target, the map file the library reads), the live window on a video
// file standing in for a camera (frames shown, hot swap), and the --screenshot option.
#include <fstream>

#include <QSignalSpy>

#include "apps/gui/face_map.h"
#include "apps/gui/face_map_dialog.h"
#include "apps/gui/live_window.h"
#include "apps/gui/swap_request.h"
#include "gui_test_support.h"
#include "pipeline/image_pipeline.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

TEST(FaceMap, FindsThePersonAndWritesAMapTheLibraryReads) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(testdata_dir() / "images" / "astronaut.png");
  const auto people = gui::find_target_people(s);
  ASSERT_EQ(people.clusters.size(), 1u);
  EXPECT_FALSE(people.clusters[0].reference.empty());
  // The reference has room around the face, so the detector finds it again when the map is read.
  EXPECT_GT(people.clusters[0].reference.cols, people.clusters[0].best.box.width * 1.5);

  EXPECT_THROW(gui::write_face_map(s, people, {fs::path()}, dir / "map"), Error);  // nobody has a source
  EXPECT_FALSE(fs::exists(dir / "map" / "map.json"));
  const fs::path source = testdata_dir() / "images" / "astronaut.png";
  const fs::path map = gui::write_face_map(s, people, {source}, dir / "map");
  const auto entries = pipeline::read_face_map(map);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(fs::weakly_canonical(entries[0].source), fs::weakly_canonical(source));
  EXPECT_TRUE(fs::is_regular_file(entries[0].reference));

  // A swap with the map: the reference crop is found again in the target and gets the source.
  s.map_faces = gui::from_path(map);
  s.sources.clear();
  s.output = gui::from_path(dir / "mapped.png");
  const auto r = pipeline::swap_image(gui::make_swap_options(s));
  EXPECT_EQ(r.frame.faces_swapped, 1);
  EXPECT_TRUE(fs::is_regular_file(dir / "mapped.png"));
}

TEST(FaceMap, VideoPeopleAreClusteredOverFrames) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(make_test_video(dir, 30, 192));
  const auto people = gui::find_target_people(s, 6);
  ASSERT_EQ(people.clusters.size(), 1u);  // the same person in every sampled frame
  EXPECT_GE(people.clusters[0].faces, 5);
}

TEST(FaceMapDialog, ShowsThePeopleAndWritesTheMapOnAccept) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(testdata_dir() / "images" / "astronaut.png");
  gui::FaceMapDialog dialog(s, dir / "map");
  QSignalSpy found(&dialog, &gui::FaceMapDialog::people_found);
  ASSERT_TRUE(found.wait(60000) || found.count() > 0);
  EXPECT_EQ(found.first().at(0).toInt(), 1);
  dialog.set_source(0, gui::from_path(testdata_dir() / "images" / "astronaut.png"));
  dialog.accept();
  EXPECT_EQ(dialog.result(), QDialog::Accepted);
  EXPECT_TRUE(fs::is_regular_file(dialog.map_file()));
}

TEST(LiveWindow, ShowsSwappedFramesFromAVideoStandingInForACamera) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.camera = gui::from_path(make_test_video(dir, 60, 192));
  gui::LiveWindow live(s);
  live.show();
  live.start();
  ASSERT_TRUE(live.running());
  ASSERT_TRUE(wait_until([&] { return live.frames_shown() >= 3; }, 60000));

  // Hot swap of the source face, then a bad photo that keeps the current one.
  QSignalSpy changed(&live, &gui::LiveWindow::sources_changed);
  ASSERT_TRUE(live.change_sources({gui::from_path(testdata_dir() / "images" / "astronaut.png")}));
  ASSERT_TRUE(changed.wait(60000) || changed.count() > 0);
  EXPECT_TRUE(changed.takeFirst().at(0).toBool());
  { std::ofstream(dir / "broken.png") << "not an image"; }
  ASSERT_TRUE(live.change_sources({gui::from_path(dir / "broken.png")}));
  ASSERT_TRUE(changed.wait(60000) || changed.count() > 0);
  EXPECT_FALSE(changed.takeFirst().at(0).toBool());
  const qint64 before = live.frames_shown();
  ASSERT_TRUE(wait_until([&] { return live.frames_shown() > before; }, 60000));  // still running

  live.stop();
  EXPECT_FALSE(live.running());
}

bool is_png(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[8] = {};
  in.read(magic, 8);
  return in && std::string(magic, 8) == std::string("\x89PNG\r\n\x1a\n", 8);
}

TEST(Screenshot, GuiExecutableWritesAPngOfTheMainWindow) {
  TempDir dir;
  const auto r =
      run_command("QT_QPA_PLATFORM=offscreen '" + std::string(SWAPCAM_GUI_PATH) + "' --settings '" +
                  (dir / "s.ini").string() + "' --screenshot '" + (dir / "shot.png").string() + "' --quit-after 300");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(is_png(dir / "shot.png"));
}

TEST(Screenshot, CliGuiCommandLaunchesTheApplication) {
  TempDir dir;
  const auto r = run_command("QT_QPA_PLATFORM=offscreen '" + cli_path().string() + "' gui --settings '" +
                             (dir / "s.ini").string() + "' --screenshot '" + (dir / "shot.png").string() +
                             "' --quit-after 300 --models-dir '" + dir.path().string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(is_png(dir / "shot.png"));
  // The models folder given to the CLI reached the application (and was remembered in its settings).
  std::ifstream in(dir / "s.ini");
  const std::string ini((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(ini.find(dir.path().string()), std::string::npos) << ini;
}

TEST(Screenshot, UsageErrorsExitWithTwo) {
  const auto r = run_command("QT_QPA_PLATFORM=offscreen '" + std::string(SWAPCAM_GUI_PATH) + "' --no-such-option");
  EXPECT_EQ(r.exit_code, 2) << r.output;
}

}  // namespace
}  // namespace swapcam::test
