#include "core/log.h"

#include <spdlog/sinks/stdout_color_sinks.h>

namespace swapcam::log {

spdlog::logger& get() {
  // Function-local static: initialisation is thread-safe by the language.
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = spdlog::stderr_color_mt("swapcam");
    l->set_pattern("%^[%l]%$ %v");
    l->set_level(spdlog::level::info);
    return l;
  }();
  return *logger;
}

bool set_level(std::string_view level) {
  auto lvl = spdlog::level::from_str(std::string(level));
  if (lvl == spdlog::level::off && level != "off") return false;
  get().set_level(lvl);
  return true;
}

}  // namespace swapcam::log
