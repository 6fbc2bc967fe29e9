#include "guarded_application.h"

#include "problem_text.h"
#include "prompt.h"

#include <QTimer>
#include <exception>
#include <fmt/core.h>

namespace sp::ui {

GuardedApplication::GuardedApplication(int& argc, char** argv) : QApplication(argc, argv) {}

bool GuardedApplication::notify(QObject* receiver, QEvent* event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception& e) {
        fmt::print(stderr, "selection-panel: {}\n", e.what());
        showLater(translatedWhat(e));
    }
    return false;
}

void GuardedApplication::showLater(const QString& message) {
    if (showing_)
        return; // one at a time: the same cause often fails several reads at once
    showing_ = true;
    // Not inside notify(): the dialog's own event loop runs once the failed event is over.
    QTimer::singleShot(0, this, [this, message] {
        Prompt::error(activeWindow(), tr("Selection Panel"),
                      tr("This could not be done: %1").arg(message));
        showing_ = false;
    });
}

} // namespace sp::ui
