#include "apps/gui/live_window.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "apps/gui/swap_request.h"
#include "apps/gui/widgets.h"
#include "core/error.h"

namespace swapcam::gui {

LiveWindow::LiveWindow(GuiSettings settings, QWidget* parent)
    : QWidget(parent, Qt::Window), settings_(std::move(settings)) {
  setWindowTitle(tr("swapcam live"));
  setAttribute(Qt::WA_DeleteOnClose, false);
  resize(800, 600);
  auto* layout = new QVBoxLayout(this);
  view_ = new ImageView;
  view_->set_placeholder(tr("Starting the camera…"));
  readout_ = new QLabel("–");
  status_ = new QLabel;
  status_->setWordWrap(true);
  mirror_ = new QCheckBox(tr("Mirror"));
  mirror_->setChecked(settings_.mirror);
  virtual_camera_ =
      new QCheckBox(settings_.virtual_camera.isEmpty() ? tr("Virtual camera")
                                                       : tr("Virtual camera (%1)").arg(settings_.virtual_camera));
  virtual_camera_->setChecked(settings_.virtual_camera_enabled && !settings_.virtual_camera.isEmpty());
  virtual_camera_->setEnabled(!settings_.virtual_camera.isEmpty());
  if (settings_.virtual_camera.isEmpty())
    virtual_camera_->setToolTip(tr("No virtual camera device (v4l2loopback) was found"));
  auto* change = new QPushButton(tr("Change source…"));
  auto* stop_button = new QPushButton(tr("Stop"));
  auto* bar = new QHBoxLayout;
  bar->addWidget(readout_, 1);
  bar->addWidget(mirror_);
  bar->addWidget(virtual_camera_);
  bar->addWidget(change);
  bar->addWidget(stop_button);
  layout->addWidget(view_, 1);
  layout->addLayout(bar);
  layout->addWidget(status_);

  connect(mirror_, &QCheckBox::toggled, this, [this](bool on) {
    settings_.mirror = on;
    restart();
  });
  connect(virtual_camera_, &QCheckBox::toggled, this, [this](bool on) {
    settings_.virtual_camera_enabled = on;
    restart();
  });
  connect(change, &QPushButton::clicked, this, [this] {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Source face photos"), {}, image_file_filter());
    if (!files.isEmpty()) change_sources(files);
  });
  connect(stop_button, &QPushButton::clicked, this, &QWidget::close);
  readout_timer_.setInterval(500);
  connect(&readout_timer_, &QTimer::timeout, this, &LiveWindow::update_readout);
}

LiveWindow::~LiveWindow() { stop(); }

void LiveWindow::start() {
  if (session_) return;
  try {
    pipeline::LiveOptions o = make_live_options(settings_);
    o.preview = [this](const pipeline::LiveOutputFrame& f) { on_frame(f); };
    session_ = std::make_unique<pipeline::LiveSession>(std::move(o));
  } catch (const std::exception& e) {
    status_->setText(tr("Cannot start: %1").arg(e.what()));
    view_->set_placeholder(status_->text());
    emit stopped(status_->text());
    return;
  }
  status_->setText(tr("Live from %1").arg(settings_.camera));
  runner_ = std::thread([this, session = session_.get()] {
    QString reason;
    try {
      const auto m = session->run();
      reason = QString::fromStdString(m.end_reason);
    } catch (const std::exception& e) {
      reason = tr("Stopped: %1").arg(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, reason] {
          status_->setText(reason);
          emit stopped(reason);
        },
        Qt::QueuedConnection);
  });
  readout_timer_.start();
}

void LiveWindow::stop() {
  readout_timer_.stop();
  if (source_changer_.joinable()) source_changer_.join();  // it uses the session
  if (session_) session_->stop();
  if (runner_.joinable()) runner_.join();
  session_.reset();
}

void LiveWindow::restart() {
  if (!session_) return;
  stop();
  start();
}

bool LiveWindow::change_sources(const QStringList& files) {
  if (!session_ || changing_sources_.exchange(true)) return false;
  if (source_changer_.joinable()) source_changer_.join();
  std::vector<std::filesystem::path> paths;
  for (const auto& f : files) paths.push_back(to_path(f));
  status_->setText(tr("Preparing the new source face…"));
  source_changer_ = std::thread([this, session = session_.get(), paths, files] {
    bool ok = true;
    QString message = tr("Source: %1").arg(files.join(", "));
    try {
      session->set_sources(paths);  // prepares the new face, then switches between frames
    } catch (const std::exception& e) {
      ok = false;
      message = tr("Source not changed: %1").arg(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, ok, message, files] {
          changing_sources_ = false;
          if (ok) settings_.sources = files;
          status_->setText(message);
          emit sources_changed(ok, message);
        },
        Qt::QueuedConnection);
  });
  return true;
}

void LiveWindow::on_frame(const pipeline::LiveOutputFrame& frame) {
  QImage image = to_qimage(frame.image);
  {
    std::lock_guard lock(frame_mutex_);
    latest_ = std::move(image);
  }
  // One paint request in flight at most: a slow UI never builds a queue of frames.
  if (!paint_pending_.exchange(true))
    QMetaObject::invokeMethod(
        this, [this] { show_latest(); }, Qt::QueuedConnection);
}

void LiveWindow::show_latest() {
  QImage image;
  {
    std::lock_guard lock(frame_mutex_);
    image = std::move(latest_);
    latest_ = QImage();
  }
  paint_pending_ = false;
  if (image.isNull()) return;
  view_->set_image(image);
  ++frames_shown_;
  emit frame_shown();
}

void LiveWindow::update_readout() {
  if (!session_) return;
  const auto m = session_->snapshot();
  readout_->setText(tr("%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5")
                        .arg(m.fps_in, 0, 'f', 1)
                        .arg(m.fps_out, 0, 'f', 1)
                        .arg(m.latency_ms.p50, 0, 'f', 0)
                        .arg(m.latency_ms.p95, 0, 'f', 0)
                        .arg(m.frames_dropped));
}

void LiveWindow::closeEvent(QCloseEvent* event) {
  stop();
  event->accept();
}

}  // namespace swapcam::gui
