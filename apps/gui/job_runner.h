#pragma once
// Runs one swap (image, video or folder target) on a worker thread. Progress, completion and errors
// come back as signals on the thread that owns the runner (the UI thread); cancel() is honoured by
// the video and folder pipelines between frames, and their output is discarded.
#include <atomic>
#include <memory>
#include <thread>

#include <QObject>
#include <QString>

#include "pipeline/swap_options.h"

namespace swapcam::gui {

class JobRunner : public QObject {
  Q_OBJECT

 public:
  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels a running job and waits for it

  bool busy() const { return busy_; }
  // Starts a job on a worker thread; false (nothing started) while another one runs.
  bool start(pipeline::SwapOptions options);
  void cancel();
  // Blocks until the worker has ended (shutdown); the finished signal is still delivered by the event loop.
  void wait();

 signals:
  void started(const QString& description);
  // percent: 0..100, or -1 while the total is unknown; text: "120/300 frames, 24.3 fps, ETA 0:07".
  void progress(int percent, const QString& text);
  // ok: the output was written; cancelled: stopped by cancel(); message: one line for the status bar.
  void finished(bool ok, bool cancelled, const QString& message, const QString& output);

 private:
  void run(pipeline::SwapOptions options);  // on the worker thread
  void post_progress(int percent, const QString& text);
  void post_finished(bool ok, bool cancelled, const QString& message, const QString& output);

  std::thread worker_;
  std::atomic<bool> cancel_{false};
  bool busy_ = false;  // UI thread only
};

}  // namespace swapcam::gui
