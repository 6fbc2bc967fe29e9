#pragma once

#include <QByteArray>
#include <QString>

namespace sp::cli {

// Whether the program can ask on a terminal.
bool haveTerminal();
// Shows `prompt` on stderr and reads one line from the terminal with echo off (termios; on
// Windows SetConsoleMode), the line break not included.
QByteArray readHiddenLine(const QString& prompt);

} // namespace sp::cli
