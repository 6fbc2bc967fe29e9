#include "cli/command.h"
#include "cli/output.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#ifdef SP_WITH_GUI
#include "gui_main.h"
#endif

namespace {

QStringList arguments(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// Qt's own chatter (e.g. about XDG_RUNTIME_DIR on the offscreen platform) would mix with our
// messages on stderr; scripts read those, so only Qt's critical messages get through.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        sp::cli::err("selection-panel: {}\n", sp::cli::str(message));
}

int runHeadless(int argc, char** argv, const sp::cli::Command& command) {
    // Commands read and write PDFs (QtPdf, QPdfWriter) but never show a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("SELECTION_PANEL_DEBUG"))
        qInstallMessageHandler(quietQtMessages);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("selection-panel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION));
    return sp::cli::runCommand(command, arguments(argc, argv));
}

} // namespace

int main(int argc, char** argv) {
    using namespace sp::cli;
    const QStringList args = arguments(argc, argv);
    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printOverview();
        return Success;
    }
    if (first == QLatin1String("--version")) {
        out("selection-panel {}\n", SP_VERSION);
        return Success;
    }
    if (const Command* command = findCommand(first))
        return runHeadless(argc, argv, *command);
    if (first.startsWith(QLatin1Char('-')) || args.size() > 2) {
        err("selection-panel: unknown command or option '{}'; see selection-panel --help\n",
            str(first));
        return BadInput;
    }
#ifdef SP_WITH_GUI
    return sp::ui::runGui(argc, argv, first);
#else
    err("selection-panel: this build has no window (built with SELECTION_PANEL_GUI=OFF); "
        "see selection-panel --help for the commands\n");
    return Failure;
#endif
}
