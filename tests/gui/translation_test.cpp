// The GUI's translations: every string the window shows goes through tr() (a scan of apps/gui for
// literals handed straight to widgets), every committed locale has every string lupdate finds in the
// sources, finished, with the same %n placeholders, and nothing stale; loading German shows German;
// --lang with an unknown code names the available ones and falls back to English.
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <QFile>
#include <QXmlStreamReader>

#include "apps/gui/main_window.h"
#include "apps/gui/translation.h"
#include "gui_test_support.h"
#include "pipeline/option_table.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

const fs::path kGuiDir = fs::path(SWAPCAM_SOURCE_DIR) / "apps" / "gui";
const std::set<std::string> kLocales = {"de", "es", "fi",    "id", "km", "ko", "pt_BR",
                                        "ru", "th", "zh_CN", "fr", "it", "ja", "uk"};

struct Message {
  std::string translation, type;
};
// context -> source -> translation
using Catalogue = std::map<std::string, std::map<std::string, Message>>;

Catalogue read_ts(const fs::path& file, std::string* language = nullptr) {
  QFile f(QString::fromStdString(file.string()));
  EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file;
  QXmlStreamReader xml(&f);
  Catalogue out;
  std::string context, source;
  Message m;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    const auto name = xml.name();
    if (name == QLatin1String("TS") && language)
      *language = xml.attributes().value("language").toString().toStdString();
    else if (name == QLatin1String("name")) context = xml.readElementText().toStdString();
    else if (name == QLatin1String("message")) m = {};
    else if (name == QLatin1String("source")) source = xml.readElementText().toStdString();
    else if (name == QLatin1String("translation")) {
      m.type = xml.attributes().value("type").toString().toStdString();
      m.translation = xml.readElementText().toStdString();
      out[context][source] = m;
    }
  }
  EXPECT_FALSE(xml.hasError()) << file << ": " << xml.errorString().toStdString();
  return out;
}

std::multiset<std::string> placeholders(const std::string& s) {
  std::multiset<std::string> out;
  static const std::regex re("%[0-9]+");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

std::vector<fs::path> committed_ts() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kGuiDir / "translations"))
    if (e.path().extension() == ".ts") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(GuiTranslations, EveryLocaleIsCommitted) {
  std::set<std::string> found;
  for (const auto& f : committed_ts()) {
    const std::string stem = f.stem().string();  // swapcam_<locale>
    ASSERT_EQ(stem.rfind("swapcam_", 0), 0u) << f;
    std::string language;
    read_ts(f, &language);
    EXPECT_EQ(language, stem.substr(8)) << f << ": the language attribute names another locale";
    found.insert(stem.substr(8));
  }
  for (const auto& l : kLocales) EXPECT_TRUE(found.count(l)) << "no translations/swapcam_" << l << ".ts";
}

