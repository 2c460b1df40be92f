#include "apps/gui/swap_request.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/file_kind.h"
#include "face/selector.h"
#include "media/image_io.h"
#include "models/locate.h"
#include "process/content_filter.h"
#include "process/enhancer.h"
#include "process/watermark.h"
#include "runtime/providers.h"

namespace swapcam::gui {

namespace fs = std::filesystem;

fs::path to_path(const QString& s) { return fs::path(s.toStdU16String()); }
QString from_path(const fs::path& p) { return QString::fromStdU16String(p.u16string()); }

TargetKind classify_target(const QString& target) {
  if (target.isEmpty()) return TargetKind::None;
  const fs::path p = to_path(target);
  std::error_code ec;
  if (fs::is_directory(p, ec)) return TargetKind::Folder;
  if (!fs::is_regular_file(p, ec)) return TargetKind::None;
  if (media::image_format_from_extension(p) != media::ImageFormat::Unknown) return TargetKind::Image;
  return TargetKind::Video;
}

QString default_output_path(const QString& target) {
  if (target.isEmpty()) return {};
  fs::path p = to_path(target);
  if (classify_target(target) == TargetKind::Folder) {
    if (!p.has_filename()) p = p.parent_path();  // "dir/" -> "dir"
    return from_path(p.parent_path() / (p.filename().string() + "_swapped"));
  }
  fs::path ext = p.extension();
  if (classify_target(target) == TargetKind::Video && ext != ".mp4" && ext != ".mkv" && ext != ".mov" && ext != ".webm")
    ext = ".mp4";  // containers the writer cannot produce become MP4
  return from_path(p.parent_path() / (p.stem().string() + "_swapped" + ext.string()));
}

fs::path models_directory(const GuiSettings& s) {
  return s.models_dir.isEmpty() ? models::default_models_dir() : to_path(s.models_dir);
}

runtime::RuntimeConfig make_runtime_config(const GuiSettings& s) {
  runtime::RuntimeConfig cfg;
  if (!s.execution_provider.isEmpty() && s.execution_provider != "auto") {
    cfg.providers = runtime::parse_provider_list(s.execution_provider.toStdString());
    // The CPU stays the last resort, like the CLI's default order.
    if (cfg.providers.back() != runtime::Provider::Cpu) cfg.providers.push_back(runtime::Provider::Cpu);
  }
  cfg.precision = runtime::parse_precision(s.precision.toStdString());
  cfg.intra_op_threads = s.execution_threads;
  return cfg;
}

namespace {

fs::path model_file(const GuiSettings& s, std::string_view id, const QString& override_path) {
  if (!override_path.isEmpty()) {
    const fs::path p = to_path(override_path);
    if (file_kind(p) == FileKind::Missing)
      fail(ErrorKind::NotFound, "{}",
           QCoreApplication::translate("swapcam::gui::SwapRequest", "model file '%1' does not exist")
               .arg(from_path(p))
               .toStdString());
    require_regular_file(p, "model file");  // like the CLI: a FIFO or folder is named, not opened
    return p;
  }
  return models::require_model(models_directory(s), id);
}

}  // namespace

pipeline::SwapOptions make_swap_options(const GuiSettings& s) {
  pipeline::SwapOptions o;
  for (const auto& src : s.sources) o.sources.push_back(to_path(src));
  o.target = to_path(s.target);
  o.output = to_path(s.output);
  o.many_faces = s.many_faces;
  o.face_selector = face::parse_selector_mode(s.face_selector.toStdString());
  // The reference photo only counts with its selector (the field keeps its text meanwhile).
  if (o.face_selector == face::SelectorMode::Reference) o.reference_face = to_path(s.reference_face);
  o.similarity_threshold = float(s.similarity_threshold);
  o.map_faces = to_path(s.map_faces);
  if (s.mouth_mask) o.mouth_mask = float(s.mouth_mask_size);
  o.color_match = s.color_match;
  o.poisson_blend = s.poisson_blend;
  o.opacity = float(s.opacity);
  o.sharpness = float(s.sharpness);
  o.enhancer = s.enhancer.toStdString();
  o.enhancer_blend = float(s.enhancer_blend);
  o.video_encoder = s.video_encoder.toStdString();
  o.video_quality = s.video_quality;
  o.keep_fps = s.keep_fps;
  o.no_audio = !s.keep_audio;
  o.keep_frames = s.keep_frames;
  if (s.watermark) {
    process::WatermarkOptions w;
    if (!s.watermark_text.isEmpty()) w.text = s.watermark_text.toStdString();
    w.corner = process::parse_watermark_corner(s.watermark_position.toStdString());
    w.opacity = s.watermark_opacity;
    o.watermark = w;
  }
  o.provenance = s.label_outputs;
  o.nsfw_filter = s.nsfw_filter;
  pipeline::validate(o);  // usage errors before any file is looked at

  o.runtime = make_runtime_config(s);
  o.models.detector = model_file(s, "det_10g", s.detector_model);
  o.models.recognizer = model_file(s, "w600k_r50", s.recognizer_model);
  o.models.swapper = model_file(s, "inswapper_128", s.swapper_model);
  if (s.swapper_model.isEmpty()) {
    const fs::path fp16 = models_directory(s) / models::model_file_name("inswapper_128_fp16");
    if (fs::is_regular_file(fp16)) o.models.swapper_fp16 = fp16;
  }
  if (o.nsfw_filter)
    for (size_t i = 0; i < o.models.content_filter.size(); ++i)
      o.models.content_filter[i] = model_file(s, process::kContentClassifiers[i].id, {});
  if (o.mouth_mask) o.models.landmarker = model_file(s, "2d106det", s.landmark_model);
  if (!o.enhancer.empty())
    o.models.enhancer = model_file(s, process::find_enhancer(o.enhancer).default_model_id, s.enhancer_model);
  return o;
}

pipeline::LiveOptions make_live_options(const GuiSettings& s) {
  pipeline::LiveOptions l;
  GuiSettings no_target = s;
  no_target.target.clear();
  no_target.output.clear();
  l.swap = make_swap_options(no_target);
  l.source.camera = s.camera.toStdString();
  l.source.width = s.camera_width;
  l.source.height = s.camera_height;
  l.source.fps = s.camera_fps;
  l.source.loop = true;  // a file standing in for a camera plays until Stop
  l.pipeline.mirror = s.mirror;
  l.pipeline.show_fps = s.show_fps;
  if (s.virtual_camera_enabled && !s.virtual_camera.isEmpty()) l.virtual_camera = s.virtual_camera.toStdString();
  return l;
}

QImage to_qimage(const cv::Mat& image) {
  if (image.empty()) return {};
  cv::Mat rgb;
  switch (image.channels()) {
    case 1: cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB); break;
    case 4: cv::cvtColor(image, rgb, cv::COLOR_BGRA2RGB); break;
    default: cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB); break;
  }
  QImage view(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
  return view.copy();  // own the pixels: `rgb` dies here
}

}  // namespace swapcam::gui
