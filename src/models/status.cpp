#include "models/status.h"

#include <fmt/format.h>

#include "models/sha256.h"

namespace swapcam::models {

std::string_view state_name(FileState state) {
  switch (state) {
    case FileState::Present: return "present";
    case FileState::Missing: return "missing";
    case FileState::SizeMismatch: return "size mismatch";
    case FileState::HashMismatch: return "hash mismatch";
  }
  return "?";
}

FileState check_file(const ModelEntry& entry, const std::filesystem::path& file, bool hash, ModelStatus* out) {
  ModelStatus local;
  ModelStatus& st = out ? *out : local;
  st.path = file;
  std::error_code ec;
  st.size = std::filesystem::file_size(file, ec);
  if (ec) {
    st.size = 0;
    return st.state = FileState::Missing;
  }
  if (entry.known.empty()) return st.state = (st.size > 0 ? FileState::Present : FileState::SizeMismatch);

  bool size_matches = false;
  bool any_hash_for_size = false;
  for (const auto& k : entry.known)
    if (k.size == st.size) {
      size_matches = true;
      if (k.sha256) any_hash_for_size = true;
    }
  if (!size_matches) return st.state = FileState::SizeMismatch;
  if (!hash || !any_hash_for_size) return st.state = FileState::Present;

  st.sha256 = sha256_file(file);
  st.hash_checked = true;
  for (const auto& k : entry.known)
    if (k.size == st.size && k.sha256 && *k.sha256 == st.sha256) return st.state = FileState::Present;
  return st.state = FileState::HashMismatch;
}

ModelStatus check_model(const ModelEntry& entry, const std::filesystem::path& dir, bool hash) {
  ModelStatus st;
  check_file(entry, dir / entry.file_name, hash, &st);
  if (st.state == FileState::Missing) st.path = dir / entry.file_name;
  return st;
}

std::string human_size(std::uint64_t bytes) {
  if (bytes < 1000) return fmt::format("{} B", bytes);
  if (bytes < 1000ull * 1000) return fmt::format("{:.1f} kB", bytes / 1e3);
  if (bytes < 1000ull * 1000 * 1000) return fmt::format("{:.1f} MB", bytes / 1e6);
  return fmt::format("{:.2f} GB", bytes / 1e9);
}

}  // namespace swapcam::models
