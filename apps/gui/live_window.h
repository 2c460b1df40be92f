#pragma once
// The live preview window: runs a LiveSession on a worker thread and shows the frames its preview
// output delivers (latest frame wins: a frame that arrives while the previous one is still waiting
// to be painted replaces it). Readout of fps and latency from the session's running metrics; mirror
// and virtual camera restart the session with the new setting; "Change source" hot-swaps the face.
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QTimer>
#include <QWidget>

#include "apps/gui/gui_settings.h"
#include "apps/gui/widgets.h"
#include "pipeline/live_pipeline.h"

namespace swapcam::gui {

class LiveWindow : public QWidget {
  Q_OBJECT

 public:
  explicit LiveWindow(GuiSettings settings, QWidget* parent = nullptr);
  ~LiveWindow() override;

  void start();
  void stop();  // stops the session and waits for it
  bool running() const { return session_ != nullptr; }
  // Hot swap on a worker thread; sources_changed reports the outcome (the old face stays on failure).
  // False when no session runs or a change is already under way.
  bool change_sources(const QStringList& files);
  qint64 frames_shown() const { return frames_shown_; }
  const GuiSettings& settings() const { return settings_; }

 signals:
  void stopped(const QString& reason);
  void frame_shown();
  void sources_changed(bool ok, const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void on_frame(const pipeline::LiveOutputFrame& frame);  // on the session's preview thread
  void show_latest();
  void update_readout();
  void restart();

  GuiSettings settings_;
  ImageView* view_;
  QLabel* readout_;
  QLabel* status_;
  QCheckBox* mirror_;
  QCheckBox* virtual_camera_;
  QTimer readout_timer_;

  std::unique_ptr<pipeline::LiveSession> session_;
  std::thread runner_;
  std::thread source_changer_;
  std::atomic<bool> changing_sources_{false};
  std::mutex frame_mutex_;
  QImage latest_;  // guarded by frame_mutex_
  std::atomic<bool> paint_pending_{false};
  qint64 frames_shown_ = 0;
};

}  // namespace swapcam::gui
