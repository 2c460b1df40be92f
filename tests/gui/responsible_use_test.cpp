// Responsible use in the GUI: the consent notice (asked once, stored, asked again for a new notice),
// the tab's switches reaching the swap (a watermarked, unlabelled output from the window) and the
// settings file.
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include "apps/gui/job_runner.h"
#include "apps/gui/main_window.h"
#include "apps/gui/responsible_use.h"
#include "apps/gui/swap_request.h"
#include "gui_test_support.h"
#include "media/image_io.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

// Clicks the dialog's button named `name` once the modal dialog is up.
void click_when_shown(const char* name) {
  QTimer::singleShot(0, [name] {
    for (QWidget* w : QApplication::topLevelWidgets())
      if (auto* d = qobject_cast<gui::ConsentDialog*>(w); d && d->isVisible())
        if (auto* b = d->findChild<QPushButton*>(name)) b->click();
  });
}

TEST(Consent, AskedOnceAndRememberedWhenAccepted) {
  gui_app();
  TempDir dir;
  auto store = temp_store(dir);
  EXPECT_TRUE(gui::consent_needed(*store));
  click_when_shown("consent_quit");
  EXPECT_FALSE(gui::ask_for_consent(*store));
  EXPECT_TRUE(gui::consent_needed(*store)) << "declining must not be remembered as consent";
  click_when_shown("consent_agree");
  EXPECT_TRUE(gui::ask_for_consent(*store));
  EXPECT_FALSE(gui::consent_needed(*store));
  // Accepted: no dialog the next time (nothing clicks, so a dialog would block the test).
  auto again = temp_store(dir);
  EXPECT_TRUE(gui::ask_for_consent(*again));
  // A newer notice asks again.
  again->setValue("consent/accepted_version", gui::kConsentNoticeVersion - 1);
  EXPECT_TRUE(gui::consent_needed(*again));
}

TEST(Consent, TheNoticeSaysWhatConsentMeans) {
  gui_app();
  gui::ConsentDialog d;
  const auto* text = d.findChild<QLabel*>("consent_text");
  ASSERT_NE(text, nullptr);
  EXPECT_TRUE(text->text().contains("consent"));
  EXPECT_NE(d.findChild<QPushButton*>("consent_agree"), nullptr);
  EXPECT_NE(d.findChild<QPushButton*>("consent_quit"), nullptr);
}

TEST(ResponsibleUse, SettingsRoundTripAndReachTheSwapOptions) {
  gui_app();
  TempDir dir;
  gui::GuiSettings s = test_settings(dir);
  s.set_option("watermark", "Synthetic");
  s.set_option("watermark-position", "top-left");
  s.set_option("watermark-opacity", "0.4");
  s.set_option("no-label", "true");
  {
    auto store = temp_store(dir);
    gui::save_settings(s, *store);
  }
  auto store = temp_store(dir);
  const auto r = gui::load_settings(*store);
  EXPECT_EQ(r.option("watermark"), "Synthetic");
  EXPECT_EQ(r.option("watermark-position"), "top-left");
  EXPECT_EQ(r.option("watermark-opacity"), "0.4");
  EXPECT_TRUE(r.flag("no-label"));

  gui::ResponsibleUsePanel panel;
  panel.write(r);
  EXPECT_TRUE(panel.label_warning()->isVisibleTo(&panel)) << "turning the label off must say what it means";
  gui::GuiSettings back;
  panel.read(back);
  EXPECT_EQ(back.option("watermark-position"), "top-left");
  EXPECT_EQ(back.option("watermark"), "Synthetic");

  const auto o = gui::make_swap_options(r);
  ASSERT_TRUE(o.watermark);
  EXPECT_EQ(o.watermark_style.text, "Synthetic");
  EXPECT_EQ(o.watermark_style.corner, process::WatermarkCorner::TopLeft);
  EXPECT_NEAR(o.watermark_style.opacity, 0.4, 1e-6);
  EXPECT_FALSE(o.provenance);
  EXPECT_FALSE(gui::make_swap_options(gui::GuiSettings(test_settings(dir))).watermark);
}

TEST(ResponsibleUse, TheWindowWritesAMarkedUnlabelledImage) {
  SWAPCAM_REQUIRE_TESTDATA();
  gui_app();
  TempDir dir;
  auto store = temp_store(dir);
  gui::MainWindow w(store.get());
  gui::GuiSettings s = test_settings(dir);
  s.target = gui::from_path(testdata_dir() / "images" / "astronaut.png");
  s.output = gui::from_path(dir / "marked.png");
  s.set_option("watermark", "AI-swapped");
  s.set_option("watermark-opacity", "1");
  s.set_option("no-label", "true");
  w.apply_settings(s);
  QSignalSpy finished(&w.jobs(), &gui::JobRunner::finished);
  ASSERT_TRUE(w.start_job()) << w.status_label()->text().toStdString();
  ASSERT_TRUE(finished.wait(120000) || finished.count() > 0);
  ASSERT_TRUE(finished.takeFirst().at(0).toBool());
  EXPECT_TRUE(media::read_provenance_label(dir / "marked.png").empty());
  // The default corner (bottom right) differs from the input; the top left does not.
  const cv::Mat in = media::read_image(testdata_dir() / "images" / "astronaut.png");
  const cv::Mat out = media::read_image(dir / "marked.png");
  const cv::Rect corner(in.cols * 3 / 4, in.rows * 7 / 8, in.cols / 4, in.rows / 8);
  const cv::Rect clean(0, 0, in.cols / 4, in.rows / 8);
  EXPECT_GT(cv::norm(in(corner), out(corner), cv::NORM_L1), 0.0);
  EXPECT_EQ(cv::norm(in(clean), out(clean), cv::NORM_L1), 0.0);
}

}  // namespace
}  // namespace swapcam::test
