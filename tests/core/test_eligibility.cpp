#include "domain/eligibility.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace {

using sp::CriterionState;
using sp::Education;

// The requirements of the example vacancy (RULES.md).
sp::EligibilityRequirements requirements() {
    sp::EligibilityRequirements req;
    req.memberStates = sp::euMemberStates();
    req.officialLanguages = sp::officialLanguages();
    req.declarations = {QStringLiteral("military_service"), QStringLiteral("character_references"),
                        QStringLiteral("qualification_recognised")};
    req.declarationLabels = {
        QStringLiteral("Has fulfilled any obligations imposed by applicable laws concerning "
                       "military service"),
        QStringLiteral("Produces the appropriate character references"),
        QStringLiteral("Qualifications issued or recognised as equivalent by EU Member State "
                       "authorities")};
    return req;
}

// "en:C2 fr:B2" -> skills; the codes are kept as written, to test the check's own normalising.
std::vector<sp::LanguageSkill> skills(const char* text) {
    std::vector<sp::LanguageSkill> result;
    for (const auto& item : QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        auto parts = item.split(QLatin1Char(':'));
        auto level = sp::cefrFromKey(parts.value(1));
        EXPECT_TRUE(level.has_value()) << item.toStdString();
        result.push_back({parts.value(0), level.value_or(sp::CefrLevel::A1)});
    }
    return result;
}

