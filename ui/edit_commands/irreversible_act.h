#pragma once

#include <QCoreApplication>
#include <QString>

namespace sp::ui {

// An act on the case file that cannot be undone: submitted marks, a consensus mark, a shortlist
// decision, the recommendation, an import. Taken through EditHistory::perform, which reports a
// refusal and, once the act is done, ends the undo history (edit_history.h).
class IrreversibleAct {
    Q_DECLARE_TR_FUNCTIONS(IrreversibleAct)

public:
    virtual ~IrreversibleAct() = default;
    IrreversibleAct(const IrreversibleAct&) = delete;
    IrreversibleAct& operator=(const IrreversibleAct&) = delete;

    QString text() const { return text_; } // "Submit pre-selection marks for APP-0001"
    // Whether the steps before the act can no longer be undone consistently, as for most acts;
    // an entry noting what was done outside the case file leaves them as they were.
    virtual bool endsUndoHistory() const { return true; }

protected:
    explicit IrreversibleAct(const QString& text) : text_(text) {}

private:
    friend class EditHistory;
    virtual void apply() = 0; // throws sp::Error when refused

    QString text_;
};

} // namespace sp::ui
