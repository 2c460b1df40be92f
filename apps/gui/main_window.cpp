#include "apps/gui/main_window.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QMimeData>
#include <QSplitter>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "apps/gui/face_map_dialog.h"
#include "apps/gui/live_window.h"
#include "apps/gui/model_status.h"
#include "apps/gui/swap_request.h"
#include "apps/gui/widgets.h"
#include "core/error.h"
#include "models/locate.h"
#include "runtime/providers.h"

namespace swapcam::gui {

MainWindow::MainWindow(QSettings* store, QWidget* parent) : QMainWindow(parent), store_(store) {
  setWindowTitle("swapcam");
  setAcceptDrops(true);

  auto* splitter = new QSplitter;
  splitter->addWidget(build_files_panel());
  splitter->addWidget(build_preview_panel());
  auto* tabs = new QTabWidget;
  tabs->addTab(build_swap_tab(), tr("Swap"));
  tabs->addTab(build_video_tab(), tr("Video"));
  tabs->addTab(build_runtime_tab(), tr("Runtime"));
  model_status_ = new ModelStatusWidget;
  tabs->addTab(model_status_, tr("Models"));
  tabs->addTab(build_live_tab(), tr("Live"));
  responsible_ = new ResponsibleUsePanel;
  tabs->addTab(responsible_, tr("Responsible use"));
  tabs->setMinimumWidth(340);
  splitter->addWidget(tabs);
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  splitter->setStretchFactor(2, 0);
  setCentralWidget(splitter);

  apply_settings(load_settings(*store_));
  if (store_->contains("window/geometry")) restoreGeometry(store_->value("window/geometry").toByteArray());
  else resize(1280, 760);

  preview_timer_.setSingleShot(true);
  preview_timer_.setInterval(250);  // coalesce bursts of edits into one preview
  connect(&preview_timer_, &QTimer::timeout, this,
          [this] { preview_.request(current_settings(), frame_slider_->value()); });
  connect(&preview_, &PreviewEngine::ready, this, &MainWindow::show_preview);
  connect(&preview_, &PreviewEngine::failed, this, [this](const QString& msg) {
    preview_info_->setText(msg);
    preview_view_->set_image({});
    preview_view_->set_placeholder(msg);
  });

  connect(&jobs_, &JobRunner::progress, this, [this](int percent, const QString& text) {
    if (percent < 0) progress_->setRange(0, 0);
    else {
      progress_->setRange(0, 100);
      progress_->setValue(percent);
    }
    if (!text.isEmpty()) set_status(text);
  });
  connect(&jobs_, &JobRunner::finished, this, [this](bool ok, bool cancelled, const QString& message, const QString&) {
    start_->setEnabled(true);
    cancel_->setEnabled(false);
    if (!ok) {
      progress_->setRange(0, 100);
      progress_->setValue(0);
    }
    set_status(cancelled || ok ? message : tr("Failed: %1").arg(message));
  });
  connect(model_status_, &ModelStatusWidget::models_changed, this, [this] {
    preview_.reset_models();
    schedule_preview();
  });

  connect_changes();
  model_status_->refresh(models_directory(current_settings()));
  list_cameras_async();
  update_target_info();
  schedule_preview();
}

MainWindow::~MainWindow() {
  delete live_;  // a top-level window of its own; its destructor stops the session
  jobs_.cancel();
  jobs_.wait();
  if (camera_lister_.joinable()) camera_lister_.join();
}

// ---- Building -----------------------------------------------------------------------------------

QWidget* MainWindow::build_files_panel() {
  auto* panel = new QWidget;
  auto* layout = new QVBoxLayout(panel);

  auto* src_box = new QGroupBox(tr("Source face"));
  auto* src_layout = new QVBoxLayout(src_box);
  sources_ = new SourceList;
  auto* src_buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add…"));
  auto* remove = new QPushButton(tr("Remove"));
  src_buttons->addWidget(add);
  src_buttons->addWidget(remove);
  src_layout->addWidget(sources_);
  src_layout->addLayout(src_buttons);
  connect(add, &QPushButton::clicked, this, [this] {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Source face photos"), {}, image_file_filter());
    if (!files.isEmpty()) sources_->add_files(files);
  });
  connect(remove, &QPushButton::clicked, sources_, &SourceList::remove_selected);

  auto* tgt_box = new QGroupBox(tr("Target"));
  auto* tgt_layout = new QVBoxLayout(tgt_box);
  target_ = new QLineEdit;
  target_->setPlaceholderText(tr("Image, video or folder (or drop it on the window)"));
  auto* tgt_buttons = new QHBoxLayout;
  auto* pick_file = new QPushButton(tr("Image/video…"));
  auto* pick_folder = new QPushButton(tr("Folder…"));
  tgt_buttons->addWidget(pick_file);
  tgt_buttons->addWidget(pick_folder);
  target_info_ = new QLabel;
  target_info_->setWordWrap(true);
  tgt_layout->addWidget(target_);
  tgt_layout->addLayout(tgt_buttons);
  tgt_layout->addWidget(target_info_);
  connect(pick_file, &QPushButton::clicked, this, &MainWindow::choose_target_file);
  connect(pick_folder, &QPushButton::clicked, this, &MainWindow::choose_target_folder);

  auto* out_box = new QGroupBox(tr("Output"));
  auto* out_layout = new QHBoxLayout(out_box);
  output_ = new QLineEdit;
  output_->setPlaceholderText(tr("Beside the target, \"_swapped\" added"));
  auto* browse = new QPushButton(tr("Browse…"));
  out_layout->addWidget(output_, 1);
  out_layout->addWidget(browse);
  connect(browse, &QPushButton::clicked, this, &MainWindow::choose_output);

  start_ = new QPushButton(tr("Start"));
  start_->setDefault(true);
  cancel_ = new QPushButton(tr("Cancel"));
  cancel_->setEnabled(false);
  auto* run_buttons = new QHBoxLayout;
  run_buttons->addWidget(start_);
  run_buttons->addWidget(cancel_);
  progress_ = new QProgressBar;
  progress_->setRange(0, 100);
  progress_->setValue(0);
  status_ = new QLabel(tr("Ready"));
  status_->setWordWrap(true);
  connect(start_, &QPushButton::clicked, this, [this] { start_job(); });
  connect(cancel_, &QPushButton::clicked, this, &MainWindow::cancel_job);

  layout->addWidget(src_box, 1);
  layout->addWidget(tgt_box);
  layout->addWidget(out_box);
  layout->addLayout(run_buttons);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  panel->setMinimumWidth(300);
  return panel;
}

QWidget* MainWindow::build_preview_panel() {
  auto* box = new QGroupBox(tr("Preview"));
  auto* layout = new QVBoxLayout(box);
  preview_view_ = new ImageView;
  preview_view_->set_placeholder(tr("Choose a source face and a target"));
  show_original_ = new QCheckBox(tr("Show original"));
  show_original_->setToolTip(tr("Before/after: the target frame as it is, or as swapped"));
  frame_slider_ = new QSlider(Qt::Horizontal);
  frame_slider_->setRange(0, 0);
  frame_slider_->setEnabled(false);
  frame_label_ = new QLabel;
  auto* refresh = new QPushButton(tr("Refresh"));
  auto* controls = new QHBoxLayout;
  controls->addWidget(show_original_);
  controls->addWidget(frame_slider_, 1);
  controls->addWidget(frame_label_);
  controls->addWidget(refresh);
  preview_info_ = new QLabel;
  preview_info_->setWordWrap(true);
  layout->addWidget(preview_view_, 1);
  layout->addLayout(controls);
  layout->addWidget(preview_info_);
  connect(show_original_, &QCheckBox::toggled, this, [this] { show_preview(last_preview_); });
  connect(frame_slider_, &QSlider::valueChanged, this, [this](int v) {
    frame_label_->setText(last_preview_.fps > 0 ? tr("frame %1 (%2 s)").arg(v).arg(v / last_preview_.fps, 0, 'f', 2)
                                                : QString());
    schedule_preview();
  });
  connect(refresh, &QPushButton::clicked, this, &MainWindow::schedule_preview);
  return box;
}

QWidget* MainWindow::build_swap_tab() {
  auto* w = new QWidget;
  auto* layout = new QVBoxLayout(w);
  // The files the options point at are the window's; every other field comes from the option table.
  auto* files = new QFormLayout;
  reference_face_ = new QLineEdit;
  reference_face_->setPlaceholderText(tr("Photo of the target person (reference selector)"));
  auto* ref_browse = new QPushButton("…");
  auto* ref_row = new QHBoxLayout;
  ref_row->addWidget(reference_face_, 1);
  ref_row->addWidget(ref_browse);
  auto* map_button = new QPushButton(tr("Map faces…"));
  auto* map_clear = new QPushButton(tr("Clear"));
  map_info_ = new QLabel(tr("none"));
  auto* map_row = new QHBoxLayout;
  map_row->addWidget(map_button);
  map_row->addWidget(map_clear);
  map_row->addWidget(map_info_, 1);
  files->addRow(tr("Reference face"), ref_row);
  files->addRow(tr("Face mapping"), map_row);
  swap_form_ = new OptionForm({"faces", "swapper", "blend", "enhance", "detector"});
  layout->addLayout(files);
  layout->addWidget(swap_form_);
  layout->addStretch(1);

  connect(ref_browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Reference face"), {}, image_file_filter());
    if (!f.isEmpty()) {
      reference_face_->setText(f);
      if (auto* selector = qobject_cast<QComboBox*>(swap_form_->editor("face-selector")))
        select_data(selector, "reference");
    }
  });
  connect(map_button, &QPushButton::clicked, this, &MainWindow::open_face_mapping);
  connect(map_clear, &QPushButton::clicked, this, [this] {
    map_faces_.clear();
    map_info_->setText(tr("none"));
    settings_changed();
  });
  return w;
}

