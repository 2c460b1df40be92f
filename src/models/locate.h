#pragma once
// Where model files live and how a missing one is reported.
#include <filesystem>
#include <string_view>

namespace swapcam::models {

// $SWAPCAM_MODELS_DIR, else ~/.cache/swapcam/models (%LOCALAPPDATA%\swapcam\models on Windows).
std::filesystem::path default_models_dir();

// Default file name of a model id ("inswapper_128" -> "inswapper_128.onnx"); Error(Usage) if unknown.
std::string_view model_file_name(std::string_view model_id);

// dir / file of model_id; Error(NotFound) "model file '<path>' is missing; get it with: swapcam models
// fetch <id>" when it does not exist. A file that is not the published one (size, or sha256 where the
// manifest has one; status.h verify_model_file) is used with a warning that says how to get it.
std::filesystem::path require_model(const std::filesystem::path& dir, std::string_view model_id);

}  // namespace swapcam::models
