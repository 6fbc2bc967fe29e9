#include "domain/screening.h"

#include "domain/tier.h"

namespace sp {

QString screeningStatusKey(ScreeningStatus status) {
    switch (status) {
    case ScreeningStatus::Inadmissible:
        return QStringLiteral("inadmissible");
    case ScreeningStatus::Superseded:
        return QStringLiteral("superseded_duplicate");
    case ScreeningStatus::Pending:
        return QStringLiteral("pending");
    case ScreeningStatus::Eligible:
        return QStringLiteral("eligible");
    case ScreeningStatus::NotEligible:
        return QStringLiteral("not_eligible");
    }
    return {};
}

namespace {

std::vector<CriterionOutcome> declarationOutcomes(const EligibilityRequirements& requirements,
                                                  const DeclarationTicks& ticks) {
    return withDeclarations(EligibilityCheck{}, requirements, ticks).criteria;
}

} // namespace

EligibilityCheck screeningCheck(const ApplicationData& application,
                                const EligibilityRequirements& requirements,
                                const DeclarationTicks& ticks) {
    EligibilityCheck check = preCheck(application, requirements);
    for (auto& outcome : declarationOutcomes(requirements, ticks)) {
        const auto tick = ticks.ticks.find(outcome.id);
        if (tick != ticks.ticks.end() && tick->second.has_value())
            check.criteria.push_back(std::move(outcome));
    }
    check.overall = overallState(check.criteria);
    return check;
}

Screening screen(const Candidate& candidate, const Vacancy& vacancy, const DeclarationTicks& ticks,
                 const std::optional<EligibilityDecision>& decision, bool superseded) {
    Screening s;
    const auto& application = candidate.application;
    s.admissibility = checkAdmissibility(application.receivedAt, vacancy);
    s.preCheck = screeningCheck(application, vacancy.eligibility, ticks);
    s.declarations = declarationOutcomes(vacancy.eligibility, ticks);
    s.decision = decision;
    s.tierRank = tierRank(application.category, vacancy.priorityOrder);
    s.tier = tierName(application.category, vacancy.priorityOrder);
    s.tierLabel = tierLabel(application.category, vacancy.priorityOrder);
    if (laureateMissingReserveList(application))
        s.flags << laureateMissingReserveListFlag();

    if (s.admissibility.state == AdmissibilityState::Late)
        s.status = ScreeningStatus::Inadmissible;
    else if (superseded)
        s.status = ScreeningStatus::Superseded;
    else if (!decision)
        s.status = ScreeningStatus::Pending;
    else
        s.status = decision->eligible ? ScreeningStatus::Eligible : ScreeningStatus::NotEligible;
    return s;
}

bool isOverride(CriterionState preCheck, bool eligible) {
    if (preCheck == CriterionState::Met)
        return !eligible;
    if (preCheck == CriterionState::NotMet)
        return eligible;
    return true;
}

std::optional<Problem> eligibilityDecisionProblem(CriterionState preCheck, bool eligible,
                                                  const QString& reason, const QString& decidedBy) {
    if (decidedBy.trimmed().isEmpty())
        return Problem{
            QT_TRANSLATE_NOOP("sp::Problem", "say who decides (the panel member's name)"),
            {},
            QStringLiteral("decided_by")};
    if (!isOverride(preCheck, eligible) || !reason.trimmed().isEmpty())
        return std::nullopt;
    const char* text =
        preCheck == CriterionState::Unknown
            ? QT_TRANSLATE_NOOP("sp::Problem",
                                "the pre-check is unknown: a decision needs a written reason")
        : eligible
            ? QT_TRANSLATE_NOOP("sp::Problem", "the pre-check found a criterion not met: deciding "
                                               "eligible overrides it and needs a written reason")
            : QT_TRANSLATE_NOOP("sp::Problem",
                                "the pre-check found every criterion met: deciding not "
                                "eligible overrides it and needs a reason naming the "
                                "criterion that failed");
    return Problem{text, {}, QStringLiteral("reason")};
}

} // namespace sp
