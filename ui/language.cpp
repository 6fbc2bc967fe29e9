#include "language.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

namespace sp::ui {

namespace {

const QString SystemChoice = QStringLiteral("system");
const QString English = QStringLiteral("en");

QString& loadedPath() {
    static QString path;
    return path;
}

// Where a package installs the .qm files, relative to the program (CMake: SP_TRANSLATIONS_DIR).
QString installedTranslationsDirectory() {
#ifdef SP_TRANSLATIONS_DIR
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(SP_TRANSLATIONS_DIR));
#else
    return {};
#endif
}

// Translators live as long as the application; a later applyLanguage() replaces them.
QList<QTranslator*>& installedTranslators() {
    static QList<QTranslator*> translators;
    return translators;
}

void removeInstalledTranslators() {
    for (QTranslator* translator : installedTranslators()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();
}

bool install(const QString& fileName, const QString& directory) {
    auto* translator = new QTranslator;
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
    return true;
}

bool isAvailable(const QString& code) {
    for (const Language& language : availableLanguages())
        if (language.code == code)
            return true;
    return false;
}

// Formats of the system locale when it speaks the language (fr_BE stays Belgian), else the
// language's main locale; British rather than American English, as in the EU institutions.
QLocale formattingLocale(const QString& code) {
    const QLocale system = QLocale::system();
    if (system.name().section(QLatin1Char('_'), 0, 0) == code)
        return system;
    return code == English ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code);
}

void tellRestartNeeded(QWidget* parent) {
    const QString message =
        QCoreApplication::translate("Language", "The language changes when you restart.");
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(message, 10000);
}

} // namespace

QList<Language> availableLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString languageSetting() {
    const QString choice = QSettings().value(QLatin1String(LanguageSettingKey)).toString();
    return isAvailable(choice) ? choice : SystemChoice;
}

void setLanguageSetting(const QString& choice) {
    QSettings().setValue(QLatin1String(LanguageSettingKey),
                         isAvailable(choice) ? choice : SystemChoice);
}

QString resolveLanguage(const QString& choice, const QString& systemLocaleName) {
    if (isAvailable(choice))
        return choice;
    const QString systemLanguage = systemLocaleName.section(QLatin1Char('_'), 0, 0).toLower();
    return isAvailable(systemLanguage) ? systemLanguage : English;
}

bool applyLanguage(const QString& code) {
    removeInstalledTranslators();
    loadedPath().clear();
    const QString language = isAvailable(code) ? code : English;
    QLocale::setDefault(formattingLocale(language));
    if (language == English)
        return true;
    // Qt's own strings (standard buttons, context menus) are optional: Debian ships them in
    // qt6-translations-l10n.
    install(QStringLiteral("qtbase_") + language,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The installed files first, so that a package's translations can be updated on their own;
    // the embedded ones when the program runs from its build tree.
    const QString ours = QStringLiteral("selection-panel_") + language;
    const QString installed = installedTranslationsDirectory();
    if ((installed.isEmpty() || !install(ours, installed)) &&
        !install(ours, QStringLiteral(":/i18n")))
        return false;
    loadedPath() = installedTranslators().last()->filePath();
    return true;
}

QString loadedTranslationFile() {
    return loadedPath();
}

QString applyLanguageSetting() {
    const QString language = resolveLanguage(languageSetting(), QLocale::system().name());
    applyLanguage(language);
    return language;
}

QMenu* makeLanguageMenu(QWidget* parent) {
    auto* menu = new QMenu(QCoreApplication::translate("Language", "&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();

    auto addChoice = [&](const QString& choice, const QString& label) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(choice == current);
        action->setData(choice);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [choice, parent] {
            if (choice == languageSetting())
                return;
            setLanguageSetting(choice);
            tellRestartNeeded(parent);
        });
    };
    addChoice(SystemChoice, QCoreApplication::translate("Language", "System default"));
    menu->addSeparator();
    // Native names, untranslated: a reader finds their own language whatever the interface speaks.
    for (const Language& language : availableLanguages())
        addChoice(language.code, language.nativeName);
    menu->addSeparator();
    QAction* note = menu->addAction(
        QCoreApplication::translate("Language", "Applies after a restart of the application"));
    note->setEnabled(false);
    return menu;
}

} // namespace sp::ui
