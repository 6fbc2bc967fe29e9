#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace sp::ui {

// An edit of the case file that the Edit menu can undo, applied through EditHistory::push. The
// case file may refuse a change (sp::Error): a refused edit is not pushed, and a refused undo or
// redo later removes the command from the stack; either way the refusal is reported, never
// thrown through Qt.
class EditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    using FailureReporter = std::function<void(const QString& what, const QString& why)>;

    void redo() final;
    void undo() final;
    void setFailureReporter(FailureReporter reporter) { reportFailure_ = std::move(reporter); }

protected:
    explicit EditCommand(const QString& text) { setText(text); }
    virtual void apply() = 0;  // throws sp::Error when refused
    virtual void revert() = 0; // throws sp::Error when refused

private:
    void run(const std::function<void()>& step, const QString& what);

    FailureReporter reportFailure_;
};

} // namespace sp::ui
