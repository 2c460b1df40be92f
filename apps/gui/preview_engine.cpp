#include "apps/gui/preview_engine.h"

#include <algorithm>

#include "apps/gui/swap_request.h"
#include "core/error.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "runtime/providers.h"

namespace swapcam::gui {

PreviewEngine::PreviewEngine(QObject* parent) : QObject(parent), cache_(std::make_unique<facade::ModelCache>()) {
  qRegisterMetaType<swapcam::gui::PreviewResult>();
  worker_ = std::thread([this] { loop(); });
}

PreviewEngine::~PreviewEngine() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void PreviewEngine::request(const GuiSettings& settings, qint64 frame) {
  {
    std::lock_guard lock(mutex_);
    pending_ = Request{settings, frame};
  }
  wake_.notify_all();
}

void PreviewEngine::reset_models() {
  std::lock_guard lock(mutex_);
  reset_requested_ = true;
}

void PreviewEngine::loop() {
  for (;;) {
    Request r;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stop_ || pending_.has_value(); });
      if (stop_) return;
      r = std::move(*pending_);
      pending_.reset();
      if (reset_requested_) {
        cache_->clear();
        reset_requested_ = false;
      }
    }
    try {
      PreviewResult result = render(r);
      QMetaObject::invokeMethod(
          this, [this, result] { emit ready(result); }, Qt::QueuedConnection);
    } catch (const std::exception& e) {
      const QString msg = QString::fromStdString(e.what());
      QMetaObject::invokeMethod(
          this, [this, msg] { emit failed(msg); }, Qt::QueuedConnection);
    }
  }
}

PreviewResult PreviewEngine::render(const Request& r) {
  PreviewResult out;
  const auto kind = classify_target(r.settings.target);
  cv::Mat frame;
  switch (kind) {
    case TargetKind::Image: frame = media::read_image(to_path(r.settings.target)); break;
    case TargetKind::Video: {
      // Seek by time: the reader starts at the first frame at or after it.
      media::VideoReader probe(to_path(r.settings.target));
      out.fps = probe.info().fps > 0 ? probe.info().fps : 25.0;
      out.frame_count = std::max<std::int64_t>(probe.info().frame_count, 1);
      out.frame = std::clamp<qint64>(r.frame, 0, out.frame_count - 1);
      media::VideoReaderOptions ro;
      ro.start_s = double(out.frame) / out.fps;
      media::VideoReader reader(to_path(r.settings.target), ro);
      media::VideoFrame vf;
      if (!reader.read(vf)) {
        media::VideoReader first(to_path(r.settings.target));  // past the real end: show the first frame
        if (!first.read(vf))
          fail(ErrorKind::InvalidData, "{}", tr("'%1' has no frame to preview").arg(r.settings.target).toStdString());
      }
      frame = vf.image;
      break;
    }
    case TargetKind::Folder: out.message = tr("Folder target: no preview"); return out;
    case TargetKind::Missing: out.message = tr("Choose a target image or video"); return out;
  }
  out.before = to_qimage(frame);
  if (r.settings.sources.isEmpty() && r.settings.map_faces.isEmpty()) {
    out.message = tr("Add a source face to see the swap");
    return out;
  }

  GuiSettings s = r.settings;
  s.output.clear();
  pipeline::SwapOptions o;
  try {
    o = make_swap_options(s);
  } catch (const Error& e) {
    out.message = QString::fromStdString(e.what());  // e.g. a missing model: the original is still shown
    return out;
  }
  const auto models = cache_->models(o);
  const pipeline::FrameProcessor processor(models, o, cache_->sources(o));
  cv::Mat swapped = frame.clone();
  const auto fr = processor.process(swapped);
  out.after = to_qimage(swapped);
  out.message = tr("%1 of %2 faces swapped").arg(fr.faces_swapped).arg(fr.faces_detected);

  QStringList in_use;
  for (const auto& m : facade::models_in_use(*models))
    in_use << QString("%1 %2/%3")
                  .arg(qstr(m.role), qstr(runtime::short_name(m.provider)), qstr(runtime::precision_name(m.precision)));
  out.models_in_use = in_use.join(", ");
  return out;
}

}  // namespace swapcam::gui
