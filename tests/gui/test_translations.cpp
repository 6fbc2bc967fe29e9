#include "app_icons.h"
#include "gui_fixture.h"
#include "language.h"
#include "main_window.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", ... or empty when done
    QStringList translations; // one, or one per plural form
};

QList<TsMessage> readTsFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue;
        TsMessage message;
        message.context = context;
        message.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.translationType = xml.attributes().value("type").toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
                else
                    while (xml.readNextStartElement())
                        message.translations << xml.readElementText();
            } else {
                xml.skipCurrentElement();
            }
        }
        messages << message;
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString& language) {
    return QStringLiteral(SP_SOURCE_DIR "/translations/selection-panel_%1.ts").arg(language);
}

// %1..%99 and %n, sorted: what .arg() and plural forms fill in.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// Menu and label accelerators: one '&' before a letter ("&&" is a literal ampersand).
int acceleratorCount(const QString& text) {
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?!&)\\w"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return int(text.count(accelerator));
}

bool isShortcut(const QString& text) {
    static const QRegularExpression shortcut(
        QStringLiteral("^((Ctrl|Shift|Alt|Meta)\\+)+([A-Z0-9]|F\\d+|PgUp|PgDown|Home|End|[-+=])$"));
    return shortcut.match(text).hasMatch();
}

QString englishOf(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void resolvesLanguageFromSettingAndSystem_data();
    void resolvesLanguageFromSettingAndSystem();
    void keepsOnlyKnownLanguageSettings();
    void listsLanguagesByTheirNativeNames();

    void windowSpeaksChosenLanguage_data();
    void windowSpeaksChosenLanguage();
    void englishRestoresSourceStrings();
    void qtOwnStringsFollowLanguage();

    void tsFilesAreCompletelyTranslated_data();
    void tsFilesAreCompletelyTranslated();

    void languageMenuStoresChoice();
    void applicationAndToolbarIconsLoad();

private:
    QTemporaryDir settingsDir_;
};

void TranslationsTest::initTestCase() {
    QVERIFY(settingsDir_.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
}

void TranslationsTest::cleanup() {
    sp::ui::applyLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TranslationsTest::resolvesLanguageFromSettingAndSystem_data() {
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("language");
    QTest::newRow("system French (Belgium)") << "system"
                                             << "fr_BE"
                                             << "fr";
    QTest::newRow("system German (Austria)") << "system"
                                             << "de_AT"
                                             << "de";
    QTest::newRow("system Italian falls back to English") << "system"
                                                          << "it_IT"
                                                          << "en";
    QTest::newRow("system C locale") << "system"
                                     << "C"
                                     << "en";
    QTest::newRow("chosen English on a French system") << "en"
                                                       << "fr_FR"
                                                       << "en";
    QTest::newRow("chosen German on a French system") << "de"
                                                      << "fr_FR"
                                                      << "de";
    QTest::newRow("chosen French on an English system") << "fr"
                                                        << "en_IE"
                                                        << "fr";
    QTest::newRow("unknown choice follows the system") << "xx"
                                                       << "de_DE"
                                                       << "de";
}

void TranslationsTest::resolvesLanguageFromSettingAndSystem() {
    QFETCH(QString, choice);
    QFETCH(QString, systemLocale);
    QFETCH(QString, language);
    QCOMPARE(sp::ui::resolveLanguage(choice, systemLocale), language);
}

void TranslationsTest::keepsOnlyKnownLanguageSettings() {
    QCOMPARE(sp::ui::languageSetting(), QStringLiteral("system"));
    sp::ui::setLanguageSetting(QStringLiteral("de"));
    QCOMPARE(QSettings().value(QLatin1String(sp::ui::LanguageSettingKey)).toString(),
             QStringLiteral("de"));
    QCOMPARE(sp::ui::languageSetting(), QStringLiteral("de"));
    sp::ui::setLanguageSetting(QStringLiteral("tlh"));
    QCOMPARE(sp::ui::languageSetting(), QStringLiteral("system"));
    QSettings().setValue(QLatin1String(sp::ui::LanguageSettingKey), QStringLiteral("it"));
    QCOMPARE(sp::ui::languageSetting(), QStringLiteral("system"));
}

void TranslationsTest::listsLanguagesByTheirNativeNames() {
    QStringList names;
    for (const sp::ui::Language& language : sp::ui::availableLanguages())
        names << language.code + QLatin1Char('=') + language.nativeName;
    QCOMPARE(names, QStringList({QStringLiteral("en=English"), QStringLiteral("fr=Français"),
                                 QStringLiteral("de=Deutsch")}));
}

void TranslationsTest::windowSpeaksChosenLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QLocale::Language>("locale");
    QTest::newRow("fr") << "fr"
                        << "&Fichier" << QLocale::French;
    QTest::newRow("de") << "de"
                        << "&Datei" << QLocale::German;
}

void TranslationsTest::windowSpeaksChosenLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QLocale::Language, locale);
    QVERIFY2(sp::ui::applyLanguage(language), "translation not embedded under :/i18n");

    sp::ui::MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), fileMenu);
    for (const char* text : {"&Edit", "Candidates shown"}) {
        const QString translated = QCoreApplication::translate("sp::ui::MainWindow", text);
        QVERIFY2(translated != QString::fromUtf8(text), text);
    }
    for (const char* text : {"Open case file…", "Try the example"}) {
        const QString translated = QCoreApplication::translate("sp::ui::WelcomePane", text);
        QVERIFY2(translated != QString::fromUtf8(text), text);
    }
    QCOMPARE(QLocale().language(), locale);
}

