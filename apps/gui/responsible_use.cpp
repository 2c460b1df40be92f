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
  auto* layout = new QVBoxLayout(this);
  form_ = new OptionForm({"marks"});
  label_warning_ =
      new QLabel(tr("Without the label, nothing in the file says it was made by face swapping: "
                    "label it yourself where you publish it."));
  label_warning_->setWordWrap(true);
  layout->addWidget(form_);
  layout->addWidget(label_warning_);
  layout->addStretch(1);
  connect(form_, &OptionForm::changed, this, [this] {
    update_enabled();
    emit changed();
  });
  update_enabled();
}

QCheckBox* ResponsibleUsePanel::watermark_box() const { return qobject_cast<QCheckBox*>(form_->editor("watermark")); }
QCheckBox* ResponsibleUsePanel::no_label_box() const { return qobject_cast<QCheckBox*>(form_->editor("no-label")); }

void ResponsibleUsePanel::read(GuiSettings& s) const { form_->read(s.options); }

void ResponsibleUsePanel::write(const GuiSettings& s) {
  form_->write(s.options);
  update_enabled();
}

void ResponsibleUsePanel::update_enabled() { label_warning_->setVisible(no_label_box()->isChecked()); }

}  // namespace swapcam::gui
