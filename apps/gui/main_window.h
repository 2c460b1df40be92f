#pragma once
// The main window: source faces, target, output, swap/video/runtime options, model status, live
// settings, a processed preview and Start/Cancel with progress. Every widget edits GuiSettings;
// all work goes to the library on worker threads (JobRunner, PreviewEngine, ModelStatusWidget,
// LiveWindow), never on the UI thread.
#include <memory>
#include <thread>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

#include "apps/gui/gui_settings.h"
#include "apps/gui/job_runner.h"
#include "apps/gui/option_form.h"
#include "apps/gui/preview_engine.h"
#include "apps/gui/responsible_use.h"
#include "media/camera.h"

namespace swapcam::gui {

class ImageView;
class SourceList;
class ModelStatusWidget;
class LiveWindow;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // `store` keeps the settings between runs (tests pass one on a temporary file).
  explicit MainWindow(QSettings* store, QWidget* parent = nullptr);
  ~MainWindow() override;

  GuiSettings current_settings() const;
  void apply_settings(const GuiSettings& settings);
  void save();

  // Starts the swap with the current settings; false (reason in the status line) when it cannot.
  bool start_job();
  void cancel_job();
  // Opens the live window and starts the session; when it cannot start, the window says why.
  LiveWindow* start_live();
  void open_face_mapping();

  JobRunner& jobs() { return jobs_; }
  PreviewEngine& preview() { return preview_; }
  QPushButton* start_button() const { return start_; }
  QPushButton* cancel_button() const { return cancel_; }
  QProgressBar* progress_bar() const { return progress_; }
  QLabel* status_label() const { return status_; }
  ImageView* preview_view() const { return preview_view_; }
  QSlider* frame_slider() const { return frame_slider_; }
  QCheckBox* show_original_box() const { return show_original_; }
  QLabel* models_in_use_label() const { return in_use_; }
  ModelStatusWidget* model_status() const { return model_status_; }

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  QWidget* build_files_panel();
  QWidget* build_preview_panel();
  QWidget* build_swap_tab();
  QWidget* build_video_tab();
  QWidget* build_runtime_tab();
  QWidget* build_live_tab();
  void connect_changes();
  void settings_changed();
  void schedule_preview();
  void show_preview(const PreviewResult& r);
  void update_target_info();
  void choose_target_file();
  void choose_target_folder();
  void choose_output();
  void list_cameras_async();
  void fill_camera_modes();
  void set_status(const QString& text);

  QSettings* store_;
  JobRunner jobs_;
  PreviewEngine preview_;
  QTimer preview_timer_;
  bool applying_ = false;  // apply_settings in progress: no change handling
  PreviewResult last_preview_;
  LiveWindow* live_ = nullptr;
  ResponsibleUsePanel* responsible_ = nullptr;

  // Files.
  SourceList* sources_;
  QLineEdit* target_;
  QLabel* target_info_;
  QLineEdit* output_;
  QPushButton* start_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* status_;

  // Preview.
  ImageView* preview_view_;
  QCheckBox* show_original_;
  QSlider* frame_slider_;
  QLabel* frame_label_;
  QLabel* preview_info_;

  // Swap.
  OptionForm* swap_form_;   // the option table's faces, blend, enhance and detector rows
  OptionForm* video_form_;  // and its video rows
  QLineEdit* reference_face_;
  QLabel* map_info_;
  QString map_faces_;

  // Video.

  // Runtime.
  QComboBox* provider_;
  QComboBox* precision_;
  QSpinBox* threads_;
  QLineEdit* models_dir_;
  QLabel* in_use_;
  ModelStatusWidget* model_status_;
  GuiSettings hidden_;  // settings without a widget (per-role model files) carried through

  // Live.
  QComboBox* camera_;
  QComboBox* resolution_;
  QDoubleSpinBox* camera_fps_;
  QCheckBox* mirror_;
  QCheckBox* show_fps_;
  QCheckBox* virtual_camera_on_;
  QComboBox* virtual_camera_;
  QLabel* camera_info_;
  std::vector<media::CameraInfo> cameras_;
  std::thread camera_lister_;
};

}  // namespace swapcam::gui
