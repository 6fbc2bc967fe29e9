#include "edit_command.h"

#include "prompt.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>
#include <exception>
#include <memory>

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
            reportFailure_(what, QString::fromUtf8(e.what()));
    }
}

bool pushEdit(QUndoStack& stack, EditCommand* command, QWidget* parent) {
    // While pushed, a refusal is reported here; later (undo, redo) in a box of its own. The
    // command is not touched after push(): the stack deletes it when obsolete or merged.
    struct State {
        bool pushing = true;
        bool refused = false;
        QString what;
        QString reason;
    };
    auto state = std::make_shared<State>();
    QPointer<QWidget> window(parent);
    command->setFailureReporter([state, window](const QString& what, const QString& why) {
        if (state->pushing) {
            state->refused = true;
            state->what = what;
            state->reason = why;
            return;
        }
        Prompt::error(window, EditCommand::tr("Not possible"),
                      EditCommand::tr("%1 is not possible: %2").arg(what, why));
    });
    stack.push(command);
    state->pushing = false;
    if (state->refused) {
        Prompt::error(parent, EditCommand::tr("Not recorded"),
                      EditCommand::tr("%1 was not recorded: %2").arg(state->what, state->reason));
        return false;
    }
    return true;
}

} // namespace sp::ui