#ifdef SWAPCAM_LUPDATE
// lupdate over the sources into a fresh .ts: the strings as the code has them now.
TEST(GuiTranslations, EveryLocaleHasEveryStringFinished) {
  TempDir dir;
  const fs::path fresh = dir / "fresh.ts";
  const auto r = run_command(std::string("'") + SWAPCAM_LUPDATE + "' -silent -no-obsolete -locations none -I '" +
                             SWAPCAM_SOURCE_DIR + "' '" + kGuiDir.string() + "' -ts '" + fresh.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const Catalogue sources = read_ts(fresh);
  std::size_t count = 0;
  for (const auto& [context, messages] : sources) count += messages.size();
  ASSERT_GT(count, 100u) << "lupdate found too few strings; was the include path right?";
  // The option forms translate the table's labels at run time: each must be in option_form.cpp's list.
  for (const auto& r : pipeline::option_table())
    EXPECT_TRUE(sources.count("swapcam::gui::OptionForm") &&
                sources.at("swapcam::gui::OptionForm").count(std::string(r.label)))
        << "the label of option row '" << r.key << "' is missing from option_form.cpp's kLabels";
  for (const auto& [context, messages] : sources)
    EXPECT_EQ(context.rfind("swapcam::gui::", 0), 0u)
        << "context '" << context << "' does not match the class at run time";

  for (const auto& file : committed_ts()) {
    SCOPED_TRACE(file.filename().string());
    const Catalogue ts = read_ts(file);
    for (const auto& [context, messages] : sources) {
      for (const auto& [source, unused] : messages) {
        const auto c = ts.find(context);
        const Message* m = nullptr;
        if (c != ts.end()) {
          const auto it = c->second.find(source);
          if (it != c->second.end()) m = &it->second;
        }
        if (!m) {
          ADD_FAILURE() << "missing: [" << context << "] \"" << source << "\"";
          continue;
        }
        EXPECT_TRUE(m->type.empty()) << "type=\"" << m->type << "\": [" << context << "] \"" << source << "\"";
        EXPECT_FALSE(m->translation.empty()) << "empty: [" << context << "] \"" << source << "\"";
        EXPECT_EQ(placeholders(m->translation), placeholders(source))
            << "placeholders differ: \"" << source << "\" -> \"" << m->translation << "\"";
      }
    }
    for (const auto& [context, messages] : ts)  // stale entries: strings the code no longer has
      for (const auto& [source, unused] : messages)
        EXPECT_TRUE(sources.count(context) && sources.at(context).count(source))
            << "stale (run the swapcam_gui_lupdate target): [" << context << "] \"" << source << "\"";
  }
}
#endif

// A string literal with a word in it, handed straight to a call that shows text, not inside tr().
TEST(GuiTranslations, NoLiteralTextReachesAWidgetWithoutTr) {
  // Calls whose arguments are shown; for addItem only the first (the label; the second is data).
  static const std::regex call(
      R"(\b(setText|setPlaceholderText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setSpecialValueText|)"
      R"(setFormat|setHeaderLabels|setHorizontalHeaderLabels|setVerticalHeaderLabels|set_placeholder|set_status|)"
      R"(addTab|addRow|addItem|insertItem|showMessage|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|)"
      R"(QString|QTableWidgetItem|QTreeWidgetItem|warning|information|critical|question|getOpenFileNames?|)"
      R"(getSaveFileName|getExistingDirectory|fail)\s*\()");
  static const std::regex assign(R"(\b(message|note|reason|text)\s*=\s*")");
  static const std::regex word("[A-Za-z]{2,}");
  const std::set<std::string> allowed = {"swapcam"};  // the product's name
  std::vector<std::string> offences;
  for (const auto& e : fs::directory_iterator(kGuiDir)) {
    if (e.path().extension() != ".cpp" || e.path().filename() == "app.cpp") continue;  // app.cpp: command-line help
    std::ifstream in(e.path());
    const std::string src((std::istreambuf_iterator<char>(in)), {});
    auto line_of = [&](std::size_t pos) {
      return std::count(src.begin(), src.begin() + std::ptrdiff_t(pos), '\n') + 1;
    };
    auto report = [&](std::size_t pos, const std::string& lit) {
      if (std::regex_search(lit, word) && !allowed.count(lit))
        offences.push_back(e.path().filename().string() + ":" + std::to_string(line_of(pos)) + ": \"" + lit + "\"");
    };
    for (auto it = std::sregex_iterator(src.begin(), src.end(), call); it != std::sregex_iterator(); ++it) {
      const bool first_only = (*it)[1] == "addItem" || (*it)[1] == "insertItem";
      int depth = 1, arg = 0;
      for (std::size_t i = std::size_t(it->position() + it->length()); i < src.size() && depth > 0; ++i) {
        const char c = src[i];
        if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if (c == ',' && depth == 1) ++arg;
        else if (c == '\'') i = src.find('\'', i + 1 + (src[i + 1] == '\\'));
        else if (c == '"') {
          std::size_t j = i + 1;
          while (j < src.size() && src[j] != '"') j += src[j] == '\\' ? 2 : 1;
          if (depth == 1 && (!first_only || arg == 0)) report(i, src.substr(i + 1, j - i - 1));
          i = j;
        }
      }
    }
    for (auto it = std::sregex_iterator(src.begin(), src.end(), assign); it != std::sregex_iterator(); ++it) {
      const std::size_t q = std::size_t(it->position() + it->length() - 1);
      report(q, src.substr(q + 1, src.find('"', q + 1) - q - 1));
    }
  }
  EXPECT_TRUE(offences.empty()) << "text not passed through tr():\n"
                                << [&] {
                                     std::string s;
                                     for (const auto& o : offences) s += "  " + o + "\n";
                                     return s;
                                   }();
}

#ifdef SWAPCAM_GUI_TRANSLATIONS
TEST(GuiTranslations, LanguageCodesMatchTheEmbeddedLocales) {
  gui_app();
  const QStringList available = gui::available_languages();
  EXPECT_EQ(std::size_t(available.size()), kLocales.size()) << available.join(",").toStdString();
  for (const auto& l : kLocales) EXPECT_TRUE(available.contains(QString::fromStdString(l))) << l;
  EXPECT_EQ(gui::match_language("de"), "de");
  EXPECT_EQ(gui::match_language("de-AT"), "de");
  EXPECT_EQ(gui::match_language("pt-br"), "pt_BR");
  EXPECT_EQ(gui::match_language("pt"), "pt_BR");
  EXPECT_EQ(gui::match_language("zh"), "zh_CN");
  EXPECT_EQ(gui::match_language("ja_JP.UTF-8"), "ja");
  EXPECT_EQ(gui::match_language("en_GB"), "en");
  EXPECT_EQ(gui::match_language("xx"), "");
  EXPECT_EQ(gui::match_language(""), "");
}

TEST(GuiTranslations, GermanShowsGermanAndEnglishComesBack) {
  gui_app();
  TempDir dir;
  ASSERT_TRUE(gui::install_language("de"));
  {
    auto store = temp_store(dir);
    gui::MainWindow w(store.get());
    EXPECT_EQ(w.start_button()->text(), "Starten");
    EXPECT_EQ(w.cancel_button()->text(), "Abbrechen");
    EXPECT_EQ(w.status_label()->text(), "Bereit");
    EXPECT_EQ(w.show_original_box()->text(), "Original zeigen");
  }
  ASSERT_TRUE(gui::install_language("en"));
  auto store = temp_store(dir);
  gui::MainWindow w(store.get());
  EXPECT_EQ(w.start_button()->text(), "Start");
}

TEST(GuiTranslations, LangOptionPicksALocaleAndWarnsOnAnUnknownOne) {
  TempDir dir;
  const std::string gui = std::string("QT_QPA_PLATFORM=offscreen '") + SWAPCAM_GUI_PATH + "' --settings '" +
                          (dir / "s.ini").string() + "' --quit-after 10";
  const auto ok = run_command(gui + " --lang ja");
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  EXPECT_EQ(ok.output.find("warning: no translation"), std::string::npos) << ok.output;
  const auto unknown = run_command(gui + " --lang xx");
  EXPECT_EQ(unknown.exit_code, 0) << unknown.output;
  EXPECT_NE(unknown.output.find("warning: no translation for --lang 'xx' (available: en, de, es,"), std::string::npos)
      << unknown.output;
  EXPECT_NE(unknown.output.find("using English"), std::string::npos) << unknown.output;
}
#endif

}  // namespace
}  // namespace swapcam::test
