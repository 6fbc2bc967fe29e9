#pragma once

#include "domain/admissibility.h"
#include "domain/candidate.h"
#include "domain/eligibility.h"
#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace sp {

// The panel's eligibility decision on one candidate, as recorded.
struct EligibilityDecision {
    bool eligible = false;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;                                         // UTC
    CriterionState preCheckAtDecision = CriterionState::Unknown; // what the panel saw
};

// Where a candidate stands after admissibility and eligibility screening.
enum class ScreeningStatus {
    Inadmissible, // received after the deadline
    Superseded,   // a probable duplicate the panel decided does not count
    Pending,      // no panel decision yet
    Eligible,     // the panel decided eligible: takes part in marking and ranking
    NotEligible,  // the panel decided not eligible
};
QString screeningStatusKey(ScreeningStatus status); // "inadmissible", "superseded", ...

struct Screening {
    Admissibility admissibility;
    // The automatic pre-check (nationality, education, languages) plus the declarations the panel
    // has ticked; declarations not yet ticked are listed in `declarations` only.
    EligibilityCheck preCheck;
    std::vector<CriterionOutcome> declarations; // every declaration, ticked or not
    std::optional<EligibilityDecision> decision;
    ScreeningStatus status = ScreeningStatus::Pending;
    int tierRank = 0;
    QString tierLabel; // English: "3 Laureate"
    Problem tier;      // the same, for the window to translate
    QStringList flags; // "laureate without a reserve-list reference", ...
};

struct ScreenedCandidate {
    Candidate candidate;
    Screening screening;
};

// The check a decision confirms or overrides: the automatic criteria and the ticked declarations.
EligibilityCheck screeningCheck(const ApplicationData& application,
                                const EligibilityRequirements& requirements,
                                const DeclarationTicks& ticks);

Screening screen(const Candidate& candidate, const Vacancy& vacancy, const DeclarationTicks& ticks,
                 const std::optional<EligibilityDecision>& decision, bool superseded);

// Only admissible candidates the panel decided eligible are marked and ranked.
inline bool takesPartInMerit(const Screening& s) {
    return s.status == ScreeningStatus::Eligible;
}

// A decision that differs from a definite pre-check (met -> eligible, not met -> not eligible),
// or any decision on an unknown pre-check, is an override: it needs a written reason.
bool isOverride(CriterionState preCheck, bool eligible);
// Nothing if the decision may be recorded, otherwise why not (its field: "decided_by", "reason").
std::optional<Problem> eligibilityDecisionProblem(CriterionState preCheck, bool eligible,
                                                  const QString& reason, const QString& decidedBy);

} // namespace sp
