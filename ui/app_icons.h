#pragma once

#include <QIcon>

namespace sp::ui {

// The Selection Panel icon, embedded in the program.
QIcon applicationIcon();

// Makes applicationIcon() the icon of every window, and lets QIcon::fromTheme("document-open")
// and the other freedesktop names listed in resources/icons/CREDITS.md fall back to the
// embedded icons when the desktop's theme lacks them (or there is no theme, as on Windows).
void installApplicationIcons();

} // namespace sp::ui
