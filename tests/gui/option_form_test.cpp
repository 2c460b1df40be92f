// The GUI's option forms are made from the option table: every row of a tab has a widget, values go
// in and out as the table's text, and an edit is one changed() signal.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>

#include "apps/gui/main_window.h"
#include "apps/gui/option_form.h"
#include "apps/gui/responsible_use.h"
#include "gui_test_support.h"
#include "pipeline/option_table.h"

namespace swapcam::test {
namespace {

TEST(OptionForm, EveryRowOfItsGroupsHasAWidget) {
  gui_app();
  gui::OptionForm swap({"faces", "blend", "enhance", "detector"});
  gui::OptionForm video({"video"});
  gui::ResponsibleUsePanel marks;
  for (const auto& r : pipeline::option_table()) {
    const bool in_swap = r.group == "faces" || r.group == "blend" || r.group == "enhance" || r.group == "detector";
    EXPECT_EQ(swap.editor(r.key) != nullptr, in_swap) << r.key;
    EXPECT_EQ(video.editor(r.key) != nullptr, r.group == "video") << r.key;
  }
  EXPECT_NE(marks.watermark_box(), nullptr);
  EXPECT_NE(marks.no_label_box(), nullptr);
}

TEST(OptionForm, ValuesRoundTripAsTheTablesText) {
  gui_app();
  gui::OptionForm form({"faces", "swapper", "blend", "enhance", "detector", "video", "marks"});
  std::map<std::string, std::string> defaults;
  form.read(defaults);
  for (const auto& r : pipeline::option_table()) EXPECT_EQ(defaults.at(std::string(r.key)), r.default_text()) << r.key;

  const std::map<std::string, std::string> values = {
      {"many-faces", "true"},       {"face-selector", "best"}, {"opacity", "0.35"},
      {"mouth-mask", "0.6"},        {"det-size", "320x256"},   {"enhancer", "gpen_bfr_512"},
      {"video-quality", "30"},      {"keep-fps", "false"},     {"watermark", "Synthetic"},
      {"watermark-opacity", "0.4"}, {"no-label", "true"},      {"swapper", "hyperswap_1a_256"},
      {"pixel-boost", "512"},       {"swapper-weight", "0.3"}};
  QSignalSpy changed(&form, &gui::OptionForm::changed);
  form.write(values);
  EXPECT_EQ(changed.count(), 0) << "showing values is not an edit";
  std::map<std::string, std::string> back;
  form.read(back);
  for (const auto& [key, value] : values) EXPECT_EQ(back.at(key), value) << key;
  // Turning an optional row off empties it; an edit is signalled.
  auto* mouth = qobject_cast<QCheckBox*>(form.editor("mouth-mask"));
  ASSERT_NE(mouth, nullptr);
  mouth->setChecked(false);
  EXPECT_EQ(changed.count(), 1);
  form.read(back);
  EXPECT_EQ(back.at("mouth-mask"), "");
  // An open bound stays out of reach of the spin box.
  auto* mark_opacity = form.findChild<QDoubleSpinBox*>("watermark-opacity");
  ASSERT_NE(mark_opacity, nullptr);
  EXPECT_GT(mark_opacity->minimum(), 0.0);
}

}  // namespace
}  // namespace swapcam::test
