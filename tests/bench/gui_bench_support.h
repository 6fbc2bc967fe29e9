#pragma once

#include <QString>

namespace sp::ui {
class MainWindow;
}
class QLineEdit;
class QTableView;

namespace sp::bench {

// A QApplication run like the real one, but with its own settings (test mode) and every dialog
// answered: the sign-in by the case file's chair (or a name), any message box by its default.
void prepareUnattendedWindow();

// Opens the case file in the window the way File > Open does, and lets the window lay out and
// paint the list. False when it could not be opened.
bool openAndShow(ui::MainWindow& window, const QString& path);

// Lets the window handle what is queued: layout, painting, queued reloads.
void settle();

QLineEdit* candidateFilter(ui::MainWindow& window);
QTableView* candidateTable(ui::MainWindow& window);

} // namespace sp::bench
