#pragma once
// Write-then-rename: an output file appears complete or not at all. The temporary file lives in the
// target's directory (so the rename never crosses file systems) and keeps the target's extension
// (so libraries that pick a format from the name still see the right one).
#include <filesystem>

namespace swapcam::media {

class AtomicFile {
 public:
  // Reserves a fresh temporary file beside `target`. Throws Error(NotFound) when the directory is
  // missing and Error(Io) when it cannot be written to.
  explicit AtomicFile(std::filesystem::path target);
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& temp_path() const { return temp_; }
  bool committed() const { return committed_; }

  // Renames the temporary file onto the target (replacing it). Throws Error(Io) on failure, in
  // which case the temporary file is still removed by the destructor.
  void commit();
  // Removes the temporary file now (idempotent).
  void discard() noexcept;

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

// Marker in temporary file names, so tests (and users) can recognise leftovers.
inline constexpr const char* kTempFileMarker = ".swapcam-tmp-";

}  // namespace swapcam::media
