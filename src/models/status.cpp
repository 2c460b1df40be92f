#include "models/status.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "core/log.h"
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

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> hash_caches(const fs::path& models_dir) {
  std::vector<fs::path> c{models_dir / ".sha256-cache.json"};
  if (const char* home = std::getenv("HOME"); home && *home)
    c.push_back(fs::path(home) / ".cache" / "swapcam" / "sha256-cache.json");
  return c;
}

nlohmann::json read_cache(const fs::path& cache) {
  std::ifstream in(cache, std::ios::binary);
  if (!in) return nlohmann::json::object();
  nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return j.is_object() ? j : nlohmann::json::object();  // a damaged cache is only a cache
}

// Temporary file beside the cache, then rename: a reader never sees half a file.
bool write_cache(const fs::path& cache, nlohmann::json j) {
  // Forget files that are gone, so the cache stays small.
  for (auto it = j.begin(); it != j.end();) {
    std::error_code ec;
    it = fs::exists(fs::path(it.key()), ec) ? std::next(it) : j.erase(it);
  }
  std::error_code ec;
  fs::create_directories(cache.parent_path(), ec);
  const fs::path temp =
      cache.parent_path() / fmt::format(".{}.{}.tmp", cache.filename().string(), std::random_device{}());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out || !(out << j.dump(1) << '\n') || !out.flush()) {
      fs::remove(temp, ec);
      return false;
    }
  }
  fs::rename(temp, cache, ec);
  if (ec) fs::remove(temp, ec);
  return !ec;
}

}  // namespace

std::string cached_sha256(const fs::path& file, const fs::path& models_dir) {
  std::error_code ec;
  const fs::path abs = fs::weakly_canonical(fs::absolute(file, ec), ec);
  const auto size = fs::file_size(abs, ec);
  const auto mtime = fs::last_write_time(abs, ec).time_since_epoch().count();
  const std::string key = abs.string();
  auto matches = [&](const nlohmann::json& e) {
    return e.is_object() && e.value("size", std::uint64_t{0}) == size &&
           e.value("mtime", decltype(mtime){0}) == mtime && e.contains("sha256") && e["sha256"].is_string();
  };
  const auto caches = hash_caches(models_dir);
  for (const auto& c : caches) {
    const nlohmann::json j = read_cache(c);
    if (j.contains(key) && matches(j[key])) return j[key]["sha256"].get<std::string>();
  }
  log::info("checking '{}' against the manifest's sha256 (once; remembered while the file is unchanged)",
            file.string());
  const std::string sha = sha256_file(file);
  for (const auto& c : caches) {
    nlohmann::json j = read_cache(c);
    j[key] = {{"size", size}, {"mtime", mtime}, {"sha256", sha}};
    if (write_cache(c, std::move(j))) return sha;
  }
  log::debug("the sha256 of '{}' could not be remembered ({} not writable); it is hashed again next time",
             file.string(), caches.front().string());
  return sha;
}

FileState verify_model_file(const ModelEntry& entry, const fs::path& file, const fs::path& models_dir,
                            const std::string& fetch) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(file, ec);
  if (ec) return FileState::Missing;
  if (entry.known.empty()) return size > 0 ? FileState::Present : FileState::SizeMismatch;
  std::vector<std::string> sizes, hashes;
  for (const auto& k : entry.known) {
    if (k.size != size) {
      sizes.push_back(fmt::format("{} bytes", k.size));
      continue;
    }
    if (!k.sha256) return FileState::Present;  // the published size, no published hash
    hashes.push_back(*k.sha256);
  }
  if (hashes.empty()) {
    log::warn(
        "model file '{}' is not the published {}: {} bytes, expected {}; it is used as it is, but may fail or "
        "swap badly. Get the published file with: {}",
        file.string(), entry.id, size, fmt::join(sizes, " or "), fetch);
    return FileState::SizeMismatch;
  }
  const std::string sha = cached_sha256(file, models_dir);
  if (std::find(hashes.begin(), hashes.end(), sha) != hashes.end()) return FileState::Present;
  log::warn(
      "model file '{}' is not the published {}: sha256 {}, expected {}; it is used as it is, but may fail or "
      "swap badly. Get the published file with: {}",
      file.string(), entry.id, sha, fmt::join(hashes, " or "), fetch);
  return FileState::HashMismatch;
}

std::string human_size(std::uint64_t bytes) {
  if (bytes < 1000) return fmt::format("{} B", bytes);
  if (bytes < 1000ull * 1000) return fmt::format("{:.1f} kB", bytes / 1e3);
  if (bytes < 1000ull * 1000 * 1000) return fmt::format("{:.1f} MB", bytes / 1e6);
  return fmt::format("{:.2f} GB", bytes / 1e9);
}

}  // namespace swapcam::models
