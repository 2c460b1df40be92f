#include "apps/gui/gui_settings.h"

#include <type_traits>

#include "pipeline/option_table.h"

namespace swapcam::gui {

namespace {

// One table drives both directions so a field cannot be saved under one key and read under another.
template <typename Visit>
void visit_fields(GuiSettings& s, Visit&& v) {
  v("swap/sources", s.sources);
  v("swap/target", s.target);
  v("swap/output", s.output);
  v("swap/reference_face", s.reference_face);
  v("swap/map_faces", s.map_faces);
  v("runtime/execution_provider", s.execution_provider);
  v("runtime/precision", s.precision);
  v("runtime/execution_threads", s.execution_threads);
  v("runtime/models_dir", s.models_dir);
  v("runtime/detector_model", s.detector_model);
  v("runtime/recognizer_model", s.recognizer_model);
  v("runtime/swapper_model", s.swapper_model);
  v("runtime/landmark_model", s.landmark_model);
  v("runtime/enhancer_model", s.enhancer_model);
  v("runtime/occluder_model", s.occluder_model);
  v("runtime/parser_model", s.parser_model);
  v("live/camera", s.camera);
  v("live/width", s.camera_width);
  v("live/height", s.camera_height);
  v("live/fps", s.camera_fps);
  v("live/mirror", s.mirror);
  v("live/virtual_camera_enabled", s.virtual_camera_enabled);
  v("live/virtual_camera", s.virtual_camera);
  v("live/show_fps", s.show_fps);
}

// Option-table rows are saved as "<group>/<key>" with their text.
QString option_key(const pipeline::OptionRow& row) {
  return QString::fromUtf8(row.group.data(), qsizetype(row.group.size())) + "/" +
         QString::fromUtf8(row.key.data(), qsizetype(row.key.size()));
}

}  // namespace

std::string GuiSettings::option(std::string_view key) const {
  if (const auto it = options.find(std::string(key)); it != options.end()) return it->second;
  const pipeline::OptionRow* row = pipeline::find_option(key);
  return row ? row->default_text() : std::string();
}

GuiSettings load_settings(QSettings& store) {
  GuiSettings s;
  visit_fields(s, [&store](const char* key, auto& field) {
    using T = std::decay_t<decltype(field)>;
    if (store.contains(key)) field = store.value(key).template value<T>();
  });
  for (const auto& row : pipeline::option_table())
    if (const QString k = option_key(row); store.contains(k))
      s.set_option(row.key, store.value(k).toString().toStdString());
  return s;
}

void save_settings(const GuiSettings& settings, QSettings& store) {
  GuiSettings copy = settings;  // visit_fields takes a mutable struct; saving never changes it
  visit_fields(copy, [&store](const char* key, auto& field) { store.setValue(key, field); });
  for (const auto& row : pipeline::option_table())
    store.setValue(option_key(row), QString::fromStdString(settings.option(row.key)));
  store.sync();
}

}  // namespace swapcam::gui
