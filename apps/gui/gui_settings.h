#pragma once
// Everything the window remembers between runs, and its QSettings mapping. The struct is plain data
// so the request builders (swap_request.h) and tests can use it without widgets.
#include <QSettings>
#include <QString>
#include <QStringList>

namespace swapcam::gui {

struct GuiSettings {
  // What to swap.
  QStringList sources;
  QString target, output;

  // Swap options (pipeline/swap_options.h, the CLI's names).
  bool many_faces = false;
  QString face_selector = "largest";
  QString reference_face;
  double similarity_threshold = 0.4;
  QString map_faces;                 // JSON map written by the face mapping dialog; empty: none
  bool mouth_mask = false;
  double mouth_mask_size = 0.25;
  bool color_match = false;
  bool poisson_blend = false;
  double opacity = 1.0;
  double sharpness = 0.0;
  QString enhancer;                  // "", gfpgan, gpen256, gpen512
  double enhancer_blend = 0.8;

  // Video.
  QString video_encoder = "auto";
  int video_quality = 18;
  bool keep_fps = true;
  bool keep_audio = true;
  bool keep_frames = false;

  // Runtime.
  QString execution_provider = "auto";  // "auto" or a short provider name
  QString precision = "auto";
  int execution_threads = 0;
  QString models_dir;                   // empty: $SWAPCAM_MODELS_DIR or the default
  // Per-role model files (like --detector-model ...); empty: the default file in the models dir.
  QString detector_model, recognizer_model, swapper_model, landmark_model, enhancer_model;

  // Live.
  QString camera = "0";                 // device id/path, or a video file standing in for a camera
  int camera_width = 0, camera_height = 0;  // 0: the device's
  double camera_fps = 0;
  bool mirror = true;
  bool virtual_camera_enabled = false;
  QString virtual_camera;               // /dev/videoN
  bool show_fps = false;

  // Responsible use (the CLI's --watermark, --no-label, --nsfw-filter).
  bool watermark = false;
  QString watermark_text;               // empty: the default ("AI-swapped")
  QString watermark_position = "bottom-right";
  double watermark_opacity = 0.7;
  bool label_outputs = true;
  bool nsfw_filter = false;
};

GuiSettings load_settings(QSettings& store);
void save_settings(const GuiSettings& settings, QSettings& store);

}  // namespace swapcam::gui
