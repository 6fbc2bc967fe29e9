#include "edit_command.h"

#include "problem_text.h"

#include <exception>

namespace sp::ui {

void EditCommand::redo() {
    run([this] { apply(); }, text());
}

void EditCommand::undo() {
    run([this] { revert(); }, tr("Undo %1").arg(text()));
}

void EditCommand::run(const std::function<void()>& step, const QString& what) {
    try {
        step();
    } catch (const std::exception& e) {
        // Obsolete: QUndoStack drops the command instead of keeping a step that cannot be taken.
        setObsolete(true);
        if (reportFailure_)
            reportFailure_(what, translatedWhat(e));
    }
}

} // namespace sp::ui
