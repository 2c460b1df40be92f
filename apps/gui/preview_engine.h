#pragma once
// The processed preview of the current target: one worker thread that serves the latest request
// (requests made while it is busy replace each other, so dragging the frame slider never queues
// work). Models and prepared source faces are kept between requests by the facade's ModelCache
// (rebuilt only when something they are made of changes).
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <QImage>
#include <QObject>
#include <QString>

#include "apps/gui/gui_settings.h"
#include "facade/model_cache.h"

namespace swapcam::gui {

struct PreviewResult {
  QImage before, after;    // after is null when no swap could be made (message says why)
  qint64 frame = 0;        // the frame shown (videos)
  qint64 frame_count = 0;  // 0 for still images
  double fps = 0;
  QString message;        // faces swapped, or why there is no processed frame
  QString models_in_use;  // "detector cpu/fp32, swapper cpu/fp32", once models are loaded
};

class PreviewEngine : public QObject {
  Q_OBJECT

 public:
  explicit PreviewEngine(QObject* parent = nullptr);
  ~PreviewEngine() override;

  // Renders `frame` of settings.target (0 for images) with the settings' sources and options.
  void request(const GuiSettings& settings, qint64 frame);
  // Forgets loaded models (after the models folder changed, or models were fetched).
  void reset_models();

 signals:
  void ready(const swapcam::gui::PreviewResult& result);
  void failed(const QString& message);

 private:
  struct Request {
    GuiSettings settings;
    qint64 frame = 0;
  };
  void loop();
  PreviewResult render(const Request& r);

  std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<Request> pending_;
  bool stop_ = false;
  bool reset_requested_ = false;
  std::unique_ptr<facade::ModelCache> cache_;  // worker thread only
  std::thread worker_;
};

}  // namespace swapcam::gui

Q_DECLARE_METATYPE(swapcam::gui::PreviewResult)
