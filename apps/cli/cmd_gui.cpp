// swapcam gui [options]: starts the desktop application. The GUI is a separate executable
// (swapcam-gui, beside this one) so the command line tool never links Qt: this command finds it
// and replaces this process with it, passing the options on.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#if defined(_WIN32)
#include <process.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

#include "apps/cli/cli.h"
#include "core/error.h"

namespace swapcam::cli {
namespace {

namespace fs = std::filesystem;

struct GuiArgs {
  std::string screenshot, settings, lang;
  int quit_after = -1;
};

fs::path own_executable() {
#if defined(_WIN32)
  wchar_t buf[32768];
  const DWORD n = GetModuleFileNameW(nullptr, buf, DWORD(std::size(buf)));
  return n ? fs::path(std::wstring(buf, n)) : fs::path();
#else
  std::error_code ec;
  const fs::path p = fs::read_symlink("/proc/self/exe", ec);  // Linux; elsewhere empty
  return ec ? fs::path() : p;
#endif
}

fs::path find_gui_executable() {
#if defined(_WIN32)
  const char* name = "swapcam-gui.exe";
#else
  const char* name = "swapcam-gui";
#endif
  const fs::path self = own_executable();
  if (!self.empty()) {
    const fs::path beside = self.parent_path() / name;
    if (fs::is_regular_file(beside)) return beside;
  }
  fail(ErrorKind::NotFound,
       "the desktop application '{}' was not found beside '{}'; build it with -DSWAPCAM_BUILD_GUI=ON (needs Qt 6 "
       "Widgets)",
       name, self.empty() ? std::string("swapcam") : self.string());
}

[[noreturn]] void exec_gui(const fs::path& exe, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string arg0 = exe.string();
  argv.push_back(arg0.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
#if defined(_WIN32)
  const intptr_t rc = _spawnv(_P_WAIT, arg0.c_str(), argv.data());
  if (rc < 0) fail(ErrorKind::Runtime, "cannot start '{}'", arg0);
  std::exit(int(rc));
#else
  execv(arg0.c_str(), argv.data());
  fail(ErrorKind::Runtime, "cannot start '{}': {}", arg0, std::strerror(errno));
#endif
}

Registrar reg(90, [](CLI::App& root, GlobalOptions& g) {
  static GuiArgs args;  // static storage: CLI11 writes into it while parsing, and it outlives the parse
  auto* a = &args;
  auto* sub =
      root.add_subcommand("gui", "The desktop application (Qt 6): swap images, videos and folders, live camera");
  add_global_options(*sub, g);
  sub->add_option("--screenshot", a->screenshot, "Write a PNG of the main window to FILE, then quit");
  sub->add_option("--quit-after", a->quit_after, "Quit after MS milliseconds (the screenshot is taken then)")
      ->check(whole_number_in(0, 86'400'000));
  sub->add_option("--settings", a->settings, "Settings file (INI) instead of the user's settings");
  sub->add_option("--lang", a->lang,
                  "Language of the window, e.g. de, ja, pt_BR (default: the system locale; en: English)");
  sub->callback([a, &g] {
    std::vector<std::string> args;
    auto pass = [&args](const char* name, const std::string& value) {
      if (!value.empty()) args.insert(args.end(), {name, value});
    };
    pass("--models-dir", g.models_dir);
    pass("--execution-provider", g.execution_providers);
    if (g.precision != "auto") pass("--precision", g.precision);
    if (g.execution_threads > 0) pass("--execution-threads", std::to_string(g.execution_threads));
    pass("--detector-model", g.detector_model);
    pass("--recognizer-model", g.recognizer_model);
    pass("--swapper-model", g.swapper_model);
    pass("--landmark-model", g.landmark_model);
    pass("--enhancer-model", g.enhancer_model);
    pass("--occluder-model", g.occluder_model);
    pass("--parser-model", g.parser_model);
    pass("--log-level", g.quiet ? std::string("error") : (g.log_level != "info" ? g.log_level : std::string()));
    pass("--settings", a->settings);
    pass("--lang", a->lang);
    pass("--screenshot", a->screenshot);
    if (a->quit_after >= 0) pass("--quit-after", std::to_string(a->quit_after));
    exec_gui(find_gui_executable(), args);
  });
});

}  // namespace
}  // namespace swapcam::cli
