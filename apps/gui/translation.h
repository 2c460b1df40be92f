#pragma once
// The language the GUI speaks: translations built into the application as resources
// (:/i18n/swapcam_<locale>.qm, from apps/gui/translations/*.ts), chosen with --lang or else the
// system locale. English is the source language and needs no file.
#include <QString>
#include <QStringList>

namespace swapcam::gui {

// The locales with a translation, as their file names spell them ("de", "pt_BR", "zh_CN"), sorted.
// Empty when the build had no Qt Linguist tools.
QStringList available_languages();

// The available locale a user's code means: "pt-br" and "pt_BR" -> "pt_BR", "zh" -> "zh_CN",
// "de_AT" -> "de"; "en" (any English) -> "en"; empty when there is no translation for it.
QString match_language(const QString& code);

// The available locale for the system's UI languages (QLocale::system()), else "en".
QString system_language();

// Installs the translation of `locale` (a value match_language returned) into the application,
// replacing one installed before; "en" removes it. False when it cannot be loaded.
bool install_language(const QString& locale);

}  // namespace swapcam::gui
