#pragma once

#include "domain/application.h"
#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace sp {

// Missing data is Unknown, never NotMet: only a declared fact can make a candidate ineligible.
enum class CriterionState { Met, NotMet, Unknown };
QString criterionStateKey(CriterionState state); // "met", "not_met", "unknown"

struct CriterionOutcome {
    QString id; // "nationality", "education", "languages", or a declaration key
    CriterionState state = CriterionState::Unknown;
    // Why, for the panel (the window translates it) and, in English (reason()), for the record,
    // the exports and a candidate who asks.
    Problem why;
    QString reason() const { return why.english(); }
};

struct EligibilityCheck {
    std::vector<CriterionOutcome> criteria;
    CriterionState overall = CriterionState::Unknown;

    const CriterionOutcome* criterion(const QString& id) const; // nullptr if absent
    QStringList failedCriteria() const;                         // ids of the NotMet ones
    // "eligible", "not eligible: languages (...)", "eligibility unknown: education (...)":
    // names every criterion that decides the overall state.
    QString summary() const;
};

// NotMet if any is NotMet, else Unknown if any is Unknown, else Met.
CriterionState overallState(const std::vector<CriterionOutcome>& criteria);

// The automatic pre-check of criteria 1-3 of RULES.md from the declared data.
EligibilityCheck preCheck(const ApplicationData& application, const EligibilityRequirements& req);

CriterionOutcome checkNationality(const QStringList& nationalities,
                                  const EligibilityRequirements& req);
CriterionOutcome checkEducation(const std::optional<Education>& education,
                                const std::optional<double>& experienceYears,
                                const EligibilityRequirements& req);
CriterionOutcome checkLanguages(const std::vector<LanguageSkill>& languages,
                                const EligibilityRequirements& req);

// The declarations the panel ticks from the documents (military service, character references,
// recognised qualification): no value = not ticked yet, true = fulfilled, false = not fulfilled.
struct DeclarationTicks {
    std::map<QString, std::optional<bool>> ticks;
};

// The short label used in reasons: "military_service" -> "military-service obligations",
// "character_references", "qualification_recognised"; other keys read with spaces.
QString declarationLabel(const QString& key);

// Adds one outcome per declaration the requirements list (ticks for other keys are ignored) and
// recomputes the overall state: an unticked declaration keeps it at most Unknown, one ticked
// "not fulfilled" makes it NotMet. A key without a short label is named by the vacancy's
// declarationLabels.
EligibilityCheck withDeclarations(EligibilityCheck check, const EligibilityRequirements& req,
                                  const DeclarationTicks& ticks);

} // namespace sp
