#include "apps/gui/job_runner.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "apps/gui/swap_request.h"
#include "core/error.h"
#include "core/log.h"
#include "core/progress.h"
#include "facade/targets.h"
#include "pipeline/batch.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/video_pipeline.h"

namespace swapcam::gui {

namespace {

// Forwards the library's throttled progress to a callback (called on a pipeline thread).
class CallbackProgressSink : public ProgressSink {
 public:
  explicit CallbackProgressSink(std::function<void(const ProgressSnapshot&)> fn) : fn_(std::move(fn)) {}
  void update(const ProgressSnapshot& s) override { fn_(s); }
  void finish(const ProgressSnapshot& s) override { fn_(s); }
  double interval_s() const override { return 0.1; }

 private:
  std::function<void(const ProgressSnapshot&)> fn_;
};

int percent_of(const ProgressSnapshot& s) {
  if (s.total <= 0) return -1;
  return int(std::lround(100.0 * double(std::min(s.done, s.total)) / double(s.total)));
}

}  // namespace

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
  cancel();
  wait();
}

bool JobRunner::start(pipeline::SwapOptions options) {
  if (busy_) return false;
  wait();  // the previous worker has posted its result; join it
  busy_ = true;
  cancel_ = false;
  emit started(QString("%1 -> %2").arg(from_path(options.target), from_path(options.output)));
  emit progress(0, QString());
  worker_ = std::thread([this, o = std::move(options)]() mutable { run(std::move(o)); });
  return true;
}

void JobRunner::cancel() { cancel_ = true; }

void JobRunner::wait() {
  if (worker_.joinable()) worker_.join();
}

void JobRunner::post_progress(int percent, const QString& text) {
  QMetaObject::invokeMethod(
      this, [this, percent, text] { emit progress(percent, text); }, Qt::QueuedConnection);
}

void JobRunner::post_finished(bool ok, bool cancelled, const QString& message, const QString& output) {
  QMetaObject::invokeMethod(
      this,
      [this, ok, cancelled, message, output] {
        busy_ = false;
        if (ok) emit progress(100, QString());
        emit finished(ok, cancelled, message, output);
      },
      Qt::QueuedConnection);
}

void JobRunner::run(pipeline::SwapOptions o) {
  const QString output = from_path(o.output);
  try {
    pipeline::VideoJobOptions job;
    job.cancel = &cancel_;
    job.progress = std::make_shared<CallbackProgressSink>([this](const ProgressSnapshot& s) {
      post_progress(percent_of(s), QString::fromStdString(format_progress_line(s)));
    });
    QString message;
    const facade::SwapOutcome outcome = facade::run_swap(o, job);
    if (const auto* r = std::get_if<pipeline::ImageSwapResult>(&outcome))
      message =
          r->written_unchanged
              ? tr("No face swapped: the target was written unchanged to %1").arg(output)
              : tr("%1 of %2 faces swapped: %3").arg(r->frame.faces_swapped).arg(r->frame.faces_detected).arg(output);
    else if (const auto* v = std::get_if<pipeline::VideoSwapResult>(&outcome))
      message = tr("%1 frames (%2 with swaps) at %3 fps with %4: %5")
                    .arg(v->frames)
                    .arg(v->frames_with_swaps)
                    .arg(v->fps, 0, 'f', 1)
                    .arg(QString::fromStdString(v->encoder), output);
    else if (const auto* b = std::get_if<pipeline::BatchResult>(&outcome))
      message = tr("%1 images and %2 videos, %3 failed: %4").arg(b->images).arg(b->videos).arg(b->failed).arg(output);
    log::info("{}", message.toStdString());
    post_finished(true, false, message, output);
  } catch (const Error& e) {
    const bool cancelled = e.kind() == ErrorKind::Cancelled;
    post_finished(false, cancelled, cancelled ? tr("Cancelled: nothing was written") : QString::fromStdString(e.what()),
                  output);
  } catch (const std::exception& e) {
    post_finished(false, false, tr("Unexpected error: %1").arg(e.what()), output);
  }
}

}  // namespace swapcam::gui
