#pragma once
// From what the window holds (GuiSettings) to library requests: swap options with resolved model
// files, the runtime configuration, live options. Pure functions: no widgets, testable.
#include <filesystem>

#include <QImage>
#include <QString>

#include "facade/targets.h"

#include <opencv2/core.hpp>

#include "apps/gui/gui_settings.h"
#include "pipeline/live_pipeline.h"
#include "pipeline/swap_options.h"
#include "facade/runtime.h"

namespace swapcam::gui {

// QString <-> path without a detour through the local 8-bit encoding.
std::filesystem::path to_path(const QString& s);
QString from_path(const std::filesystem::path& p);
inline QString qstr(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

using TargetKind = facade::TargetKind;  // Missing, Image, Video, Folder
// Folder, image (by extension) or video (any other existing file); None when empty or missing.
TargetKind classify_target(const QString& target);

// "<dir>/<stem>_swapped.<ext>" beside the target (a folder: "<folder>_swapped"); empty when no target.
QString default_output_path(const QString& target);

std::filesystem::path models_directory(const GuiSettings& s);
runtime::RuntimeConfig make_runtime_config(const GuiSettings& s);

// The swap options of a run, models resolved like the CLI's (per-role override, else the default
// file in the models directory). Throws Error: Usage for bad values, NotFound naming the missing
// model file and the fetch command.
pipeline::SwapOptions make_swap_options(const GuiSettings& s);

// Live options for the camera (or the video file standing in for one) in the settings.
pipeline::LiveOptions make_live_options(const GuiSettings& s);

// Copies an 8-bit BGR (or grey/BGRA) image into a QImage that owns its pixels.
QImage to_qimage(const cv::Mat& image);

}  // namespace swapcam::gui
