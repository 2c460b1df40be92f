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

}  // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
  fs::path dir = target_.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    fail(ErrorKind::NotFound, "cannot write '{}': directory '{}' does not exist", target_.string(), dir.string());
  if (fs::is_directory(target_, ec))
    fail(ErrorKind::Usage, "cannot write '{}': it is a directory", target_.string());

  // "wx" (C11) creates exclusively, so two writers never share a temporary file.
  for (int attempt = 0;; ++attempt) {
    fs::path candidate =
        dir / ("." + target_.stem().string() + kTempFileMarker + random_suffix() + target_.extension().string());
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
