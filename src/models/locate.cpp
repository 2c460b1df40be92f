#include "models/locate.h"

#include <cstdlib>
#include <utility>

#include "core/error.h"

namespace swapcam::models {

namespace {
// Model id -> default file name (product.md, "Model files").
constexpr std::pair<std::string_view, std::string_view> kFiles[] = {
    {"det_10g", "det_10g.onnx"},
    {"w600k_r50", "w600k_r50.onnx"},
    {"2d106det", "2d106det.onnx"},
    {"genderage", "genderage.onnx"},
    {"inswapper_128", "inswapper_128.onnx"},
    {"inswapper_128_fp16", "inswapper_128_fp16.onnx"},
    {"GFPGANv1.4", "GFPGANv1.4.onnx"},
    {"gfpgan-1024", "gfpgan-1024.onnx"},
    {"GPEN-BFR-256", "GPEN-BFR-256.onnx"},
    {"GPEN-BFR-512", "GPEN-BFR-512.onnx"},
};
}  // namespace

std::filesystem::path default_models_dir() {
  if (const char* env = std::getenv("SWAPCAM_MODELS_DIR"); env && *env) return env;
#ifdef _WIN32
  if (const char* local = std::getenv("LOCALAPPDATA"); local && *local)
    return std::filesystem::path(local) / "swapcam" / "models";
#endif
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".cache" / "swapcam" / "models";
  return std::filesystem::current_path() / "models";
}

std::string_view model_file_name(std::string_view model_id) {
  for (const auto& [id, file] : kFiles)
    if (id == model_id) return file;
  fail(ErrorKind::Usage, "unknown model id '{}'", model_id);
}

std::filesystem::path require_model(const std::filesystem::path& dir, std::string_view model_id) {
  auto path = dir / model_file_name(model_id);
  if (!std::filesystem::is_regular_file(path))
    fail(ErrorKind::NotFound, "model file '{}' is missing; get it with: swapcam models fetch {}", path.string(),
         model_id);
  return path;
}

}  // namespace swapcam::models
