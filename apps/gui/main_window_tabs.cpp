// MainWindow's runtime and live tabs and the camera listing behind them (the window itself, its
// settings and jobs: main_window.cpp).
#include "apps/gui/main_window.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include "apps/gui/live_window.h"
#include "apps/gui/swap_request.h"
#include "apps/gui/widgets.h"
#include "core/error.h"
#include "models/locate.h"
#include "runtime/providers.h"

namespace swapcam::gui {

namespace {

QDoubleSpinBox* spin(double lo, double hi, double step, int decimals) {  // the live tab's frame rate
  auto* s = new QDoubleSpinBox;
  s->setRange(lo, hi);
  s->setSingleStep(step);
  s->setDecimals(decimals);
  return s;
}

}  // namespace

QWidget* MainWindow::build_runtime_tab() {
  auto* w = new QWidget;
  auto* form = new QFormLayout(w);
  provider_ = new QComboBox;
  provider_->addItem(tr("auto (best available)"), "auto");
  for (const auto& name : runtime::available_provider_names()) {
    try {
      const auto p = runtime::parse_provider(name);
      const QString short_name = qstr(runtime::short_name(p));
      provider_->addItem(short_name, short_name);
    } catch (const Error&) {
      // A provider this build does not know by name: not offered.
    }
  }
  precision_ = new QComboBox;
  precision_->addItem(tr("auto"), "auto");
  for (const char* p : {"fp32", "fp16"}) precision_->addItem(p, p);
  threads_ = new QSpinBox;
  threads_->setRange(0, 256);
  threads_->setSpecialValueText(tr("automatic"));
  models_dir_ = new QLineEdit;
  models_dir_->setPlaceholderText(from_path(models::default_models_dir()));
  auto* dir_browse = new QPushButton("…");
  auto* dir_row = new QHBoxLayout;
  dir_row->addWidget(models_dir_, 1);
  dir_row->addWidget(dir_browse);
  in_use_ = new QLabel(tr("not loaded yet"));
  in_use_->setWordWrap(true);
  in_use_->setToolTip(
      tr("What the loaded models actually run on: a provider that failed falls back, and "
         "auto precision resolves per provider"));
  form->addRow(tr("Execution provider"), provider_);
  form->addRow(tr("Precision"), precision_);
  form->addRow(tr("Inference threads"), threads_);
  form->addRow(tr("Models folder"), dir_row);
  form->addRow(tr("In use"), in_use_);
  connect(dir_browse, &QPushButton::clicked, this, [this] {
    const QString d = QFileDialog::getExistingDirectory(this, tr("Models folder"), models_dir_->text());
    if (!d.isEmpty()) models_dir_->setText(d);
  });
  return w;
}

QWidget* MainWindow::build_live_tab() {
  auto* w = new QWidget;
  auto* form = new QFormLayout(w);
  camera_ = new QComboBox;
  camera_->setEditable(true);
  camera_->setToolTip(tr("A camera, or a video file / image folder standing in for one"));
  auto* camera_file = new QPushButton(tr("File…"));
  auto* cam_row = new QHBoxLayout;
  cam_row->addWidget(camera_, 1);
  cam_row->addWidget(camera_file);
  resolution_ = new QComboBox;
  resolution_->addItem(tr("device default"), QSize(0, 0));
  camera_fps_ = spin(0, 240, 1, 0);
  camera_fps_->setSpecialValueText(tr("device default"));
  mirror_ = new QCheckBox(tr("Mirror (selfie view)"));
  show_fps_ = new QCheckBox(tr("Draw fps and latency on the frames"));
  virtual_camera_ = new QComboBox;
  virtual_camera_->setEditable(true);
  virtual_camera_on_ = new QCheckBox(tr("Send to the virtual camera"));
  camera_info_ = new QLabel(tr("Looking for cameras…"));
  camera_info_->setWordWrap(true);
  auto* live_button = new QPushButton(tr("Live"));
  form->addRow(tr("Camera"), cam_row);
  form->addRow(tr("Resolution"), resolution_);
  form->addRow(tr("Frame rate"), camera_fps_);
  form->addRow(mirror_);
  form->addRow(show_fps_);
  form->addRow(tr("Virtual camera"), virtual_camera_);
  form->addRow(virtual_camera_on_);
  form->addRow(camera_info_);
  form->addRow(live_button);
  connect(camera_file, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Video standing in for a camera"), {}, media_file_filter());
    if (!f.isEmpty()) camera_->setEditText(f);
  });
  connect(camera_, &QComboBox::currentIndexChanged, this, &MainWindow::fill_camera_modes);
  connect(live_button, &QPushButton::clicked, this, [this] { start_live(); });
  return w;
}

// ---- Live ---------------------------------------------------------------------------------------

void MainWindow::list_cameras_async() {
  camera_lister_ = std::thread([this] {
    std::vector<media::CameraInfo> cams;
    QString note;
    try {
      cams = media::list_cameras();
      if (cams.empty()) note = tr("No camera found; a video file can stand in for one.");
    } catch (const std::exception& e) {
      note = tr("Cameras unavailable: %1").arg(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, cams, note] {
          cameras_ = cams;
          const bool was = applying_;
          applying_ = true;  // filling the lists is not an edit
          const QString current = combo_value(camera_);
          const QString current_vc = combo_value(virtual_camera_);
          int capture = 0, output = 0;
          for (const auto& c : cameras_) {
            const QString id = QString::fromStdString(c.id);
            const QString label = QString("%1 — %2").arg(id, QString::fromStdString(c.name));
            if (c.capture) {
              camera_->addItem(label, id);
              ++capture;
            }
            if (c.output) {
              virtual_camera_->addItem(label, QString::fromStdString(c.path));
              ++output;
            }
          }
          if (camera_->findData(current) >= 0) select_data(camera_, current);
          else camera_->setEditText(current);
          if (virtual_camera_->findData(current_vc) >= 0) select_data(virtual_camera_, current_vc);
          virtual_camera_on_->setEnabled(output > 0 || !current_vc.isEmpty());
          if (output == 0) virtual_camera_on_->setToolTip(tr("No virtual camera device (v4l2loopback) found"));
          camera_info_->setText(note.isEmpty() ? tr("Cameras: %1, virtual cameras: %2").arg(capture).arg(output)
                                               : note);
          applying_ = was;
          fill_camera_modes();
        },
        Qt::QueuedConnection);
  });
}

void MainWindow::fill_camera_modes() {
  const QString id = combo_value(camera_);
  const QSize keep = resolution_->currentData().toSize();
  const bool was = applying_;
  applying_ = true;
  resolution_->clear();
  resolution_->addItem(tr("device default"), QSize(0, 0));
  for (const auto& c : cameras_) {
    if (QString::fromStdString(c.id) != id) continue;
    for (const auto& m : c.modes) {
      const QSize size(m.width, m.height);
      if (resolution_->findData(size) < 0) resolution_->addItem(QString("%1x%2").arg(m.width).arg(m.height), size);
    }
  }
  if (resolution_->findData(keep) < 0)
    resolution_->addItem(QString("%1x%2").arg(keep.width()).arg(keep.height()), keep);
  resolution_->setCurrentIndex(resolution_->findData(keep));
  applying_ = was;
}

}  // namespace swapcam::gui