void TranslationsTest::englishRestoresSourceStrings() {
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("de")));
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("en")));
    QCOMPARE(englishOf("sp::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TranslationsTest::qtOwnStringsFollowLanguage() {
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtTranslations + QStringLiteral("/qtbase_fr.qm")))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    sp::ui::applyLanguage(QStringLiteral("fr"));
    QCOMPARE(englishOf("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

void TranslationsTest::tsFilesAreCompletelyTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << "fr";
    QTest::newRow("de") << "de";
}

void TranslationsTest::tsFilesAreCompletelyTranslated() {
    QFETCH(QString, language);
    const QList<TsMessage> messages = readTsFile(tsPath(language));
    QVERIFY2(messages.size() > 50, "the .ts file looks empty: run the update_translations target");
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\": ");
        if (!m.translationType.isEmpty())
            problems << where + m.translationType;
        const qsizetype forms = m.numerus ? 2 : 1; // French and German have two plural forms
        if (m.translations.size() != forms)
            problems << where + QStringLiteral("%1 forms").arg(m.translations.size());
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty())
                problems << where + QStringLiteral("empty");
            else if (placeholders(translation) != placeholders(m.source))
                problems << where +
                                QStringLiteral("placeholders differ in \"%1\"").arg(translation);
            else if (acceleratorCount(translation) != acceleratorCount(m.source))
                problems << where + QStringLiteral("accelerator lost in \"%1\"").arg(translation);
            else if (isShortcut(m.source) && translation != m.source)
                problems << where + QStringLiteral("shortcut changed to \"%1\"").arg(translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::languageMenuStoresChoice() {
    QWidget parent;
    QMenu* menu = sp::ui::makeLanguageMenu(&parent);
    QStringList labels;
    QAction* german = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        labels << action->text();
        if (action->data().toString() == QLatin1String("de"))
            german = action;
    }
    QVERIFY(labels.contains(QStringLiteral("Français")));
    QVERIFY(labels.contains(QStringLiteral("Deutsch")));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(sp::ui::languageSetting(), QStringLiteral("de"));
    QVERIFY(german->isChecked());
}

void TranslationsTest::applicationAndToolbarIconsLoad() {
    sp::ui::installApplicationIcons();
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(48, 48).isNull());
    sp::ui::MainWindow window;
    QVERIFY(!window.windowIcon().isNull());

    // No desktop theme at all: the embedded icons still answer the freedesktop names.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    for (const char* name : {"document-open", "edit-undo", "edit-redo", "application-exit"}) {
        const QIcon action = QIcon::fromTheme(QString::fromLatin1(name));
        QVERIFY2(!action.pixmap(22, 22).isNull(), name);
    }
    QIcon::setThemeName(theme);
}

SP_GUI_TEST_MAIN(TranslationsTest)

#include "test_translations.moc"
