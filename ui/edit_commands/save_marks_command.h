#pragma once

#include "domain/marking_rules.h"
#include "edit_command.h"

#include <optional>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// A member saves their draft mark sheet; undo restores the draft there was before. Successive
// saves of the same sheet merge into one step. A submitted sheet is final: undoing a save once
// the sheet has been submitted is refused by the case file and the step is dropped.
class SaveMarksCommand : public EditCommand {
public:
    SaveMarksCommand(CaseFile& caseFile, const MarkSheet& sheet);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    bool sameSheet(const MarkSheet& other) const;

    CaseFile& caseFile_;
    MarkSheet sheet_;
    std::optional<MarkSheet> previous_;
    bool previousKnown_ = false;
};

} // namespace sp::ui
