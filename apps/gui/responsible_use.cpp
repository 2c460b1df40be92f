#include "apps/gui/responsible_use.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "process/watermark.h"

namespace swapcam::gui {

bool consent_needed(const QSettings& store) {
  return store.value("consent/accepted_version", 0).toInt() < kConsentNoticeVersion;
}

void record_consent(QSettings& store) {
  store.setValue("consent/accepted_version", kConsentNoticeVersion);
  store.sync();
}

ConsentDialog::ConsentDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Before you start"));
  setObjectName("consent_dialog");
  auto* layout = new QVBoxLayout(this);
  auto* text = new QLabel(
      tr("swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have "
         "given their consent, never use the results to deceive, harass or defame anyone, and follow the law "
         "where you live. Outputs carry a label saying that they were made by face swapping."));
  text->setObjectName("consent_text");
  text->setWordWrap(true);
  text->setMinimumWidth(420);
  layout->addWidget(text);
  auto* buttons = new QDialogButtonBox;
  auto* agree = buttons->addButton(tr("I agree"), QDialogButtonBox::AcceptRole);
  agree->setObjectName("consent_agree");
  auto* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
  quit->setObjectName("consent_quit");
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

bool ask_for_consent(QSettings& store, QWidget* parent) {
  if (!consent_needed(store)) return true;
  ConsentDialog dialog(parent);
  if (dialog.exec() != QDialog::Accepted) return false;
  record_consent(store);
  return true;
}

ResponsibleUsePanel::ResponsibleUsePanel(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  watermark_ = new QCheckBox(tr("Draw a visible mark on the output"));
  watermark_text_ = new QLineEdit;
  watermark_text_->setMaxLength(60);  // pipeline::kMaxWatermarkChars
  watermark_position_ = new QComboBox;
  watermark_position_->addItem(tr("top left"), "top-left");
  watermark_position_->addItem(tr("top right"), "top-right");
  watermark_position_->addItem(tr("bottom left"), "bottom-left");
  watermark_position_->addItem(tr("bottom right"), "bottom-right");
  watermark_opacity_ = new QDoubleSpinBox;
  watermark_opacity_->setRange(0.05, 1.0);
  watermark_opacity_->setSingleStep(0.05);
  watermark_opacity_->setDecimals(2);
  label_ = new QCheckBox(tr("Label outputs as face-swapped in their metadata"));
  label_warning_ = new QLabel(tr("Without the label, nothing in the file says it was made by face swapping: "
                                 "label it yourself where you publish it."));
  label_warning_->setWordWrap(true);
  nsfw_filter_ = new QCheckBox(tr("Refuse targets the content filter flags (NSFW)"));
  nsfw_filter_->setToolTip(tr("Needs the three classifier models: swapcam models fetch --for filter"));

  form->addRow(watermark_);
  form->addRow(tr("Mark text"), watermark_text_);
  form->addRow(tr("Mark position"), watermark_position_);
  form->addRow(tr("Mark opacity"), watermark_opacity_);
  form->addRow(label_);
  form->addRow(label_warning_);
  form->addRow(nsfw_filter_);

  for (QCheckBox* c : {watermark_, label_, nsfw_filter_}) connect(c, &QCheckBox::toggled, this, [this] {
      update_enabled();
      emit changed();
    });
  connect(watermark_text_, &QLineEdit::textChanged, this, &ResponsibleUsePanel::changed);
  connect(watermark_position_, &QComboBox::currentIndexChanged, this, &ResponsibleUsePanel::changed);
  connect(watermark_opacity_, &QDoubleSpinBox::valueChanged, this, &ResponsibleUsePanel::changed);
  write(GuiSettings{});
}

void ResponsibleUsePanel::read(GuiSettings& s) const {
  s.watermark = watermark_->isChecked();
  s.watermark_text = watermark_text_->text().trimmed();
  s.watermark_position = watermark_position_->currentData().toString();
  s.watermark_opacity = watermark_opacity_->value();
  s.label_outputs = label_->isChecked();
  s.nsfw_filter = nsfw_filter_->isChecked();
}

void ResponsibleUsePanel::write(const GuiSettings& s) {
  const QSignalBlocker blocks[] = {QSignalBlocker(watermark_), QSignalBlocker(watermark_text_),
                                   QSignalBlocker(watermark_position_), QSignalBlocker(watermark_opacity_),
                                   QSignalBlocker(label_), QSignalBlocker(nsfw_filter_)};
  watermark_->setChecked(s.watermark);
  watermark_text_->setText(s.watermark_text.isEmpty() ? QString::fromStdString(process::WatermarkOptions{}.text)
                                                      : s.watermark_text);
  const int at = watermark_position_->findData(s.watermark_position);
  watermark_position_->setCurrentIndex(at >= 0 ? at : watermark_position_->count() - 1);
  watermark_opacity_->setValue(s.watermark_opacity);
  label_->setChecked(s.label_outputs);
  nsfw_filter_->setChecked(s.nsfw_filter);
  update_enabled();
}

void ResponsibleUsePanel::update_enabled() {
  for (QWidget* w : std::initializer_list<QWidget*>{watermark_text_, watermark_position_, watermark_opacity_})
    w->setEnabled(watermark_->isChecked());
  label_warning_->setVisible(!label_->isChecked());
}

}  // namespace swapcam::gui
