#pragma once
// The application entry: command line, settings store, main window, --screenshot.
namespace swapcam::gui {

// swapcam-gui [--settings FILE] [--models-dir DIR] [--execution-provider LIST] [--precision P]
//             [--screenshot FILE] [--quit-after MS] [--lang CODE] [--log-level L]
// --lang picks the translation (translation.h); without it the system locale does.
// Exit codes as the CLI's: 0 ok, 1 runtime failure (e.g. the screenshot cannot be written), 2 usage.
int run_gui(int argc, char** argv);

}  // namespace swapcam::gui
