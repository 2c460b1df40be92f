#include "media/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <system_error>

#include "core/error.h"

namespace swapcam::media {
namespace fs = std::filesystem;

namespace {

std::string random_suffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return fmt::format("{:012x}", rng() & 0xffffffffffffULL);
}

// The temporary file's name: ".<stem>.swapcam-tmp-<12 hex><ext>", with the stem cut (at a UTF-8
// character boundary) so the name stays within the 255 bytes file systems allow: any output name that
// is legal must have a legal temporary name too.
std::string temp_name(const fs::path& target) {
  constexpr size_t kMaxName = 255;
  const std::string ext = target.extension().string();
  std::string stem = target.stem().string();
  const size_t fixed = 1 + std::char_traits<char>::length(kTempFileMarker) + 12 + ext.size();
  const size_t room = kMaxName > fixed ? kMaxName - fixed : 0;
  if (stem.size() > room) {
    size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    stem.resize(cut);
  }
  return "." + stem + kTempFileMarker + random_suffix() + ext;
}

}  // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
  fs::path dir = target_.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    fail(ErrorKind::NotFound, "cannot write '{}': directory '{}' does not exist", target_.string(), dir.string());
  if (fs::is_directory(target_, ec)) fail(ErrorKind::Usage, "cannot write '{}': it is a directory", target_.string());

  // "wx" (C11) creates exclusively, so two writers never share a temporary file.
  for (int attempt = 0;; ++attempt) {
    fs::path candidate = dir / temp_name(target_);
#ifdef _WIN32
    FILE* f = _wfopen(candidate.c_str(), L"wbx");
#else
    FILE* f = std::fopen(candidate.c_str(), "wbx");
#endif
    if (f) {
      std::fclose(f);
      temp_ = std::move(candidate);
      return;
    }
    int err = errno;
    if (err != EEXIST || attempt > 16)
      fail(ErrorKind::Io, "cannot write '{}': {}", target_.string(), std::strerror(err));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) discard();
}

void AtomicFile::commit() {
  if (committed_) return;
  std::error_code ec;
  fs::rename(temp_, target_, ec);  // replaces an existing target atomically on POSIX
  if (ec) fail(ErrorKind::Io, "cannot write '{}': {}", target_.string(), ec.message());
  committed_ = true;
}

void AtomicFile::discard() noexcept {
  if (temp_.empty() || committed_) return;
  std::error_code ec;
  fs::remove(temp_, ec);
}

}  // namespace swapcam::media
