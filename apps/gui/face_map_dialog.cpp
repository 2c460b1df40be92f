#include "apps/gui/face_map_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "apps/gui/swap_request.h"
#include "apps/gui/widgets.h"
#include "core/error.h"

namespace swapcam::gui {

FaceMapDialog::FaceMapDialog(const GuiSettings& settings, std::filesystem::path map_dir, QWidget* parent)
    : QDialog(parent), settings_(settings), map_dir_(std::move(map_dir)) {
  setWindowTitle(tr("Face mapping"));
  resize(560, 480);
  auto* layout = new QVBoxLayout(this);
  status_ = new QLabel(tr("Looking for faces in the target…"));
  status_->setWordWrap(true);
  table_ = new QTableWidget(0, 3);
  table_->setHorizontalHeaderLabels({tr("Target person"), tr("Seen"), tr("Source photo")});
  table_->verticalHeader()->setVisible(false);
  table_->setIconSize(QSize(96, 96));
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  layout->addWidget(status_);
  layout->addWidget(table_, 1);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &FaceMapDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &FaceMapDialog::reject);

  worker_ = std::thread([this] {
    try {
      auto people = find_target_people(settings_, 48, &cancel_);
      QMetaObject::invokeMethod(
          this,
          [this, people = std::move(people)]() mutable {
            people_ = std::move(people);
            sources_.assign(people_.clusters.size(), {});
            show_people();
            emit people_found(int(people_.clusters.size()));
          },
          Qt::QueuedConnection);
    } catch (const std::exception& e) {
      const QString msg = QString::fromStdString(e.what());
      QMetaObject::invokeMethod(
          this,
          [this, msg] {
            status_->setText(tr("Cannot find faces: %1").arg(msg));
            emit people_found(0);
          },
          Qt::QueuedConnection);
    }
  });
}

FaceMapDialog::~FaceMapDialog() {
  cancel_ = true;
  worker_.join();
}

void FaceMapDialog::show_people() {
  const auto& people = people_.clusters;
  status_->setText(people.empty() ? tr("No face found in the target.")
                                  : tr("People found: %1. Choose a source photo for each person to swap; "
                                       "people without one are left as they are.")
                                        .arg(people.size()));
  table_->setRowCount(int(people.size()));
  for (int i = 0; i < int(people.size()); ++i) {
    auto* face =
        new QTableWidgetItem(QIcon(QPixmap::fromImage(to_qimage(people[i].reference))), QString("#%1").arg(i + 1));
    face->setFlags(Qt::ItemIsEnabled);
    table_->setItem(i, 0, face);
    auto* seen = new QTableWidgetItem(QString::number(people[i].faces));
    seen->setFlags(Qt::ItemIsEnabled);
    table_->setItem(i, 1, seen);
    auto* pick = new QPushButton(tr("Choose…"));
    connect(pick, &QPushButton::clicked, this, [this, i] {
      const QString f = QFileDialog::getOpenFileName(this, tr("Source photo"), {}, image_file_filter());
      if (!f.isEmpty()) set_source(i, f);
    });
    table_->setCellWidget(i, 2, pick);
    table_->setRowHeight(i, 104);
  }
}

void FaceMapDialog::set_source(int person, const QString& file) {
  if (person < 0 || person >= int(sources_.size())) return;
  sources_[person] = to_path(file);
  if (auto* b = qobject_cast<QPushButton*>(table_->cellWidget(person, 2))) {
    b->setIcon(thumbnail_icon(file, 96));
    b->setIconSize(QSize(96, 96));
    b->setText(QFileInfo(file).fileName());
  }
}

void FaceMapDialog::accept() {
  try {
    map_file_ = write_face_map(settings_, people_, sources_, map_dir_);
    QDialog::accept();
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Face mapping"), QString::fromStdString(e.what()));
  }
}

}  // namespace swapcam::gui
