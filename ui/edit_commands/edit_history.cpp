#include "edit_history.h"

#include "edit_command.h"
#include "irreversible_act.h"
#include "problem_text.h"
#include "prompt.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>
#include <exception>
#include <memory>

namespace sp::ui {

EditHistory::EditHistory(QObject* parent) : QObject(parent), stack_(new QUndoStack(this)) {
    connect(stack_, &QUndoStack::canUndoChanged, this, &EditHistory::updateUndoAction);
    connect(stack_, &QUndoStack::undoTextChanged, this, &EditHistory::updateUndoAction);
}

bool EditHistory::push(EditCommand* command, QWidget* parent) {
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
    stack_->push(command);
    state->pushing = false;
    if (state->refused) {
        Prompt::error(parent, EditCommand::tr("Not recorded"),
                      EditCommand::tr("%1 was not recorded: %2").arg(state->what, state->reason));
        return false;
    }
    return true;
}

std::optional<QString> EditHistory::perform(IrreversibleAct& act) {
    try {
        act.apply();
    } catch (const std::exception& e) {
        return translatedWhat(e);
    }
    if (act.endsUndoHistory()) {
        // What came before may depend on what the act made final (a draft before its
        // submission): no step is kept that could no longer be undone as it says.
        lastIrreversible_ = act.text();
        stack_->clear();
        updateUndoAction();
        emit irreversibleActDone(act.text());
    }
    return std::nullopt;
}

bool EditHistory::perform(IrreversibleAct& act, QWidget* parent, const QString& refusalTitle) {
    if (const auto refusal = perform(act)) {
        Prompt::error(parent, refusalTitle, *refusal);
        return false;
    }
    return true;
}

void EditHistory::clear() {
    lastIrreversible_.clear();
    stack_->clear();
    updateUndoAction();
}

QAction* EditHistory::createUndoAction(QObject* parent) {
    undo_ = new QAction(parent);
    connect(undo_, &QAction::triggered, stack_, &QUndoStack::undo);
    updateUndoAction();
    return undo_;
}

void EditHistory::updateUndoAction() {
    if (!undo_)
        return;
    undo_->setEnabled(stack_->canUndo());
    if (stack_->canUndo())
        undo_->setText(tr("&Undo %1").arg(stack_->undoText()));
    else if (!lastIrreversible_.isEmpty())
        undo_->setText(tr("&Undo: \u201c%1\u201d cannot be undone").arg(lastIrreversible_));
    else
        undo_->setText(tr("&Undo"));
    undo_->setToolTip(undo_->text().remove(QLatin1Char('&')));
}

} // namespace sp::ui
