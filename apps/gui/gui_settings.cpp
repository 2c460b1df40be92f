#include "apps/gui/gui_settings.h"

#include <type_traits>

namespace swapcam::gui {

namespace {

// One table drives both directions so a field cannot be saved under one key and read under another.
template <typename Visit>
void visit_fields(GuiSettings& s, Visit&& v) {
  v("swap/sources", s.sources);
  v("swap/target", s.target);
  v("swap/output", s.output);
  v("swap/many_faces", s.many_faces);
  v("swap/face_selector", s.face_selector);
  v("swap/reference_face", s.reference_face);
  v("swap/similarity_threshold", s.similarity_threshold);
  v("swap/map_faces", s.map_faces);
  v("swap/mouth_mask", s.mouth_mask);
  v("swap/mouth_mask_size", s.mouth_mask_size);
  v("swap/color_match", s.color_match);
  v("swap/poisson_blend", s.poisson_blend);
  v("responsible/watermark", s.watermark);
  v("responsible/watermark_text", s.watermark_text);
  v("responsible/watermark_position", s.watermark_position);
  v("responsible/watermark_opacity", s.watermark_opacity);
  v("responsible/label_outputs", s.label_outputs);
  v("responsible/nsfw_filter", s.nsfw_filter);
  v("swap/opacity", s.opacity);
  v("swap/sharpness", s.sharpness);
  v("swap/enhancer", s.enhancer);
  v("swap/enhancer_blend", s.enhancer_blend);
  v("video/encoder", s.video_encoder);
  v("video/quality", s.video_quality);
  v("video/keep_fps", s.keep_fps);
  v("video/keep_audio", s.keep_audio);
  v("video/keep_frames", s.keep_frames);
  v("runtime/execution_provider", s.execution_provider);
  v("runtime/precision", s.precision);
  v("runtime/execution_threads", s.execution_threads);
  v("runtime/models_dir", s.models_dir);
  v("runtime/detector_model", s.detector_model);
  v("runtime/recognizer_model", s.recognizer_model);
  v("runtime/swapper_model", s.swapper_model);
  v("runtime/landmark_model", s.landmark_model);
  v("runtime/enhancer_model", s.enhancer_model);
  v("live/camera", s.camera);
  v("live/width", s.camera_width);
  v("live/height", s.camera_height);
  v("live/fps", s.camera_fps);
  v("live/mirror", s.mirror);
  v("live/virtual_camera_enabled", s.virtual_camera_enabled);
  v("live/virtual_camera", s.virtual_camera);
  v("live/show_fps", s.show_fps);
}

}  // namespace

GuiSettings load_settings(QSettings& store) {
  GuiSettings s;
  visit_fields(s, [&store](const char* key, auto& field) {
    using T = std::decay_t<decltype(field)>;
    if (store.contains(key)) field = store.value(key).template value<T>();
  });
  return s;
}

void save_settings(const GuiSettings& settings, QSettings& store) {
  GuiSettings copy = settings;  // visit_fields takes a mutable struct; saving never changes it
  visit_fields(copy, [&store](const char* key, auto& field) { store.setValue(key, field); });
  store.sync();
}

}  // namespace swapcam::gui
