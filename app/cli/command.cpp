#include "cli/command.h"

#include "cli/output.h"
#include "domain/error.h"

#include <QCoreApplication>

namespace sp::cli {

const Command* findCommand(const QString& name) {
    for (const auto& command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

void printOverview() {
    out("Selection Panel {}: the case file of an EU selection procedure.\n\n", SP_VERSION);
    out("Usage:\n  selection-panel [CASE.selpanel]     open the window (on CASE if given)\n");
    out("  selection-panel COMMAND [OPTIONS]   run a command without the window\n\nCommands:\n");
    for (const auto& command : commands())
        out("  {:<18} {}\n", command.name, command.summary);
    out("\nEvery command has --help. Exit codes: 0 success, 2 bad input, 1 any other failure.\n");
}

QStringList positionals(const QCommandLineParser& parser, int count, const char* names) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != count)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("expected %1 (see --help)").arg(QString::fromUtf8(names)));
    return args;
}

int runCommand(const Command& command, const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(command.summary));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    command.configure(parser);
    QStringList rest = args;
    rest.removeAt(1); // the command name
    if (!parser.parse(rest)) {
        err("selection-panel {}: {}\n", command.name, str(parser.errorText()));
        return BadInput;
    }
    if (parser.isSet(help)) {
        out("Usage: selection-panel {} {}\n\n{}\n\n", command.name, command.arguments,
            command.summary);
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String("Options:"));
        out("{}", str(options >= 0 ? text.mid(options) : text));
        return Success;
    }
    try {
        return command.run(parser);
    } catch (const Error& e) {
        err("selection-panel {}: {}\n", command.name, e.what());
        return e.kind() == ErrorKind::BadInput || e.kind() == ErrorKind::NotFound ? BadInput
                                                                                  : Failure;
    } catch (const std::exception& e) {
        err("selection-panel {}: unexpected failure: {}\n", command.name, e.what());
        return Failure;
    }
}

} // namespace sp::cli
