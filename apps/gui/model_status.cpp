#include "apps/gui/model_status.h"

#include <QColor>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

#include "apps/gui/swap_request.h"
#include "models/download.h"

namespace swapcam::gui {

namespace {

struct Row {
  QString id, role, state, size, path;
  bool missing = false;
};

QString state_text(models::FileState s) {
  switch (s) {
    case models::FileState::Present: return QCoreApplication::translate("swapcam::gui::ModelStatusWidget", "present");
    case models::FileState::Missing: return QCoreApplication::translate("swapcam::gui::ModelStatusWidget", "missing");
    case models::FileState::SizeMismatch:
      return QCoreApplication::translate("swapcam::gui::ModelStatusWidget", "wrong size");
    case models::FileState::HashMismatch:
      return QCoreApplication::translate("swapcam::gui::ModelStatusWidget", "wrong checksum");
  }
  return {};
}

}  // namespace

ModelStatusWidget::ModelStatusWidget(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  summary_ = new QLabel(tr("Checking models…"));
  summary_->setWordWrap(true);
  table_ = new QTreeWidget;
  table_->setRootIsDecorated(false);
  table_->setHeaderLabels({tr("Model"), tr("Role"), tr("State"), tr("Size")});
  table_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  refresh_ = new QPushButton(tr("Check again"));
  fetch_ = new QPushButton(tr("Fetch missing models"));
  fetch_->setToolTip(
      tr("Downloads every missing or damaged model of the manifest into the models folder, "
         "checking each file's checksum"));
  bar_ = new QProgressBar;
  bar_->setVisible(false);
  layout->addWidget(summary_);
  layout->addWidget(table_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(refresh_);
  buttons->addWidget(fetch_);
  layout->addLayout(buttons);
  layout->addWidget(bar_);
  connect(refresh_, &QPushButton::clicked, this, [this] { refresh(dir_); });
  connect(fetch_, &QPushButton::clicked, this, &ModelStatusWidget::fetch_missing);
}

ModelStatusWidget::~ModelStatusWidget() { join(); }

void ModelStatusWidget::join() {
  if (worker_.joinable()) worker_.join();
}

void ModelStatusWidget::refresh(const std::filesystem::path& models_dir) {
  if (working_) return;
  join();
  dir_ = models_dir;
  working_ = true;
  fetch_->setEnabled(false);
  summary_->setText(tr("Checking %1…").arg(from_path(dir_)));
  worker_ = std::thread([this, dir = dir_] {
    std::vector<Row> rows;
    for (const auto& e : models::builtin_manifest()) {
      const auto st = models::check_model(e, dir, /*hash=*/false);
      Row r;
      r.id = QString::fromStdString(e.id);
      r.role = qstr(models::role_name(e.role));
      r.state = state_text(st.state);
      r.missing = st.state != models::FileState::Present;
      const std::uint64_t expected = e.known.empty() ? 0 : e.known.front().size;
      r.size = QString::fromStdString(models::human_size(st.state == models::FileState::Missing ? expected : st.size));
      r.path = from_path(st.path);
      rows.push_back(r);
    }
    QMetaObject::invokeMethod(
        this,
        [this, rows] {
          working_ = false;
          table_->clear();
          missing_ = 0;
          for (const auto& r : rows) {
            auto* it = new QTreeWidgetItem(table_, {r.id, r.role, r.state, r.size});
            it->setToolTip(0, r.path);
            if (r.missing) {
              ++missing_;
              it->setForeground(2, QColor(200, 60, 60));
            }
          }
          summary_->setText(missing_ == 0
                                ? tr("All models are present in %1").arg(from_path(dir_))
                                : tr("Missing or damaged models in %1: %2").arg(from_path(dir_)).arg(missing_));
          fetch_->setEnabled(missing_ > 0);
          emit refreshed(missing_);
        },
        Qt::QueuedConnection);
  });
}

void ModelStatusWidget::fetch_missing() {
  if (working_) return;
  join();
  working_ = true;
  fetch_->setEnabled(false);
  refresh_->setEnabled(false);
  bar_->setVisible(true);
  bar_->setRange(0, 0);
  worker_ = std::thread([this, dir = dir_] {
    std::vector<const models::ModelEntry*> wanted;
    for (const auto& e : models::builtin_manifest())
      if (models::check_model(e, dir, false).state != models::FileState::Present) wanted.push_back(&e);
    models::FetchOptions fo;
    fo.mirrors = models::mirrors_from_environment();
    fo.on_progress = [this](const models::DownloadProgress& p) {
      const int percent = p.total ? int(100.0 * double(p.done) / double(p.total)) : -1;
      const QString text = tr("%1: %2 of %3")
                               .arg(QString::fromStdString(p.label), QString::fromStdString(models::human_size(p.done)),
                                    p.total ? QString::fromStdString(models::human_size(p.total)) : QString("?"));
      QMetaObject::invokeMethod(
          this,
          [this, percent, text] {
            if (percent < 0) bar_->setRange(0, 0);
            else {
              bar_->setRange(0, 100);
              bar_->setValue(percent);
            }
            bar_->setFormat(text + "  %p%");
            summary_->setText(text);
          },
          Qt::QueuedConnection);
    };
    const auto outcomes = models::fetch_models(wanted, dir, fo);
    QStringList errors;
    for (const auto& o : outcomes)
      if (!o.error.empty())
        errors << QString("%1: %2").arg(QString::fromStdString(o.id), QString::fromStdString(o.error));
    QMetaObject::invokeMethod(
        this,
        [this, errors] {
          working_ = false;
          refresh_->setEnabled(true);
          bar_->setVisible(false);
          emit models_changed();
          refresh(dir_);
          if (!errors.isEmpty()) summary_->setToolTip(errors.join("\n"));
        },
        Qt::QueuedConnection);
  });
}

}  // namespace swapcam::gui
