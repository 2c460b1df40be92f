#pragma once
// Logging, one way for every layer: spdlog to stderr behind a single named logger.
#include <memory>
#include <string_view>

#include <spdlog/spdlog.h>

namespace swapcam::log {

// The process-wide logger (created on first use, thread-safe).
spdlog::logger& get();

// "trace|debug|info|warn|error|off"; returns false for an unknown name.
bool set_level(std::string_view level);

template <typename... Args>
void debug(spdlog::format_string_t<Args...> f, Args&&... args) {
  get().debug(f, std::forward<Args>(args)...);
}
template <typename... Args>
void info(spdlog::format_string_t<Args...> f, Args&&... args) {
  get().info(f, std::forward<Args>(args)...);
}
template <typename... Args>
void warn(spdlog::format_string_t<Args...> f, Args&&... args) {
  get().warn(f, std::forward<Args>(args)...);
}
template <typename... Args>
void error(spdlog::format_string_t<Args...> f, Args&&... args) {
  get().error(f, std::forward<Args>(args)...);
}

}  // namespace swapcam::log
