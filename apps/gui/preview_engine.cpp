#include "apps/gui/preview_engine.h"

#include <algorithm>

#include <fmt/format.h>

#include "apps/gui/swap_request.h"
#include "core/error.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "pipeline/image_pipeline.h"
#include "runtime/model_slot.h"

namespace swapcam::gui {

namespace {

// What the loaded models depend on: a change of any of these needs new models.
std::string models_key(const pipeline::SwapOptions& o) {
  std::string key = fmt::format("{}|{}|{}|{}|{}|{}|{}|{}x{}|{}|{}|{}", o.models.detector.string(),
                                o.models.recognizer.string(), o.models.swapper.string(), o.models.swapper_fp16.string(),
                                o.models.landmarker.string(), o.models.enhancer.string(), o.enhancer, o.det_width,
                                o.det_height, o.det_thresh, int(o.runtime.precision), o.runtime.intra_op_threads);
  for (auto p : o.runtime.providers) key += fmt::format(",{}", int(p));
  return key;
}

std::string sources_key(const pipeline::SwapOptions& o) {
  std::string key;
  for (const auto& s : o.sources) key += s.string() + "\n";
  key += "|" + o.reference_face.string() + "|" + o.map_faces.string();
  return key;
}

QString slot_in_use(const char* role, const runtime::ModelSlot& slot) {
  const runtime::Model* m = slot.peek();
  if (!m) return {};
  return QString("%1 %2/%3")
      .arg(role, qstr(runtime::short_name(m->provider())), qstr(runtime::precision_name(m->precision())));
}

}  // namespace

struct PreviewEngine::Cache {
  std::string models_key, sources_key;
  std::shared_ptr<const pipeline::SwapModels> models;
  std::optional<pipeline::PreparedSources> sources;
};

PreviewEngine::PreviewEngine(QObject* parent) : QObject(parent), cache_(std::make_unique<Cache>()) {
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
        *cache_ = Cache{};
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
  Cache& c = *cache_;
  const std::string mk = models_key(o);
  if (!c.models || c.models_key != mk) {
    c.models = std::make_shared<const pipeline::SwapModels>(o);
    c.models_key = mk;
    c.sources.reset();
  }
  const std::string sk = sources_key(o);
  if (!c.sources || c.sources_key != sk) {
    c.sources = pipeline::prepare_sources(*c.models, o);
    c.sources_key = sk;
  }
  const pipeline::FrameProcessor processor(c.models, o, *c.sources);
  cv::Mat swapped = frame.clone();
  const auto fr = processor.process(swapped);
  out.after = to_qimage(swapped);
  out.message = tr("%1 of %2 faces swapped").arg(fr.faces_swapped).arg(fr.faces_detected);

  QStringList in_use;
  for (const QString& part : {slot_in_use("detector", c.models->analyser().detector().slot()),
                              c.models->has_swapper() ? slot_in_use("swapper", c.models->swapper().slot()) : QString()})
    if (!part.isEmpty()) in_use << part;
  out.models_in_use = in_use.join(", ");
  return out;
}

}  // namespace swapcam::gui
