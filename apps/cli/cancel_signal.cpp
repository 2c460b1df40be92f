#include "apps/cli/cancel_signal.h"

#include <csignal>

namespace swapcam::cli {
namespace {

// Lock-free atomics are safe to touch from a signal handler.
std::atomic<bool> g_cancel{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_cancel_signal(int sig) {
  if (g_cancel.exchange(true)) {
    // Second signal: the user insists; let the default action end the process.
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  std::signal(sig, on_cancel_signal);  // some platforms reset the handler on delivery
}

}  // namespace

const std::atomic<bool>& install_cancel_handler() {
  static const bool installed = [] {
    std::signal(SIGINT, on_cancel_signal);
    std::signal(SIGTERM, on_cancel_signal);
#ifdef SIGHUP
    // A closed terminal or SSH session: finish like Ctrl+C (a live recording is completed, a
    // half-written output removed) instead of dying with its temporary file left behind.
    std::signal(SIGHUP, on_cancel_signal);
#endif
    return true;
  }();
  (void)installed;
  return g_cancel;
}

}  // namespace swapcam::cli
