#include "runtime/environment.h"

#include <atomic>
#include <string_view>

#include <onnxruntime_cxx_api.h>

#include "core/log.h"

namespace swapcam::runtime {

namespace {
std::atomic<bool> g_created{false};

// What ORT says reaches swapcam's log: its warnings include the ones a user must see (nodes a GPU
// provider rejected and left to the CPU, a provider that could not be created), so they are not
// hidden behind ORT's ERROR level. Graph-optimiser chatter about the swapper's emap, an initializer
// no node uses by design (docs/MODELS.md), is debug-level.
void forward_ort_log(void*, OrtLoggingLevel severity, const char* category, const char* logid, const char* location,
                     const char* message) {
  (void)category;
  (void)logid;
  (void)location;
  const std::string_view text = message ? message : "";
  const bool benign = text.find("Removing initializer") != std::string_view::npos ||
                      text.find("is not used by any node") != std::string_view::npos;
  if (severity >= ORT_LOGGING_LEVEL_ERROR) log::error("onnxruntime: {}", text);
  else if (severity == ORT_LOGGING_LEVEL_WARNING && !benign) log::warn("onnxruntime: {}", text);
  else log::debug("onnxruntime: {}", text);
}
}  // namespace

Ort::Env& environment() {
  // One environment per process (ORT's own requirement); created on first use, thread-safe.
  static Ort::Env env(ORT_LOGGING_LEVEL_WARNING, "swapcam", forward_ort_log, nullptr);
  g_created.store(true, std::memory_order_release);
  return env;
}

bool environment_created() { return g_created.load(std::memory_order_acquire); }

std::string ort_version() { return Ort::GetVersionString(); }

std::string user_message(std::string_view what) {
  // "/onnxruntime_src/.../x.cc:1988 void f() [ONNXRuntimeError] : 1 : FAIL : the reason"
  constexpr std::string_view kMarker = "[ONNXRuntimeError]";
  if (const size_t at = what.find(kMarker); at != std::string_view::npos) {
    std::string_view rest = what.substr(at + kMarker.size());
    for (int colons = 0; colons < 3; ++colons) {  // " : 1 : FAIL : "
      const size_t c = rest.find(':');
      if (c == std::string_view::npos) break;
      rest.remove_prefix(c + 1);
    }
    what = rest;
  }
  std::string out;
  for (char ch : what) {
    const bool space = ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ch;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace swapcam::runtime
