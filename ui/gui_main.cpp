#include "gui_main.h"

#include "app_icons.h"
#include "guarded_application.h"
#include "language.h"
#include "main_window.h"
#include "screenshot_check.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

namespace sp::ui {

namespace {

// Settings > Language, unless the window already offers a language menu; placed before Help.
void addLanguageMenu(MainWindow& window) {
    if (window.findChild<QMenu*>(QStringLiteral("languageMenu")))
        return;
    QMenu* settings = window.findChild<QMenu*>(QStringLiteral("settingsMenu"));
    if (!settings) {
        settings = new QMenu(QCoreApplication::translate("Language", "&Settings"), &window);
        settings->setObjectName(QStringLiteral("settingsMenu"));
        const QMenu* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        if (help)
            window.menuBar()->insertMenu(help->menuAction(), settings);
        else
            window.menuBar()->addMenu(settings);
    }
    settings->addMenu(makeLanguageMenu(&window));
}

} // namespace

int runGui(int argc, char** argv, const QString& caseFilePath) {
    QApplication::setApplicationName(QStringLiteral("Selection Panel"));
    QApplication::setOrganizationName(QStringLiteral("Selection Panel"));
    GuardedApplication app(argc, argv);
    installApplicationIcons();
    // Before any window exists: its strings are translated when it is built.
    applyLanguageSetting();

    MainWindow window;
    addLanguageMenu(window);
    if (const QString png = qEnvironmentVariable("SELECTION_PANEL_SCREENSHOT"); !png.isEmpty())
        screenshotOnceShown(window, png);
    window.show();
    // After show(), so that a message box about the file appears over the window.
    if (!caseFilePath.isEmpty())
        window.openCaseFile(caseFilePath);
    return app.exec();
}

} // namespace sp::ui
