#pragma once
// Model downloads: libcurl with resume (HTTP Range on `<file>.part`), sources tried in order, a
// checksum (or size) check before the file is renamed into place, and zip extraction for models
// that are published inside an archive (insightface buffalo_l).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "models/manifest.h"

namespace swapcam::models {

struct DownloadProgress {
  std::string label;  // the file being downloaded
  std::string url;
  std::uint64_t done = 0;   // bytes of the file on disk, resumed part included
  std::uint64_t total = 0;  // 0 while unknown
  std::uint64_t resumed_from = 0;
  bool finished = false;  // last call for this transfer
};

struct FetchOptions {
  // Base URLs tried before the manifest's sources, as BASE/<file name> (--mirror, $SWAPCAM_MODEL_MIRROR).
  std::vector<std::string> mirrors;
  bool mirrors_only = false;  // skip the manifest's public sources (air-gapped sites)
  // Progress of each transfer (called from the downloading thread); may be empty.
  std::function<void(const DownloadProgress&)> on_progress;
  // One-line notes: which source is tried, a resume, a rejected file; may be empty.
  std::function<void(const std::string&)> on_message;
  int max_resumes = 5;  // reconnections with Range after a transfer breaks off
  long connect_timeout_s = 20;
  long stall_timeout_s = 60;  // abort a transfer that moves less than 1 kB/s for this long
  bool force = false;         // download even when a verified file is already in place
  // The most a download of unknown size (a zip archive, an entry without a known size) may be: it
  // is stopped there and its partial file removed. Known sizes are their own bound.
  std::uint64_t max_unknown_size = std::uint64_t{4} << 30;  // 4 GiB
  // A download stops rather than leave less than this free on the disk it writes to.
  std::uint64_t keep_free = std::uint64_t{64} << 20;  // 64 MiB
};

// Downloads `url` into `part`, continuing from the bytes already in `part` with an HTTP Range request
// and reconnecting (again with Range) when the connection drops mid-transfer. Throws Error with a
// one-line reason: NotFound for HTTP 404, Io for an unreachable host or another HTTP error.
// The file may not grow past max_bytes (0: options.max_unknown_size) nor past the free space of its
// folder (less options.keep_free): such a transfer is stopped when the server announces it or as
// soon as it gets there, `part` is removed and Error(InvalidData) (too large) or Error(Io) (disk
// full) says so.
void download_to_part(const std::string& url, const std::filesystem::path& part, const std::string& label,
                      const FetchOptions& options, std::uint64_t max_bytes = 0);

// Writes the member of a zip whose base name is `member` to `out` (replacing it). Error(InvalidData)
// when the archive is unreadable, the member is absent or its CRC is wrong.
void extract_zip_member(const std::filesystem::path& zip, const std::string& member, const std::filesystem::path& out);

struct FetchOutcome {
  std::string id;
  std::filesystem::path path;  // the final file
  std::string url;             // where it came from (empty when already present)
  bool already_present = false;
  std::string error;  // one line; empty on success
};

// Fetches entries into `dir` (created if needed). Each goes to `<file>.part` first and is renamed into
// place only after its sha256 (or, where no hash is known, its size) matched; a file that does not
// match is deleted and the next source is tried. A zip shared by several entries is downloaded once.
// One outcome per entry; failures are reported in `error`, not thrown.
std::vector<FetchOutcome> fetch_models(const std::vector<const ModelEntry*>& entries, const std::filesystem::path& dir,
                                       const FetchOptions& options);

// Base URLs from $SWAPCAM_MODEL_MIRROR (several may be separated by commas or spaces).
std::vector<std::string> mirrors_from_environment();

}  // namespace swapcam::models
