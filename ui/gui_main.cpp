#include "gui_main.h"

#include "main_window.h"

#include <QApplication>

namespace sp::ui {

int runGui(int argc, char** argv, const QString& caseFilePath) {
    QApplication::setApplicationName(QStringLiteral("Selection Panel"));
    QApplication::setOrganizationName(QStringLiteral("Selection Panel"));
    QApplication app(argc, argv);

    MainWindow window;
    window.show();
    // After show(), so that a message box about the file appears over the window.
    if (!caseFilePath.isEmpty())
        window.openCaseFile(caseFilePath);
    return app.exec();
}

} // namespace sp::ui
