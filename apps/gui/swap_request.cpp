#include "apps/gui/swap_request.h"

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/file_kind.h"
#include "facade/models.h"
#include "facade/runtime.h"
#include "face/selector.h"
#include "media/image_io.h"
#include "models/registry.h"
#include "pipeline/option_table.h"
#include "runtime/providers.h"

namespace swapcam::gui {

namespace fs = std::filesystem;

fs::path to_path(const QString& s) { return fs::path(s.toStdU16String()); }
QString from_path(const fs::path& p) { return QString::fromStdU16String(p.u16string()); }

TargetKind classify_target(const QString& target) { return facade::classify_target(to_path(target)); }

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

facade::ModelSource model_source(const GuiSettings& s) {
  facade::ModelSource src;
  src.models_dir = to_path(s.models_dir);
  using models::Role;
  for (const auto& [kind, file] : {std::pair{Role::Detector, &s.detector_model},
                                   {Role::Recognizer, &s.recognizer_model},
                                   {Role::Swapper, &s.swapper_model},
                                   {Role::Landmarks, &s.landmark_model},
                                   {Role::Enhancer, &s.enhancer_model},
                                   {Role::Occluder, &s.occluder_model},
                                   {Role::Parser, &s.parser_model}})
    if (!file->isEmpty()) src.overrides[kind] = to_path(*file);
  return src;
}

fs::path models_directory(const GuiSettings& s) { return model_source(s).directory(); }

runtime::RuntimeConfig make_runtime_config(const GuiSettings& s) {
  return facade::make_runtime_config({.providers = s.execution_provider.toStdString(),
                                      .threads = s.execution_threads,
                                      .precision = s.precision.toStdString()});
}

pipeline::SwapOptions make_swap_options(const GuiSettings& s) {
  pipeline::SwapOptions o;
  for (const auto& src : s.sources) o.sources.push_back(to_path(src));
  o.target = to_path(s.target);
  o.output = to_path(s.output);
  // Every option-table value the window holds, through the table's own parsing.
  for (const auto& [key, value] : s.options) {
    const pipeline::OptionRow* row = pipeline::find_option(key);
    if (row) row->set(o, value, *row);  // a key no row has (an older version's) is ignored
  }
  // The reference photo only counts with its selector (the field keeps its text meanwhile).
  if (o.face_selector == face::SelectorMode::Reference) o.reference_face = to_path(s.reference_face);
  o.map_faces = to_path(s.map_faces);
  pipeline::validate(o);  // usage errors before any file is looked at

  o.runtime = make_runtime_config(s);
  // The enhancer's override only counts with an enhancer chosen (the field keeps its text meanwhile).
  facade::ModelSource src = model_source(s);
  if (o.enhancer.empty()) src.overrides.erase(models::Role::Enhancer);
  // Likewise the mask models' files with their mask types (the CLI refuses a file without its type).
  if (!(o.mask.types & process::kMaskOcclusion)) src.overrides.erase(models::Role::Occluder);
  if (!(o.mask.types & process::kMaskRegion)) src.overrides.erase(models::Role::Parser);
  facade::resolve_models(o, src);
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
