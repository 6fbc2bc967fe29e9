#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace sp::ui {

class EditCommand;
class IrreversibleAct;

// The one way the window changes the open case file. Edits that can be undone (EditCommand) go
// on the undo stack; acts that cannot (IrreversibleAct) are taken here too and end the history:
// once one is done, nothing before it can be undone, and Edit > Undo says which act stands in
// the way until the next edit. A refusal of either is reported and changes nothing.
class EditHistory : public QObject {
    Q_OBJECT

public:
    explicit EditHistory(QObject* parent = nullptr);

    QUndoStack& stack() const { return *stack_; }

    // Applies the command and puts it on the stack; when the case file refuses it, shows the
    // refusal (Prompt::error) and returns false. Takes ownership of the command.
    bool push(EditCommand* command, QWidget* parent);
    // Takes the act; returns why the case file refused it (its words), or nothing once done.
    std::optional<QString> perform(IrreversibleAct& act);
    // The same, a refusal shown as an error titled `refusalTitle` with the case file's words;
    // returns whether the act was done.
    bool perform(IrreversibleAct& act, QWidget* parent, const QString& refusalTitle);
    // Another case file: no steps, and no act in the way.
    void clear();

    // The last act that cannot be undone since clear() (its text), empty when there was none.
    QString lastIrreversibleAct() const { return lastIrreversible_; }
    // Edit > Undo: undoes the step on top; disabled, it says which act cannot be undone.
    QAction* createUndoAction(QObject* parent);

signals:
    // An act that cannot be undone was done (its text).
    void irreversibleActDone(const QString& text);

private:
    void updateUndoAction();

    QUndoStack* stack_;
    QPointer<QAction> undo_;
    QString lastIrreversible_;
};

} // namespace sp::ui
