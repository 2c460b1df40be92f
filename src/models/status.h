#pragma once
// What is on disk for each manifest entry: present, missing, or present but not the expected file.
#include <cstdint>
#include <filesystem>
#include <string>

#include "models/manifest.h"

namespace swapcam::models {

enum class FileState {
  Present,       // size matches a known export (and the sha256 too, when hashed and a hash is known)
  Missing,
  SizeMismatch,  // no known export has this size: truncated, or another file
  HashMismatch,  // the size matches but the sha256 does not
};
std::string_view state_name(FileState state);

struct ModelStatus {
  FileState state = FileState::Missing;
  std::filesystem::path path;
  std::uint64_t size = 0;     // on disk (0 when missing)
  std::string sha256;         // computed; empty when not hashed
  bool hash_checked = false;  // true when a known sha256 was compared
};

// Checks dir/<file>. With `hash`, the sha256 is computed and compared where the manifest knows one;
// without, only sizes are compared (fast).
ModelStatus check_model(const ModelEntry& entry, const std::filesystem::path& dir, bool hash);

// Compares a file that exists against the entry's known exports; returns Present, SizeMismatch or
// HashMismatch and fills `out` (sha256 computed when `hash`). Used for downloads before the rename.
FileState check_file(const ModelEntry& entry, const std::filesystem::path& file, bool hash, ModelStatus* out = nullptr);

// "4.2 MB", "554.3 MB", "1.2 GB"
std::string human_size(std::uint64_t bytes);

}  // namespace swapcam::models
