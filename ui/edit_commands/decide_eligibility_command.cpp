#include "decide_eligibility_command.h"

#include "casefile/case_file.h"
#include "domain/error.h"

namespace sp::ui {

namespace {

std::optional<EligibilityDecision> currentDecision(const CaseFile& caseFile,
                                                   const QString& reference) {
    if (const auto s = caseFile.screening().candidate(reference))
        return s->screening.decision;
    throw Error(ErrorKind::NotFound, QStringLiteral("no candidate %1").arg(reference));
}

} // namespace

DecideEligibilityCommand::DecideEligibilityCommand(CaseFile& caseFile, const QString& reference,
                                                   bool eligible, const QString& reason,
                                                   const QString& by)
    : EditCommand(eligible ? EditCommand::tr("Decide %1 eligible").arg(reference)
                           : EditCommand::tr("Decide %1 not eligible").arg(reference)),
      caseFile_(caseFile), reference_(reference), eligible_(eligible), reason_(reason), by_(by) {}

void DecideEligibilityCommand::apply() {
    previous_ = currentDecision(caseFile_, reference_);
    caseFile_.screening().decideEligibility(reference_, eligible_, reason_, by_);
}

void DecideEligibilityCommand::revert() {
    if (!previous_) {
        caseFile_.screening().withdrawEligibilityDecision(reference_, by_);
        return;
    }
    // Recorded again as it was; the case file checks it against today's pre-check.
    caseFile_.screening().decideEligibility(reference_, previous_->eligible, previous_->reason,
                                            previous_->decidedBy);
}

} // namespace sp::ui