QWidget* MainWindow::build_video_tab() {
  video_form_ = new OptionForm({"video"});
  return video_form_;
}

void MainWindow::connect_changes() {
  auto changed = [this] { settings_changed(); };
  connect(sources_, &SourceList::changed, this, changed);
  connect(target_, &QLineEdit::textChanged, this, [this] {
    update_target_info();
    settings_changed();
  });
  for (QLineEdit* e : {output_, reference_face_, models_dir_}) connect(e, &QLineEdit::textChanged, this, changed);
  for (QCheckBox* c : {mirror_, show_fps_, virtual_camera_on_}) connect(c, &QCheckBox::toggled, this, changed);
  for (QComboBox* c : {provider_, precision_, resolution_}) connect(c, &QComboBox::currentIndexChanged, this, changed);
  connect(camera_fps_, &QDoubleSpinBox::valueChanged, this, changed);
  connect(threads_, &QSpinBox::valueChanged, this, changed);
  for (OptionForm* f : {swap_form_, video_form_}) connect(f, &OptionForm::changed, this, changed);
  connect(responsible_, &ResponsibleUsePanel::changed, this, changed);
  connect(models_dir_, &QLineEdit::editingFinished, this, [this] {
    preview_.reset_models();
    model_status_->refresh(models_directory(current_settings()));
  });
}

