#pragma once
// Fuzz inputs for entry points that take a path: written to one file per process under the temp dir.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace swapcam::fuzz {

inline std::filesystem::path write_input(const std::string& name, const uint8_t* data, size_t size) {
  static const auto dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("swapcam-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  auto path = dir / name;
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

}  // namespace swapcam::fuzz
