#pragma once
// Captures what the swapcam logger prints during a test.
#include <memory>
#include <string>

#include <spdlog/sinks/ringbuffer_sink.h>

#include "core/log.h"

namespace swapcam::test {

class LogCapture {
 public:
  LogCapture() : sink_(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(256)) {
    log::get().sinks().push_back(sink_);
  }
  ~LogCapture() {
    auto& sinks = log::get().sinks();
    std::erase(sinks, sink_);
  }
  std::string text() const {
    std::string all;
    for (const auto& line : sink_->last_formatted()) all += line;
    return all;
  }

 private:
  std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> sink_;
};

}  // namespace swapcam::test
