#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace sp::ui {

// What the window shows with no case file open: open one, create one from a vacancy, reopen a
// recent one, or try the program on a case of the example vacancy.
class WelcomePane : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePane(QWidget* parent = nullptr);

    // Lists the recent case files again (RecentFiles): some may have gone since.
    void refreshRecent();

signals:
    void openRequested();
    void newCaseRequested();
    void exampleRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* recent_;
    QLabel* noRecent_;
};

} // namespace sp::ui
