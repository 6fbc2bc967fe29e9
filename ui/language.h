#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QMenu;
class QWidget;

namespace sp::ui {

// A language the user interface is translated into.
struct Language {
    QString code;       // "en", "fr", "de"
    QString nativeName; // "English", "Français", "Deutsch": each in its own language
};

// The languages the interface is available in, English first.
QList<Language> availableLanguages();

// QSettings key holding the user's choice: "system" (the default) or a language code.
inline constexpr const char* LanguageSettingKey = "ui/language";

// The user's stored choice: "system" or one of availableLanguages()' codes.
QString languageSetting();
void setLanguageSetting(const QString& choice);

// The language used for a choice and a system locale name (e.g. "fr_BE"): the chosen language,
// or for "system" the locale's language if it is available, else English.
QString resolveLanguage(const QString& choice, const QString& systemLocaleName);

// Makes the application speak `code`: installs the translators of our strings (installed beside
// the program, else embedded under :/i18n) and of Qt's own (from Qt's translations directory, when
// installed), and makes dates and numbers follow that language. Replaces the translators of an
// earlier call. Returns false when our translation of `code` could not be loaded (English always
// succeeds).
bool applyLanguage(const QString& code);

// The file our strings were loaded from by the last applyLanguage(): the installed
// share/selection-panel/translations/selection-panel_<lang>.qm beside the program when there,
// else the embedded :/i18n one; empty for English.
QString loadedTranslationFile();

// The language of the stored setting and the system locale, applied; returns its code.
QString applyLanguageSetting();

// "Language" menu listing "System default" and every available language; choosing one stores it
// and tells the user that it applies after a restart.
QMenu* makeLanguageMenu(QWidget* parent);

} // namespace sp::ui
