#include "apps/gui/option_form.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace swapcam::gui {

namespace {

QString text_of(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
// Labels are translated in the context "swapcam::gui::OptionForm" (the .ts files list them).
QString translated(std::string_view s) {
  return QCoreApplication::translate("swapcam::gui::OptionForm", std::string(s).c_str());
}

// The table's labels, listed for lupdate (a test checks that every row's label is here).
[[maybe_unused]] const char* const kLabels[] = {
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Swap every face"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Face selector"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Similarity threshold"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Fail when the target has no face"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Detector size"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Detector threshold"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Keep the target's mouth"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Match colours to the target"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Poisson (seamless) blend"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Opacity"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Sharpness"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Enhancer"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Enhancer blend"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Enhancer fidelity"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Swapper"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Pixel boost"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Identity strength"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Encoder"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Hardware decoding"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Quality"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Keep the frame rate"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Drop the audio"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Keep the swapped frames (PNG folder beside the output)"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Draw a visible mark on the output"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Mark position"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Mark opacity"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Leave the face-swap label out of the metadata"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Refuse targets the content filter flags (NSFW)"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Face mask types"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Box mask blur"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Box mask padding (top,right,bottom,left %)"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Occlusion model"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Face parser model"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Mask regions"),
    QT_TRANSLATE_NOOP("swapcam::gui::OptionForm", "Mask areas"),
};

int decimals_for(double step) { return step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step))); }

QDoubleSpinBox* number_box(const pipeline::OptionRow& r) {
  auto* box = new QDoubleSpinBox;
  const int decimals = decimals_for(r.step > 0 ? r.step : 0.01);
  const double tick = std::pow(10.0, -decimals);  // an open bound excludes its value: one tick inside
  box->setDecimals(decimals);
  box->setRange(r.min_open ? r.min + tick : r.min, r.max_open ? r.max - tick : r.max);
  box->setSingleStep(r.step > 0 ? r.step : tick);
  return box;
}

double to_number(const std::string& s, double fallback) {
  try {
    return std::stod(s);
  } catch (const std::exception&) {
    return fallback;
  }
}

}  // namespace

OptionForm::OptionForm(std::vector<std::string_view> groups, QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  const auto emit_changed = [this] { emit changed(); };
  for (const auto& row : pipeline::option_table()) {
    if (std::find(groups.begin(), groups.end(), row.group) == groups.end()) continue;
    Field f{&row, nullptr};
    const QString label = translated(row.label);
    using T = pipeline::OptionType;
    switch (row.type) {
      case T::Flag: {
        auto* box = new QCheckBox(label);
        connect(box, &QCheckBox::toggled, this, emit_changed);
        f.get = [box] { return std::string(box->isChecked() ? "true" : "false"); };
        f.set = [box](const std::string& v) { box->setChecked(v == "true"); };
        f.editor = box;
        form->addRow(box);
        break;
      }
      case T::Int: {
        auto* box = new QSpinBox;
        box->setRange(int(row.min), int(row.max));
        connect(box, &QSpinBox::valueChanged, this, emit_changed);
        f.get = [box] { return std::to_string(box->value()); };
        f.set = [box](const std::string& v) { box->setValue(int(to_number(v, box->value()))); };
        f.editor = box;
        form->addRow(label, box);
        break;
      }
      case T::Number: {
        auto* box = number_box(row);
        connect(box, &QDoubleSpinBox::valueChanged, this, emit_changed);
        f.get = [box] { return QString::number(box->value(), 'g', 6).toStdString(); };
        f.set = [box](const std::string& v) { box->setValue(to_number(v, box->value())); };
        f.editor = box;
        form->addRow(label, box);
        break;
      }
      case T::Choice: {
        auto* box = new QComboBox;
        for (const auto& c : row.choices())
          box->addItem(c.empty() ? tr("none") : QString::fromStdString(c), QString::fromStdString(c));
        connect(box, &QComboBox::currentIndexChanged, this, emit_changed);
        f.get = [box] { return box->currentData().toString().toStdString(); };
        f.set = [box](const std::string& v) {
          const int i = box->findData(QString::fromStdString(v));
          if (i >= 0) box->setCurrentIndex(i);
        };
        f.editor = box;
        form->addRow(label, box);
        break;
      }
      case T::Text:
      case T::Size: {
        auto* edit = new QLineEdit;
        connect(edit, &QLineEdit::textChanged, this, emit_changed);
        f.get = [edit] { return edit->text().trimmed().toStdString(); };
        f.set = [edit](const std::string& v) { edit->setText(QString::fromStdString(v)); };
        f.editor = edit;
        form->addRow(label, edit);
        break;
      }
      case T::OptionalNumber:
      case T::OptionalText: {
        // A checkbox turns it on; the value beside it starts at the table's implicit value.
        auto* on = new QCheckBox(label);
        auto* row_layout = new QHBoxLayout;
        row_layout->addWidget(on);
        const std::string implicit(row.implicit);
        if (row.type == T::OptionalNumber) {
          auto* box = number_box(row);
          box->setValue(to_number(implicit, 0));
          row_layout->addWidget(box);
          connect(box, &QDoubleSpinBox::valueChanged, this, emit_changed);
          f.get = [on, box] {
            return on->isChecked() ? QString::number(box->value(), 'g', 6).toStdString() : std::string();
          };
          f.set = [on, box, implicit](const std::string& v) {
            on->setChecked(!v.empty());
            box->setValue(to_number(v.empty() ? implicit : v, 0));
          };
          f.editor = box;
        } else {
          auto* edit = new QLineEdit(QString::fromStdString(implicit));
          row_layout->addWidget(edit, 1);
          connect(edit, &QLineEdit::textChanged, this, emit_changed);
          f.get = [on, edit, implicit] {
            const std::string t = edit->text().trimmed().toStdString();
            return on->isChecked() ? (t.empty() ? implicit : t) : std::string();
          };
          f.set = [on, edit, implicit](const std::string& v) {
            on->setChecked(!v.empty());
            edit->setText(QString::fromStdString(v.empty() ? implicit : v));
          };
          f.editor = edit;
        }
        connect(on, &QCheckBox::toggled, this, emit_changed);
        connect(on, &QCheckBox::toggled, f.editor, &QWidget::setEnabled);
        f.toggle = on;
        form->addRow(row_layout);
        break;
      }
    }
    f.editor->setToolTip(text_of(row.help));
    f.editor->setObjectName(text_of(row.key));  // tests and style sheets find a row's widget by its key
    fields_.push_back(std::move(f));
  }
  write({});
}

void OptionForm::read(std::map<std::string, std::string>& values) const {
  for (const auto& f : fields_) values[std::string(f.row->key)] = f.get();
}

void OptionForm::write(const std::map<std::string, std::string>& values) {
  const QSignalBlocker block(this);  // one change for the caller, not one per field
  for (const auto& f : fields_) {
    const auto it = values.find(std::string(f.row->key));
    f.set(it != values.end() ? it->second : f.row->default_text());
    if (f.toggle) f.editor->setEnabled(static_cast<QCheckBox*>(f.toggle)->isChecked());
  }
}

QWidget* OptionForm::editor(std::string_view key) const {
  for (const auto& f : fields_)
    if (f.row->key == key) return f.toggle ? f.toggle : f.editor;
  return nullptr;
}

}  // namespace swapcam::gui
