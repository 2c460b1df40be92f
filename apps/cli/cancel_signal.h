#pragma once
// Ctrl-C for long commands: the first SIGINT (or SIGTERM) sets a flag the pipelines poll, so they
// stop cleanly and remove their temporary output; a second one ends the process at once.
#include <atomic>

namespace swapcam::cli {

// Installs the handlers (idempotent) and returns the flag they set.
const std::atomic<bool>& install_cancel_handler();

}  // namespace swapcam::cli
