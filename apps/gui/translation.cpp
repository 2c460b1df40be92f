#include "apps/gui/translation.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace swapcam::gui {

namespace {

// The translators in use: ours and, where the system has it, Qt's own (standard dialog buttons).
std::unique_ptr<QTranslator>& own_translator() {
  static std::unique_ptr<QTranslator> t;
  return t;
}

std::unique_ptr<QTranslator>& qt_translator() {
  static std::unique_ptr<QTranslator> t;
  return t;
}

void remove(std::unique_ptr<QTranslator>& t) {
  if (t) QCoreApplication::removeTranslator(t.get());
  t.reset();
}

// "pt-br" -> "pt_BR", "ZH_cn" -> "zh_CN".
QString normalise(QString code) {
  code = code.trimmed().replace('-', '_');
  const qsizetype cut = code.indexOf('.');  // "de_DE.UTF-8"
  if (cut >= 0) code.truncate(cut);
  const QStringList parts = code.split('_', Qt::SkipEmptyParts);
  if (parts.isEmpty()) return {};
  QString out = parts[0].toLower();
  if (parts.size() > 1) out += '_' + parts[1].toUpper();
  return out;
}

}  // namespace

QStringList available_languages() {
  QStringList out;
  const QDir dir(":/i18n");
  for (const QString& f : dir.entryList({"swapcam_*.qm"}, QDir::Files, QDir::Name))
    out << f.mid(int(sizeof("swapcam_") - 1), f.size() - int(sizeof("swapcam_") - 1) - 3);
  return out;
}

QString match_language(const QString& code) {
  const QString want = normalise(code);
  if (want.isEmpty()) return {};
  const QString language = want.section('_', 0, 0);
  if (language == "en") return "en";
  const QStringList available = available_languages();
  for (const QString& a : available)
    if (a.compare(want, Qt::CaseInsensitive) == 0) return a;
  for (const QString& a : available)  // the language without its country ("zh" -> "zh_CN", "de_AT" -> "de")
    if (a.section('_', 0, 0) == language) return a;
  return {};
}

QString system_language() {
  for (const QString& ui : QLocale::system().uiLanguages()) {
    const QString m = match_language(ui);
    if (!m.isEmpty()) return m;
  }
  return "en";
}

bool install_language(const QString& locale) {
  remove(own_translator());
  remove(qt_translator());
  if (locale.isEmpty() || locale == "en") return true;
  auto own = std::make_unique<QTranslator>();
  if (!own->load(":/i18n/swapcam_" + locale + ".qm")) return false;
  QCoreApplication::installTranslator(own.get());
  own_translator() = std::move(own);
  auto qt = std::make_unique<QTranslator>();
  if (qt->load("qtbase_" + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt.get());
    qt_translator() = std::move(qt);
  }
  return true;
}

}  // namespace swapcam::gui
