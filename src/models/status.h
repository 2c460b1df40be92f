#pragma once
// What is on disk for each manifest entry: present, missing, or present but not the expected file.
#include <cstdint>
#include <filesystem>
#include <string>

#include "models/manifest.h"

namespace swapcam::models {

enum class FileState {
  Present,  // size matches a known export (and the sha256 too, when hashed and a hash is known)
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

// The sha256 of a file, computed once per (absolute path, size, modification time) and remembered in
// a small JSON cache: `<models dir>/.sha256-cache.json`, else ~/.cache/swapcam/sha256-cache.json when
// the models directory cannot be written (each rewritten atomically: temporary file, then rename).
// Hashes without remembering, saying so at debug level, when neither can be written.
std::string cached_sha256(const std::filesystem::path& file, const std::filesystem::path& models_dir);

// A file found under a manifest entry's name, checked before it is used: its size always, its sha256
// (cached_sha256) where the manifest publishes one for that size. A mismatch is a warning naming the
// file, what was expected and what was found, and `fetch` (the command that gets the published
// file); the file is still used (a re-export may work; a broken one fails at load with its reason).
// Entries without a published size accept any non-empty file.
FileState verify_model_file(const ModelEntry& entry, const std::filesystem::path& file,
                            const std::filesystem::path& models_dir, const std::string& fetch);

// "4.2 MB", "554.3 MB", "1.2 GB"
std::string human_size(std::uint64_t bytes);

}  // namespace swapcam::models
