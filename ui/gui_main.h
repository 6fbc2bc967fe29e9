#pragma once

#include <QString>

namespace sp::ui {

// Runs the window until the user quits; returns the application's exit code. Creates the
// QApplication from argc/argv (Qt's own options such as -platform are taken from them) and
// opens caseFilePath when it is not empty, else shows the welcome page.
int runGui(int argc, char** argv, const QString& caseFilePath);

} // namespace sp::ui
