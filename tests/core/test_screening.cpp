#include "domain/screening.h"
#include "io/builtin_vacancy.h"

#include <gtest/gtest.h>

using namespace sp;

namespace {

Candidate eligibleCandidate() {
    Candidate c;
    c.id = 1;
    auto& a = c.application;
    a.reference = QStringLiteral("APP-0001");
    a.surname = QStringLiteral("Borg");
    a.givenNames = QStringLiteral("Maria");
    a.email = QStringLiteral("maria.borg@example.eu");
    a.nationalities = {QStringLiteral("MT")};
    a.receivedAt = QDateTime::fromString(QStringLiteral("2025-04-29T10:00:00Z"), Qt::ISODate);
    a.category = Category::External;
    a.education = Education::PostSecondary;
    a.experienceYears = 5;
    a.languages = {{QStringLiteral("mt"), CefrLevel::Native},
                   {QStringLiteral("en"), CefrLevel::C1}};
    return c;
}

EligibilityDecision decided(bool eligible) {
    return {eligible, QString(), QStringLiteral("chair"), QDateTime::currentDateTimeUtc(),
            CriterionState::Met};
}

} // namespace

TEST(Screening, StatusFollowsAdmissibilityDuplicatesAndTheDecision) {
    const Vacancy& v = builtinExampleVacancy();
    Candidate late = eligibleCandidate();
    late.application.receivedAt = v.deadlineUtc().addSecs(1);
    struct Row {
        const char* name;
        Candidate candidate;
        std::optional<EligibilityDecision> decision;
        bool superseded;
        ScreeningStatus expected;
    };
    const Row rows[] = {
        {"no decision yet", eligibleCandidate(), std::nullopt, false, ScreeningStatus::Pending},
        {"decided eligible", eligibleCandidate(), decided(true), false, ScreeningStatus::Eligible},
        {"decided not eligible", eligibleCandidate(), decided(false), false,
         ScreeningStatus::NotEligible},
        {"late even if decided eligible", late, decided(true), false,
         ScreeningStatus::Inadmissible},
        {"duplicate set aside", eligibleCandidate(), decided(true), true,
         ScreeningStatus::Superseded},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const Screening s = screen(row.candidate, v, {}, row.decision, row.superseded);
        EXPECT_EQ(s.status, row.expected);
        EXPECT_EQ(takesPartInMerit(s), row.expected == ScreeningStatus::Eligible);
    }
}

TEST(Screening, UntickedDeclarationsAreListedButDoNotMakeThePreCheckUnknown) {
    const Vacancy& v = builtinExampleVacancy();
    const Screening unticked = screen(eligibleCandidate(), v, {}, std::nullopt, false);
    EXPECT_EQ(unticked.preCheck.overall, CriterionState::Met);
    EXPECT_EQ(unticked.declarations.size(), static_cast<size_t>(v.eligibility.declarations.size()));

    DeclarationTicks ticks;
    ticks.ticks[QStringLiteral("military_service")] = false;
    const Screening refused = screen(eligibleCandidate(), v, ticks, std::nullopt, false);
    EXPECT_EQ(refused.preCheck.overall, CriterionState::NotMet);
    EXPECT_TRUE(refused.preCheck.summary().contains(QStringLiteral("military")));
}

TEST(Screening, ALaureateWithoutReserveListIsFlaggedAndTheTierFollowsTheSetting) {
    Vacancy v = builtinExampleVacancy();
    Candidate c = eligibleCandidate();
    c.application.category = Category::Laureate;
    Screening s = screen(c, v, {}, std::nullopt, false);
    EXPECT_EQ(s.tierRank, 2);
    ASSERT_EQ(s.flags.size(), 1);
    EXPECT_TRUE(s.flags[0].contains(QStringLiteral("reserve-list")));
    v.priorityOrder = PriorityOrder::Grouped;
    EXPECT_EQ(screen(c, v, {}, std::nullopt, false).tierRank, 0);
}

TEST(EligibilityDecisionRule, AnOverrideNeedsAReason) {
    struct Row {
        CriterionState preCheck;
        bool eligible;
        const char* reason;
        bool accepted;
    };
    const Row rows[] = {
        {CriterionState::Met, true, "", true},
        {CriterionState::NotMet, false, "", true},
        {CriterionState::Met, false, "", false},
        {CriterionState::Met, false, "no diploma", true},
        {CriterionState::NotMet, true, "", false},
        {CriterionState::NotMet, true, "C1 proven", true},
        {CriterionState::Unknown, true, "", false},
        {CriterionState::Unknown, false, "  ", false},
        {CriterionState::Unknown, true, "seen in CV", true},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(std::string(criterionStateKey(row.preCheck).toStdString()) +
                     (row.eligible ? " eligible " : " not eligible ") + row.reason);
        const auto refusal = eligibilityDecisionProblem(
            row.preCheck, row.eligible, QString::fromUtf8(row.reason), QStringLiteral("chair"));
        EXPECT_EQ(!refusal, row.accepted) << (refusal ? refusal->english().toStdString() : "");
    }
    EXPECT_TRUE(eligibilityDecisionProblem(CriterionState::Met, true, QString(), QString()));
}
