#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <functional>
#include <vector>

namespace sp::cli {

// Exit codes of every sub-command.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// A headless sub-command: `selection-panel NAME ...`.
struct Command {
    const char* name;
    const char* summary;
    const char* arguments; // shown in the usage line, e.g. "CASE --vacancy FILE"
    std::function<void(QCommandLineParser&)> configure;
    std::function<int(const QCommandLineParser&)> run;
};

const std::vector<Command>& commands();
const Command* findCommand(const QString& name);

// Runs the sub-command named by args[1] (args[0] is the program); prints messages on stderr.
int runCommand(const Command& command, const QStringList& args);
void printOverview();

// The positional arguments, or a bad-input error naming what is missing or extra.
QStringList positionals(const QCommandLineParser& parser, int count, const char* names);

} // namespace sp::cli
