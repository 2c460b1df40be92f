#pragma once
// One error type for the whole library. Messages are one line, written for the user
// ("cannot read 'x.png': not an image"), and carry a category so front ends can map them
// to exit codes (usage errors exit 2, everything else 1).
#include <stdexcept>
#include <string>

#include <fmt/format.h>

namespace swapcam {

enum class ErrorKind {
  Usage,        // bad option or argument combination
  NotFound,     // missing file, model, camera
  InvalidData,  // corrupt image/video/model, unexpected tensor shapes
  Io,           // cannot read/write
  Runtime,      // inference or provider failure
  Cancelled,    // user asked to stop
  Refused,      // the opt-in content filter (--nsfw-filter) flagged the input
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message) : std::runtime_error(std::move(message)), kind_(kind) {}
  ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

template <typename... Args>
[[noreturn]] void fail(ErrorKind kind, fmt::format_string<Args...> f, Args&&... args) {
  throw Error(kind, fmt::format(f, std::forward<Args>(args)...));
}

// Exit code convention of the command line (product.md): 0 ok, 1 runtime failure, 2 usage.
inline int exit_code_for(ErrorKind kind) { return kind == ErrorKind::Usage ? 2 : 1; }

}  // namespace swapcam
