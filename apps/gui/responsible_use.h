#pragma once
// Responsible use in the desktop application (README, "Responsible use"): the consent notice shown
// on first start, and the tab with the visible mark, the metadata label and the content filter.
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QWidget>

#include "apps/gui/gui_settings.h"
#include "apps/gui/option_form.h"

namespace swapcam::gui {

// The version of the notice the user accepted is stored; a changed notice asks again.
inline constexpr int kConsentNoticeVersion = 1;
bool consent_needed(const QSettings& store);
void record_consent(QSettings& store);

// The modal notice: accepted() when the user agrees, rejected() when they quit.
class ConsentDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ConsentDialog(QWidget* parent = nullptr);
};

// Shows the notice when the user has not accepted it yet; returns false when they decline (the
// application then quits). Records the acceptance.
bool ask_for_consent(QSettings& store, QWidget* parent = nullptr);

// The Responsible use tab: the option table's "marks" rows (visible mark, metadata label, content
// filter) and what leaving the label out means.
class ResponsibleUsePanel : public QWidget {
  Q_OBJECT
 public:
  explicit ResponsibleUsePanel(QWidget* parent = nullptr);
  void read(GuiSettings& s) const;
  void write(const GuiSettings& s);

  QCheckBox* watermark_box() const;
  QCheckBox* no_label_box() const;
  QLabel* label_warning() const { return label_warning_; }

 signals:
  void changed();

 private:
  void update_enabled();

  OptionForm* form_;
  QLabel* label_warning_;
};

}  // namespace swapcam::gui
