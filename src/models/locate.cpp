#include "models/locate.h"

#include <cstdlib>
#include <utility>

#include "core/error.h"
#include "models/manifest.h"
#include "models/status.h"

namespace swapcam::models {

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
  if (const ModelEntry* e = find_entry(builtin_manifest(), model_id)) return e->file_name;
  std::string known;
  for (const auto& e : builtin_manifest()) known += (known.empty() ? "" : ", ") + e.id;
  fail(ErrorKind::Usage, "unknown model id '{}' (known: {})", model_id, known);
}

std::filesystem::path require_model(const std::filesystem::path& dir, std::string_view model_id) {
  auto path = dir / model_file_name(model_id);
  // The printed command must work as-is: name the directory when it is not the default one.
  std::error_code ec;
  const bool default_dir =
      std::filesystem::weakly_canonical(dir, ec) == std::filesystem::weakly_canonical(default_models_dir(), ec);
  const std::string fetch = fetch_command(model_id, default_dir ? std::string() : dir.string());
  if (!std::filesystem::is_regular_file(path))
    fail(ErrorKind::NotFound, "model file '{}' is missing; get it with: {}", path.string(), fetch);
  // A file under a published name is checked against the manifest before it is used (a warning).
  verify_model_file(*find_entry(builtin_manifest(), model_id), path, dir, fetch);
  return path;
}

}  // namespace swapcam::models
