#include "resolve_duplicate_command.h"

#include "casefile/case_file.h"

namespace sp::ui {

ResolveDuplicateCommand::ResolveDuplicateCommand(CaseFile& caseFile, const QString& reference,
                                                 bool counts, const QString& reason,
                                                 const QString& by)
    : EditCommand(counts ? EditCommand::tr("Count %1 as the application").arg(reference)
                         : EditCommand::tr("Set %1 aside as a duplicate").arg(reference)),
      caseFile_(caseFile), reference_(reference), counts_(counts), reason_(reason), by_(by) {}

void ResolveDuplicateCommand::apply() {
    previous_ = caseFile_.screening().duplicateResolution(reference_);
    caseFile_.screening().resolveDuplicate(reference_, counts_, reason_, by_);
}

void ResolveDuplicateCommand::revert() {
    if (!previous_) {
        caseFile_.screening().withdrawDuplicateResolution(reference_, by_);
        return;
    }
    // In the name of whoever undoes it: they take the decision again.
    caseFile_.screening().resolveDuplicate(reference_, previous_->counts, previous_->reason, by_);
}

} // namespace sp::ui
