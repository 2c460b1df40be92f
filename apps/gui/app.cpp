#include "apps/gui/app.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

#include "apps/gui/main_window.h"
#include "apps/gui/responsible_use.h"
#include "apps/gui/translation.h"
#include "core/log.h"

namespace swapcam::gui {

namespace {

bool has_arg(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0) return true;
  return false;
}

// Qt aborts the process when it cannot reach a display. Say so in one line instead; a screenshot
// needs no display, so it renders offscreen.
bool choose_platform(bool screenshot) {
#if defined(__linux__) || defined(__FreeBSD__)
  if (std::getenv("QT_QPA_PLATFORM") || std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY")) return true;
  if (screenshot) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
  }
  std::fprintf(stderr, "swapcam-gui: error: no display found (set DISPLAY, or QT_QPA_PLATFORM=offscreen)\n");
  return false;
#else
  (void)screenshot;
  return true;
#endif
}

}  // namespace

int run_gui(int argc, char** argv) {
  if (!choose_platform(has_arg(argc, argv, "--screenshot"))) return 1;
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName("swapcam");
  QCoreApplication::setApplicationName("swapcam");
  QCoreApplication::setApplicationVersion("0.1.0");

  QCommandLineParser parser;
  parser.setApplicationDescription("swapcam desktop application");
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption settings_opt("settings", "Settings file (INI) instead of the user's settings.", "FILE");
  const QCommandLineOption models_opt("models-dir", "Models folder for this run.", "DIR");
  const QCommandLineOption provider_opt("execution-provider", "Execution providers, e.g. cuda,cpu.", "LIST");
  const QCommandLineOption precision_opt("precision", "auto, fp32 or fp16.", "P");
  const QCommandLineOption threads_opt("execution-threads", "Intra-op threads for inference (0: automatic).", "N");
  const QCommandLineOption detector_opt("detector-model", "Face detector .onnx (SCRFD).", "FILE");
  const QCommandLineOption recognizer_opt("recognizer-model", "Face recogniser .onnx (ArcFace).", "FILE");
  const QCommandLineOption swapper_opt("swapper-model", "Face swapper .onnx (inswapper_128).", "FILE");
  const QCommandLineOption landmark_opt("landmark-model", "106-point landmark .onnx (2d106det).", "FILE");
  const QCommandLineOption enhancer_opt("enhancer-model", "Face enhancer .onnx (GFPGAN / GPEN).", "FILE");
  const QCommandLineOption occluder_opt("occluder-model", "Occlusion mask .onnx (XSeg), for mask type occlusion.",
                                        "FILE");
  const QCommandLineOption parser_opt("parser-model", "Face parser .onnx (BiSeNet), for mask type region.", "FILE");
  const QCommandLineOption screenshot_opt("screenshot", "Write a PNG of the main window to FILE, then quit.", "FILE");
  const QCommandLineOption quit_opt("quit-after", "Quit after MS milliseconds (the screenshot is taken then).", "MS");
  const QCommandLineOption lang_opt(
      "lang", "Language of the window, e.g. de, pt_BR (default: the system's; en: English).", "CODE");
  const QCommandLineOption log_opt("log-level", "trace, debug, info, warn, error or off.", "LEVEL", "info");
  for (const auto& o :
       {settings_opt, models_opt, provider_opt, precision_opt, threads_opt, detector_opt, recognizer_opt, swapper_opt,
        landmark_opt, enhancer_opt, occluder_opt, parser_opt, screenshot_opt, quit_opt, lang_opt, log_opt})
    parser.addOption(o);
  if (!parser.parse(QCoreApplication::arguments())) {
    std::fprintf(stderr, "swapcam-gui: error: %s\n", qPrintable(parser.errorText()));
    return 2;
  }
  if (parser.isSet("help")) parser.showHelp(0);
  if (parser.isSet("version")) parser.showVersion();
  if (!log::set_level(parser.value(log_opt).toStdString())) {
    std::fprintf(stderr, "swapcam-gui: error: unknown --log-level '%s'\n", qPrintable(parser.value(log_opt)));
    return 2;
  }
  if (parser.isSet(precision_opt) && !QStringList{"auto", "fp32", "fp16"}.contains(parser.value(precision_opt))) {
    std::fprintf(stderr, "swapcam-gui: error: --precision must be auto, fp32 or fp16\n");
    return 2;
  }
  int quit_after = -1;
  if (parser.isSet(quit_opt)) {
    bool ok = false;
    quit_after = parser.value(quit_opt).toInt(&ok);
    if (!ok || quit_after < 0) {
      std::fprintf(stderr, "swapcam-gui: error: --quit-after must be a number of milliseconds\n");
      return 2;
    }
  }
  const QString screenshot = parser.value(screenshot_opt);
  if (parser.isSet(screenshot_opt) && quit_after < 0) quit_after = 1500;  // time for the first preview

  // The language: --lang, else the system's; an unknown one is named, and the window speaks English.
  QString language = system_language();
  if (parser.isSet(lang_opt)) {
    language = match_language(parser.value(lang_opt));
    if (language.isEmpty()) {
      const QStringList available = available_languages();
      std::fprintf(stderr, "swapcam-gui: warning: no translation for --lang '%s' (available: en%s%s); using English\n",
                   qPrintable(parser.value(lang_opt)), available.isEmpty() ? "" : ", ",
                   qPrintable(available.join(", ")));
      language = "en";
    }
  }
  if (!install_language(language))
    std::fprintf(stderr, "swapcam-gui: warning: cannot load the '%s' translation; using English\n",
                 qPrintable(language));

  std::unique_ptr<QSettings> store = parser.isSet(settings_opt)
                                         ? std::make_unique<QSettings>(parser.value(settings_opt), QSettings::IniFormat)
                                         : std::make_unique<QSettings>();
  // The consent notice on first start; automated runs (--screenshot, --quit-after) neither show nor
  // record it.
  if (quit_after < 0 && !ask_for_consent(*store)) return 0;
  MainWindow window(store.get());
  // Command-line values apply to this run and are remembered like edits in the window.
  GuiSettings s = window.current_settings();
  bool overridden = false;
  if (parser.isSet(models_opt)) s.models_dir = parser.value(models_opt), overridden = true;
  if (parser.isSet(provider_opt)) s.execution_provider = parser.value(provider_opt), overridden = true;
  if (parser.isSet(precision_opt)) s.precision = parser.value(precision_opt), overridden = true;
  if (parser.isSet(threads_opt)) s.execution_threads = parser.value(threads_opt).toInt(), overridden = true;
  const std::pair<const QCommandLineOption*, QString*> model_files[] = {
      {&detector_opt, &s.detector_model}, {&recognizer_opt, &s.recognizer_model}, {&swapper_opt, &s.swapper_model},
      {&landmark_opt, &s.landmark_model}, {&enhancer_opt, &s.enhancer_model},     {&occluder_opt, &s.occluder_model},
      {&parser_opt, &s.parser_model}};
  for (const auto& [opt, field] : model_files)
    if (parser.isSet(*opt)) *field = parser.value(*opt), overridden = true;
  if (overridden) window.apply_settings(s);
  window.show();

  int exit_code = 0;
  if (quit_after >= 0) {
    QTimer::singleShot(quit_after, &window, [&] {
      if (!screenshot.isEmpty()) {
        const QPixmap shot = window.grab();
        if (shot.isNull() || !shot.save(screenshot, "PNG")) {
          std::fprintf(stderr, "swapcam-gui: error: cannot write the screenshot '%s'\n", qPrintable(screenshot));
          exit_code = 1;
        }
      }
      window.close();
      app.quit();
    });
  }
  const int rc = app.exec();
  return exit_code ? exit_code : rc;
}

}  // namespace swapcam::gui
