#pragma once
// Everything the window remembers between runs, and its QSettings mapping. The struct is plain data
// so the request builders (swap_request.h) and tests can use it without widgets.
#include <QSettings>
#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <string_view>

namespace swapcam::gui {

struct GuiSettings {
  // What to swap.
  QStringList sources;
  QString target, output;

  // Files the swap options point at (not rows of the option table: the window picks them).
  QString reference_face;
  QString map_faces;  // JSON map written by the face mapping dialog; empty: none

  // The option table's values (pipeline/option_table.h) by key, as text: "opacity" -> "0.35". A key
  // that is absent has the table's default. The Swap, Video and Responsible use tabs edit these.
  std::map<std::string, std::string> options;
  // The value of a row: the given one, else the default.
  std::string option(std::string_view key) const;
  bool flag(std::string_view key) const { return option(key) == "true"; }
  void set_option(std::string_view key, std::string value) { options[std::string(key)] = std::move(value); }

  // Runtime.
  QString execution_provider = "auto";  // "auto" or a short provider name
  QString precision = "auto";
  int execution_threads = 0;
  QString models_dir;  // empty: $SWAPCAM_MODELS_DIR or the default
  // Per-role model files (like --detector-model ...); empty: the default file in the models dir.
  QString detector_model, recognizer_model, swapper_model, landmark_model, enhancer_model;
  // The mask models' files (like --occluder-model / --parser-model); only used with their mask type.
  QString occluder_model, parser_model;

  // Live.
  QString camera = "0";                     // device id/path, or a video file standing in for a camera
  int camera_width = 0, camera_height = 0;  // 0: the device's
  double camera_fps = 0;
  bool mirror = true;
  bool virtual_camera_enabled = false;
  QString virtual_camera;  // /dev/videoN
  bool show_fps = false;
};

GuiSettings load_settings(QSettings& store);
void save_settings(const GuiSettings& settings, QSettings& store);

}  // namespace swapcam::gui
