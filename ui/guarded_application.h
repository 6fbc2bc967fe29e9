#pragma once

#include <QApplication>

namespace sp::ui {

// The program's QApplication: an error no view caught (a case on a server whose connection was
// lost at the moment a pane read it) is logged and shown to the user instead of ending the
// program and losing what was on screen. The tests run a plain QApplication, where such an error
// fails the test.
class GuardedApplication : public QApplication {
public:
    GuardedApplication(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

private:
    void showLater(const QString& message);
    bool showing_ = false;
};

} // namespace sp::ui
