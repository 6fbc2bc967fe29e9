// Core's refusals as values: the English source text (what lupdate finds), its arguments and the
// field it concerns; english() is what the command line printed before, word for word.

#include "domain/error.h"
#include "domain/marking_rules.h"
#include "domain/problem.h"
#include "domain/screening.h"
#include "domain/search_query.h"
#include "io/csv_reader.h"
#include "io/vacancy_json.h"

#include <gtest/gtest.h>

namespace {

using sp::Problem;
using sp::Stage;

std::vector<sp::PanelMember> panel() {
    return {{"clara", "Clara Chair", sp::Role::Chair},
            {"marek", "Marek Member", sp::Role::Member},
            {"sam", "Sam Secretary", sp::Role::Secretary}};
}

std::vector<sp::Criterion> criteria() {
    return {{Stage::Preselection, "certs", "Certifications", 2, 4}};
}

TEST(Problems, ARefusalCarriesItsTextArgumentsAndField) {
    const sp::Permission refused =
        sp::canMark("sam", "C-1", Stage::Preselection, sp::GridState::Frozen, panel(), {});
    ASSERT_FALSE(refused.allowed);
    ASSERT_EQ(refused.problems.size(), 1u);
    const Problem& problem = refused.problems.front();
    EXPECT_STREQ(problem.text, "%1 is the secretary: the secretary does not mark");
    EXPECT_EQ(problem.args, QStringList{"Sam Secretary"});
    EXPECT_EQ(problem.field, "member");
    EXPECT_EQ(problem.english(), "Sam Secretary is the secretary: the secretary does not mark");
    EXPECT_EQ(refused.reason, problem.english());
}

TEST(Problems, EveryProblemOfASheetPointsAtItsCriterion) {
    sp::MarkSheet sheet{"marek", "C-1", Stage::Preselection, {{"certs", 7}}, {}, false};
    const sp::Permission refused =
        sp::canSave(sheet, {}, sp::GridState::Frozen, criteria(), panel(), {});
    ASSERT_EQ(refused.problems.size(), 1u);
    const Problem& problem = refused.problems.front();
    EXPECT_STREQ(problem.text, "%1: mark %2 is outside 0..%3");
    EXPECT_EQ(problem.args, (QStringList{"certs", "7", "4"}));
    EXPECT_EQ(problem.field, "criterion:certs");
    EXPECT_EQ(refused.reason, "certs: mark 7 is outside 0..4");
}

TEST(Problems, SeveralProblemsAreListedAsBefore) {
    sp::MarkSheet sheet{"marek", "C-1", Stage::Preselection, {{"certs", 9}, {"typo", 1}}, {}, true};
    const sp::Permission refused =
        sp::canSave(sheet, {}, sp::GridState::Frozen, criteria(), panel(), {});
    ASSERT_EQ(refused.problems.size(), 2u);
    EXPECT_EQ(refused.reason, "certs: mark 9 is outside 0..4; 'typo' is not a pre-selection "
                              "criterion");
    EXPECT_EQ(
        sp::validateMarks(sheet, criteria()),
        (QStringList{"certs: mark 9 is outside 0..4", "'typo' is not a pre-selection criterion"}));
}

TEST(Problems, AnOverrideWithoutAReasonPointsAtTheReason) {
    const auto problem =
        sp::eligibilityDecisionProblem(sp::CriterionState::Met, false, " ", "clara");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, "reason");
    EXPECT_TRUE(problem->args.isEmpty());
    EXPECT_EQ(problem->english(), "the pre-check found every criterion met: deciding not eligible "
                                  "overrides it and needs a reason naming the criterion that "
                                  "failed");
    EXPECT_FALSE(
        sp::eligibilityDecisionProblem(sp::CriterionState::Met, false, "no diploma", "clara"));
}

TEST(Problems, AnErrorSaysInEnglishWhatItsProblemSays) {
    try {
        sp::parseSearchQuery("pentest OR");
        FAIL() << "an OR at the end is refused";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_STREQ(e.problem().text, "OR goes between two words or phrases (pentest OR oscp)");
        EXPECT_EQ(e.message(), e.problem().english());
        EXPECT_EQ(e.message(), "OR goes between two words or phrases (pentest OR oscp)");
    }
}

// A vacancy file's refusal is built of parts, each translated on its own: the file and field,
// then what is wrong with the value, then the value's type.
TEST(Problems, AComposedProblemReadsAsTheOldMessage) {
    try {
        sp::parseVacancyJson(R"({"format": 3})", "vacancy.json");
        FAIL() << "a format that is not a string is refused";
    } catch (const sp::Error& e) {
        const Problem& problem = e.problem();
        EXPECT_STREQ(problem.text, "%1: field '%2': %3");
        EXPECT_EQ(problem.args, (QStringList{"vacancy.json", "format"}));
        EXPECT_EQ(problem.field, "format");
        ASSERT_EQ(problem.parts.size(), 1u);
        EXPECT_STREQ(problem.parts.front().text, "must be a string, not %1");
        EXPECT_EQ(e.message(), "vacancy.json: field 'format': must be a string, not a number");
    }
}

TEST(Problems, AnImportProblemKeepsItsProblem) {
    const sp::CsvTable table = sp::readCsv("reference,surname\n\"A-1,Smith\n", "people.csv");
    ASSERT_EQ(table.problems.size(), 1u);
    const sp::ImportProblem& problem = table.problems.front();
    EXPECT_STREQ(problem.what.text,
                 "the quoted field starting on line %1 of the file has no closing quote");
    EXPECT_EQ(problem.what.args, QStringList{"2"});
    EXPECT_EQ(problem.message, problem.what.english());
}

TEST(Problems, ArgumentsAreFilledInOnePassAsTyped) {
    const Problem problem = Problem::of("%1 and %2", QStringLiteral("50%2 off"), 7);
    EXPECT_EQ(problem.english(), "50%2 off and 7");
}

TEST(Problems, AVerbatimMessageStaysAsItIs) {
    const Problem problem = Problem::verbatim("driver says %1 is 100% wrong");
    EXPECT_EQ(problem.english(), "driver says %1 is 100% wrong");
    const sp::Error error(sp::ErrorKind::Failure, QStringLiteral("disk I/O error"));
    EXPECT_EQ(error.message(), "disk I/O error");
    EXPECT_EQ(error.problem().english(), "disk I/O error");
}

} // namespace