// ---- Settings -----------------------------------------------------------------------------------

GuiSettings MainWindow::current_settings() const {
  GuiSettings s = hidden_;
  s.sources = sources_->files();
  s.target = target_->text().trimmed();
  s.output = output_->text().trimmed();
  s.reference_face = reference_face_->text().trimmed();
  s.map_faces = map_faces_;
  swap_form_->read(s.options);
  video_form_->read(s.options);
  s.execution_provider = provider_->currentData().toString();
  s.precision = precision_->currentData().toString();
  s.execution_threads = threads_->value();
  s.models_dir = models_dir_->text().trimmed();
  s.camera = combo_value(camera_).trimmed();
  const QSize res = resolution_->currentData().toSize();
  s.camera_width = res.width();
  s.camera_height = res.height();
  s.camera_fps = camera_fps_->value();
  s.mirror = mirror_->isChecked();
  s.show_fps = show_fps_->isChecked();
  s.virtual_camera_enabled = virtual_camera_on_->isChecked();
  s.virtual_camera = combo_value(virtual_camera_).trimmed();
  responsible_->read(s);
  return s;
}

void MainWindow::apply_settings(const GuiSettings& s) {
  applying_ = true;
  hidden_ = s;
  sources_->set_files(s.sources);
  target_->setText(s.target);
  output_->setText(s.output);
  reference_face_->setText(s.reference_face);
  map_faces_ = s.map_faces;
  map_info_->setText(map_faces_.isEmpty() ? tr("none") : QFileInfo(map_faces_).absoluteFilePath());
  swap_form_->write(s.options);
  video_form_->write(s.options);
  if (provider_->findData(s.execution_provider) < 0)  // saved on a machine with other providers: keep it visible
    provider_->addItem(tr("%1 (not available)").arg(s.execution_provider), s.execution_provider);
  select_data(provider_, s.execution_provider);
  select_data(precision_, s.precision);
  threads_->setValue(s.execution_threads);
  models_dir_->setText(s.models_dir);
  if (camera_->findData(s.camera) >= 0) select_data(camera_, s.camera);
  else camera_->setEditText(s.camera);
  const QSize res(s.camera_width, s.camera_height);
  if (resolution_->findData(res) < 0) resolution_->addItem(QString("%1x%2").arg(res.width()).arg(res.height()), res);
  resolution_->setCurrentIndex(resolution_->findData(res));
  camera_fps_->setValue(s.camera_fps);
  responsible_->write(s);
  mirror_->setChecked(s.mirror);
  show_fps_->setChecked(s.show_fps);
  virtual_camera_on_->setChecked(s.virtual_camera_enabled);
  if (virtual_camera_->findData(s.virtual_camera) >= 0) select_data(virtual_camera_, s.virtual_camera);
  else virtual_camera_->setEditText(s.virtual_camera);
  applying_ = false;
  update_target_info();
  schedule_preview();
}

