#pragma once

#include <QString>

namespace sp::ui {

class MainWindow;

// For checking an installed program without a person (scripts/test, on the .deb): with
// SELECTION_PANEL_SCREENSHOT=FILE.png in the environment the window answers the sign-in with
// the name "Installation check", and once it shows the opened case's first application page it
// saves itself to FILE.png, prints its title, its menus, the translation file it loaded and the
// page shown on standard output, and quits (exit code 1 when no page is shown within 60 seconds).
void screenshotOnceShown(MainWindow& window, const QString& pngPath);

} // namespace sp::ui
