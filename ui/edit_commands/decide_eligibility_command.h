#pragma once

#include "domain/screening.h"
#include "edit_command.h"

#include <optional>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// The panel decides a candidate eligible or not; undo restores the decision there was before
// (none: the candidate is pending again).
class DecideEligibilityCommand : public EditCommand {
public:
    DecideEligibilityCommand(CaseFile& caseFile, const QString& reference, bool eligible,
                             const QString& reason, const QString& by);

protected:
    void apply() override;
    void revert() override;

private:
    CaseFile& caseFile_;
    QString reference_;
    bool eligible_;
    QString reason_;
    QString by_;
    std::optional<EligibilityDecision> previous_;
};

} // namespace sp::ui