void MainWindow::save() {
  save_settings(current_settings(), *store_);
  store_->setValue("window/geometry", saveGeometry());
  store_->sync();
}

void MainWindow::settings_changed() {
  if (applying_) return;
  schedule_preview();
}

void MainWindow::closeEvent(QCloseEvent* event) {
  save();
  if (live_) live_->close();
  event->accept();
}

// ---- Files --------------------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  // Dropped on the window (not the source list): the first local file or folder is the target.
  for (const QUrl& url : event->mimeData()->urls()) {
    if (!url.isLocalFile()) continue;
    target_->setText(url.toLocalFile());
    event->acceptProposedAction();
    return;
  }
}

void MainWindow::update_target_info() {
  switch (classify_target(target_->text().trimmed())) {
    case TargetKind::Missing:
      target_info_->setText(target_->text().isEmpty() ? QString() : tr("does not exist"));
      break;
    case TargetKind::Image: target_info_->setText(tr("image")); break;
    case TargetKind::Video: target_info_->setText(tr("video")); break;
    case TargetKind::Folder: target_info_->setText(tr("folder: every image and video inside is swapped")); break;
  }
  output_->setPlaceholderText(default_output_path(target_->text().trimmed()));
}

void MainWindow::choose_target_file() {
  const QString f =
      QFileDialog::getOpenFileName(this, tr("Target image or video"), target_->text(), media_file_filter());
  if (!f.isEmpty()) target_->setText(f);
}

void MainWindow::choose_target_folder() {
  const QString d = QFileDialog::getExistingDirectory(this, tr("Target folder"), target_->text());
  if (!d.isEmpty()) target_->setText(d);
}