QStringList codes(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// Met, NotMet or Unknown with the reason a user reads.
struct Expected {
    CriterionState state;
    const char* reason;
};

void expectOutcome(const sp::CriterionOutcome& outcome, const char* id, const Expected& expected) {
    EXPECT_EQ(outcome.id.toStdString(), id);
    EXPECT_EQ(sp::criterionStateKey(outcome.state), sp::criterionStateKey(expected.state));
    EXPECT_EQ(outcome.reason().toStdString(), expected.reason);
}

TEST(Eligibility, Nationality) {
    struct Case {
        const char* nationalities; // ';'-separated as in the import CSV
        Expected expected;
    };
    const Case cases[] = {
        {"EL", {CriterionState::Met, "EU national: EL (Greece)"}},
        {"GR", {CriterionState::Met, "EU national: EL (Greece)"}},
        {" gr ", {CriterionState::Met, "EU national: EL (Greece)"}},
        {"US;MT", {CriterionState::Met, "EU national: MT (Malta)"}},
        {"DE;FR", {CriterionState::Met, "EU national: DE (Germany), FR (France)"}},
        {"EL;GR", {CriterionState::Met, "EU national: EL (Greece)"}},
        {"US;CH", {CriterionState::NotMet, "no EU nationality declared (US, CH)"}},
        {"US", {CriterionState::NotMet, "no EU nationality declared (US)"}},
        {"GB", {CriterionState::NotMet, "no EU nationality declared (GB)"}},
        {"", {CriterionState::Unknown, "no nationality declared"}},
        {" ; ", {CriterionState::Unknown, "no nationality declared"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string("nationalities '") + c.nationalities + "'");
        expectOutcome(sp::checkNationality(codes(c.nationalities), requirements()), "nationality",
                      c.expected);
    }
}

TEST(Eligibility, NationalityAcceptsGreeceWrittenGrInTheRequirements) {
    auto req = requirements();
    req.memberStates = {QStringLiteral("GR"), QStringLiteral("CY")};
    expectOutcome(sp::checkNationality({QStringLiteral("EL")}, req), "nationality",
                  {CriterionState::Met, "EU national: EL (Greece)"});
    expectOutcome(sp::checkNationality({QStringLiteral("DE")}, req), "nationality",
                  {CriterionState::NotMet, "no EU nationality declared (DE)"});
}

TEST(Eligibility, Education) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    struct Case {
        std::optional<Education> education;
        std::optional<double> years;
        Expected expected;
    };
    const Case cases[] = {
        {Education::PostSecondary, 0.0, {CriterionState::Met, "post-secondary diploma"}},
        {Education::PostSecondary, std::nullopt, {CriterionState::Met, "post-secondary diploma"}},
        {Education::Secondary,
         3.0,
         {CriterionState::Met,
          "secondary diploma with 3 years of professional experience (at least 3 required)"}},
        {Education::Secondary,
         12.5,
         {CriterionState::Met,
          "secondary diploma with 12.5 years of professional experience (at least 3 required)"}},
        // A sum of periods that floating point makes 2.9999999999999996.
        {Education::Secondary,
         1.1 + 1.9,
         {CriterionState::Met,
          "secondary diploma with 3 years of professional experience (at least 3 required)"}},
        {Education::Secondary,
         2.99,
         {CriterionState::NotMet,
          "secondary diploma with 2.99 years of professional experience: at least 3 required"}},
        {Education::Secondary,
         2.9,
         {CriterionState::NotMet,
          "secondary diploma with 2.9 years of professional experience: at least 3 required"}},
        {Education::Secondary,
         1.0,
         {CriterionState::NotMet,
          "secondary diploma with 1 year of professional experience: at least 3 required"}},
        {Education::Secondary,
         0.0,
         {CriterionState::NotMet,
          "secondary diploma with 0 years of professional experience: at least 3 required"}},
        {Education::Secondary,
         std::nullopt,
         {CriterionState::Unknown,
          "secondary diploma, professional experience not declared: at least 3 required"}},
        {Education::Secondary,
         nan,
         {CriterionState::Unknown,
          "secondary diploma, professional experience not declared: at least 3 required"}},
        {Education::None,
         10.0,
         {CriterionState::NotMet, "no secondary or post-secondary diploma declared"}},
        {std::nullopt, 5.0, {CriterionState::Unknown, "education not declared"}},
        {std::nullopt, std::nullopt, {CriterionState::Unknown, "education not declared"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE((c.education ? sp::educationKey(*c.education).toStdString() : "unknown") +
                     " with " + (c.years ? std::to_string(*c.years) : "unknown") + " years");
        expectOutcome(sp::checkEducation(c.education, c.years, requirements()), "education",
                      c.expected);
    }
}

TEST(Eligibility, EducationWhenThePostSecondaryPathIsClosed) {
    auto req = requirements();
    req.postSecondaryDiploma = false;
    expectOutcome(
        sp::checkEducation(Education::PostSecondary, 1.0, req), "education",
        {CriterionState::NotMet,
         "post-secondary diploma with 1 year of professional experience: at least 3 required"});
    EXPECT_EQ(sp::checkEducation(Education::PostSecondary, 4.0, req).state, CriterionState::Met);
}

TEST(Eligibility, Languages) {
    struct Case {
        const char* languages;
        Expected expected;
    };
    const Case cases[] = {
        {"en:C2 fr:B2",
         {CriterionState::Met,
          "C1 or better in en (C2), B2 or better in a second language fr (B2)"}},
        {"en:C1 fr:B2",
         {CriterionState::Met,
          "C1 or better in en (C1), B2 or better in a second language fr (B2)"}},
        // The assignment that satisfies is found whatever the order.
        {"en:B2 fr:C1",
         {CriterionState::Met,
          "C1 or better in fr (C1), B2 or better in a second language en (B2)"}},
        {"de:native fr:B2",
         {CriterionState::Met,
          "C1 or better in de (native), B2 or better in a second language fr (B2)"}},
        {"fr:B2 de:native",
         {CriterionState::Met,
          "C1 or better in de (native), B2 or better in a second language fr (B2)"}},
        {"ga:C1 mt:C2",
         {CriterionState::Met,
          "C1 or better in mt (C2), B2 or better in a second language ga (C1)"}},
        {"EN:C1 Fr:B2",
         {CriterionState::Met,
          "C1 or better in en (C1), B2 or better in a second language fr (B2)"}},
        {"ru:native en:C1 de:B2",
         {CriterionState::Met,
          "C1 or better in en (C1), B2 or better in a second language de (B2)"}},
        // A language listed twice is one language, at its best level.
        {"en:C2 en:C1",
         {CriterionState::NotMet,
          "C1 or better in en (C2), but no second official language at B2 or better"}},
        {"en:B2 en:C1 fr:B2",
         {CriterionState::Met,
          "C1 or better in en (C1), B2 or better in a second language fr (B2)"}},
        {"en:B2 fr:B2",
         {CriterionState::NotMet, "no official language at C1 or better (en (B2), fr (B2))"}},
        {"en:C1 fr:B1",
         {CriterionState::NotMet,
          "C1 or better in en (C1), but no second official language at B2 or better"}},
        {"en:A1 fr:A2",
         {CriterionState::NotMet, "no official language at C1 or better (fr (A2), en (A1))"}},
        {"en:native",
         {CriterionState::NotMet,
          "C1 or better in en (native), but no second official language at B2 or better"}},
        // Languages that are not official EU languages do not count (Russian, Ukrainian).
        {"ru:native en:C1",
         {CriterionState::NotMet, "C1 or better in en (C1), but no second official language at "
                                  "B2 or better; not official EU languages: ru"}},
        {"ru:native uk:C1",
         {CriterionState::NotMet,
          "no official EU language declared; not official EU languages: ru, uk"}},
        {"", {CriterionState::Unknown, "no languages declared"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string("languages '") + c.languages + "'");
        expectOutcome(sp::checkLanguages(skills(c.languages), requirements()), "languages",
                      c.expected);
    }
}

sp::ApplicationData eligibleApplication() {
    sp::ApplicationData application;
    application.nationalities = {QStringLiteral("EL")};
    application.education = Education::PostSecondary;
    application.experienceYears = 4.0;
    application.languages = skills("el:native en:C1");
    return application;
}

TEST(Eligibility, OverallIsNotMetIfAnyFailsElseUnknownIfAnyUnknown) {
    struct Case {
        const char* name;
        void (*change)(sp::ApplicationData&);
        CriterionState overall;
        QStringList failed;
        const char* summary;
    };
    const Case cases[] = {
        {"all met", [](sp::ApplicationData&) {}, CriterionState::Met, {}, "eligible"},
        {"languages fail",
         [](sp::ApplicationData& a) { a.languages = skills("el:native en:B1"); },
         CriterionState::NotMet,
         {"languages"},
         "not eligible: languages (C1 or better in el (native), but no second official language "
         "at B2 or better)"},
        {"nationality unknown",
         [](sp::ApplicationData& a) { a.nationalities.clear(); },
         CriterionState::Unknown,
         {},
         "eligibility unknown: nationality (no nationality declared)"},
        {"nationality unknown, education fails",
         [](sp::ApplicationData& a) {
             a.nationalities.clear();
             a.education = Education::None;
         },
         CriterionState::NotMet,
         {"education"},
         "not eligible: education (no secondary or post-secondary diploma declared)"},
        {"nationality and languages fail",
         [](sp::ApplicationData& a) {
             a.nationalities = {QStringLiteral("US")};
             a.languages = skills("en:C2");
         },
         CriterionState::NotMet,
         {"nationality", "languages"},
         "not eligible: nationality (no EU nationality declared (US)); languages (C1 or better in "
         "en (C2), but no second official language at B2 or better)"},
        {"education and languages unknown",
         [](sp::ApplicationData& a) {
             a.education = Education::Secondary;
             a.experienceYears.reset();
             a.languages.clear();
         },
         CriterionState::Unknown,
         {},
         "eligibility unknown: education (secondary diploma, professional experience not "
         "declared: at least 3 required); languages (no languages declared)"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto application = eligibleApplication();
        c.change(application);
        auto check = sp::preCheck(application, requirements());
        ASSERT_EQ(check.criteria.size(), 3u);
        EXPECT_EQ(check.criteria[0].id, QStringLiteral("nationality"));
        EXPECT_EQ(check.criteria[1].id, QStringLiteral("education"));
        EXPECT_EQ(check.criteria[2].id, QStringLiteral("languages"));
        EXPECT_EQ(sp::criterionStateKey(check.overall), sp::criterionStateKey(c.overall));
        EXPECT_EQ(check.failedCriteria(), c.failed);
        EXPECT_EQ(check.summary().toStdString(), c.summary);
    }
}

TEST(Eligibility, AnApplicationWithNoDataIsUnknownOnEveryCriterionNeverNotMet) {
    auto check = sp::preCheck(sp::ApplicationData{}, requirements());
    for (const char* id : {"nationality", "education", "languages"}) {
        SCOPED_TRACE(id);
        const auto* outcome = check.criterion(QString::fromLatin1(id));
        ASSERT_NE(outcome, nullptr);
        EXPECT_EQ(sp::criterionStateKey(outcome->state), QStringLiteral("unknown"));
    }
    EXPECT_EQ(check.overall, CriterionState::Unknown);
    EXPECT_TRUE(check.failedCriteria().isEmpty());
    EXPECT_EQ(check.criterion(QStringLiteral("military_service")), nullptr);
}

TEST(Eligibility, DeclarationTicksFoldIntoTheOverallOutcome) {
    using Ticks = std::map<QString, std::optional<bool>>;
    const Ticks allFulfilled = {{"military_service", true},
                                {"character_references", true},
                                {"qualification_recognised", true}};
    struct Case {
        const char* name;
        bool preCheckMet; // else the pre-check is Unknown (no nationality declared)
        Ticks ticks;
        CriterionState overall;
        QStringList failed;
        const char* summary;
    };
    const Case cases[] = {
        {"all ticked fulfilled", true, allFulfilled, CriterionState::Met, {}, "eligible"},
        {"one not ticked",
         true,
         {{"military_service", true}, {"qualification_recognised", true}},
         CriterionState::Unknown,
         {},
         "eligibility unknown: character_references (character references: not yet ticked by "
         "the panel)"},
        {"one tick cleared",
         true,
         {{"military_service", true},
          {"character_references", std::nullopt},
          {"qualification_recognised", true}},
         CriterionState::Unknown,
         {},
         "eligibility unknown: character_references (character references: not yet ticked by "
         "the panel)"},
        {"one ticked not fulfilled",
         true,
         {{"military_service", false},
          {"character_references", true},
          {"qualification_recognised", true}},
         CriterionState::NotMet,
         {"military_service"},
         "not eligible: military_service (military-service obligations: ticked not fulfilled by "
         "the panel)"},
        {"not fulfilled beats an unknown pre-check",
         false,
         {{"qualification_recognised", false}},
         CriterionState::NotMet,
         {"qualification_recognised"},
         "not eligible: qualification_recognised (qualification issued or recognised by an EU "
         "Member State authority: ticked not fulfilled by the panel)"},
        {"all ticked but the pre-check unknown",
         false,
         allFulfilled,
         CriterionState::Unknown,
         {},
         "eligibility unknown: nationality (no nationality declared)"},
        {"ticks the vacancy does not ask for are ignored",
         true,
         [&] {
             Ticks t = allFulfilled;
             t["physical_fitness"] = false;
             return t;
         }(),
         CriterionState::Met,
         {},
         "eligible"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto application = eligibleApplication();
        if (!c.preCheckMet)
            application.nationalities.clear();
        auto check = sp::withDeclarations(sp::preCheck(application, requirements()), requirements(),
                                          sp::DeclarationTicks{c.ticks});
        EXPECT_EQ(check.criteria.size(), 6u);
        EXPECT_EQ(sp::criterionStateKey(check.overall), sp::criterionStateKey(c.overall));
        EXPECT_EQ(check.failedCriteria(), c.failed);
        EXPECT_EQ(check.summary().toStdString(), c.summary);
    }
}

TEST(Eligibility, ADeclarationWithoutAShortLabelIsNamedByTheVacancy) {
    auto req = requirements();
    req.declarations = {QStringLiteral("security_clearance"), QStringLiteral("driving_licence")};
    req.declarationLabels = {QStringLiteral("Willing to request an EU security clearance")};
    auto check = sp::withDeclarations(sp::preCheck(eligibleApplication(), req), req,
                                      sp::DeclarationTicks{{{"security_clearance", false}}});
    EXPECT_EQ(check.summary().toStdString(),
              "not eligible: security_clearance (Willing to request an EU security clearance: "
              "ticked not fulfilled by the panel)");
    const auto* licence = check.criterion(QStringLiteral("driving_licence"));
    ASSERT_NE(licence, nullptr);
    EXPECT_EQ(licence->reason().toStdString(), "driving licence: not yet ticked by the panel");
}

TEST(Eligibility, StateKeysAndDeclarationLabels) {
    EXPECT_EQ(sp::criterionStateKey(CriterionState::Met), QStringLiteral("met"));
    EXPECT_EQ(sp::criterionStateKey(CriterionState::NotMet), QStringLiteral("not_met"));
    EXPECT_EQ(sp::criterionStateKey(CriterionState::Unknown), QStringLiteral("unknown"));
    EXPECT_EQ(sp::declarationLabel(QStringLiteral("military_service")),
              QStringLiteral("military-service obligations"));
    EXPECT_EQ(sp::declarationLabel(QStringLiteral("security_clearance")),
              QStringLiteral("security clearance"));
}

} // namespace
