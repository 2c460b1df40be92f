#pragma once
// SHA-256 (FIPS 180-4), incremental. Small and dependency-free: model files are checked with it
// before they are moved into place.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace swapcam::models {

class Sha256 {
 public:
  Sha256() { reset(); }
  void reset();
  void update(const void* data, std::size_t size);
  void update(std::string_view s) { update(s.data(), s.size()); }
  // Finishes and returns the 64-character lowercase hex digest; the object is reset afterwards.
  std::string hex_digest();

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_{};
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

std::string sha256_hex(std::string_view data);

// Hex digest of a whole file, read in chunks; Error(Io) when it cannot be read. `on_progress`, if
// given, receives the number of bytes hashed so far.
std::string sha256_file(const std::filesystem::path& path, void (*on_progress)(std::uint64_t, void*) = nullptr,
                        void* user = nullptr);

}  // namespace swapcam::models