void MainWindow::choose_output() {
  const QString target = target_->text().trimmed();
  const QString suggested = output_->text().isEmpty() ? default_output_path(target) : output_->text();
  QString chosen;
  switch (classify_target(target)) {
    case TargetKind::Folder: chosen = QFileDialog::getExistingDirectory(this, tr("Output folder"), suggested); break;
    case TargetKind::Video:
      chosen = QFileDialog::getSaveFileName(this, tr("Output video"), suggested,
                                            tr("Videos (%1)").arg("*.mp4 *.mkv *.mov *.webm"));
      break;
    default: chosen = QFileDialog::getSaveFileName(this, tr("Output image"), suggested, image_file_filter()); break;
  }
  if (!chosen.isEmpty()) output_->setText(chosen);
}

void MainWindow::set_status(const QString& text) { status_->setText(text); }

// ---- Jobs ---------------------------------------------------------------------------------------

bool MainWindow::start_job() {
  if (jobs_.busy()) return false;
  GuiSettings s = current_settings();
  if (s.output.isEmpty()) s.output = default_output_path(s.target);
  if (classify_target(s.target) == TargetKind::Missing) {
    set_status(s.target.isEmpty() ? tr("Choose a target first") : tr("Target '%1' does not exist").arg(s.target));
    return false;
  }
  pipeline::SwapOptions options;
  try {
    options = make_swap_options(s);
  } catch (const Error& e) {
    set_status(QString::fromStdString(e.what()));
    return false;
  }
  save();
  start_->setEnabled(false);
  cancel_->setEnabled(true);
  progress_->setRange(0, 100);
  progress_->setValue(0);
  set_status(tr("Swapping into %1…").arg(s.output));
  return jobs_.start(std::move(options));
}

void MainWindow::cancel_job() {
  jobs_.cancel();
  set_status(tr("Cancelling…"));
}

// ---- Preview ------------------------------------------------------------------------------------

void MainWindow::schedule_preview() {
  if (!applying_) preview_timer_.start();
}

void MainWindow::show_preview(const PreviewResult& r) {
  last_preview_ = r;
  const bool video = r.frame_count > 0;
  frame_slider_->setEnabled(video);
  if (video && frame_slider_->maximum() != r.frame_count - 1) {
    const QSignalBlocker block(frame_slider_);
    frame_slider_->setRange(0, int(r.frame_count - 1));
    frame_slider_->setValue(int(r.frame));
  }
  if (!video) {
    const QSignalBlocker block(frame_slider_);
    frame_slider_->setRange(0, 0);
    frame_label_->clear();
  }
  const bool original = show_original_->isChecked() || r.after.isNull();
  preview_view_->set_image(original ? r.before : r.after);
  preview_view_->set_placeholder(r.message);
  preview_info_->setText(original && !r.after.isNull() ? tr("%1 (showing the original)").arg(r.message) : r.message);
  if (!r.models_in_use.isEmpty()) in_use_->setText(r.models_in_use);
}

// ---- Face mapping -------------------------------------------------------------------------------

void MainWindow::open_face_mapping() {
  // Beside the settings file, so a test's temporary settings keep its maps too.
  const QString base = QFileInfo(store_->fileName()).absolutePath();
  const QString dir = base + "/face-maps/" + QString::number(QDateTime::currentMSecsSinceEpoch());
  FaceMapDialog dialog(current_settings(), to_path(dir), this);
  if (dialog.exec() != QDialog::Accepted) return;
  map_faces_ = from_path(dialog.map_file());
  map_info_->setText(map_faces_);
  settings_changed();
}

LiveWindow* MainWindow::start_live() {
  if (live_) {
    live_->close();
    delete live_;
    live_ = nullptr;
  }
  const GuiSettings s = current_settings();
  save();
  live_ = new LiveWindow(s, nullptr);
  connect(live_, &LiveWindow::stopped, this, [this](const QString& reason) { set_status(tr("Live: %1").arg(reason)); });
  live_->show();
  live_->start();
  if (!live_->running()) return live_;  // the window says why
  set_status(tr("Live from %1").arg(s.camera));
  return live_;
}

}  // namespace swapcam::gui
