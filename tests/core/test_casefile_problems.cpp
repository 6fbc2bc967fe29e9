// The case file's refusals as values: what the window translates (the English source text, its
// arguments, the field it concerns, its parts) and, from the same value, the English the command
// line prints, word for word as before.

#include "domain/error.h"
#include "domain/problem.h"
#include "marking_fixture.h"

#include <gtest/gtest.h>

namespace {

using sp::Error;
using sp::ErrorKind;
using sp::Problem;
using sp::Stage;
using sp::test::MarkingCase;

// The sp::Error the action throws; a failure if it throws none.
Error errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "the action was not refused";
    return Error(ErrorKind::Failure, QStringLiteral("not refused"));
}

const sp::Criterion& firstCriterion(const sp::CaseFile& caseFile, Stage stage) {
    for (const auto& criterion : caseFile.vacancy().criteria)
        if (criterion.stage == stage)
            return criterion;
    throw std::logic_error("the vacancy has no criterion at this stage");
}

TEST(CaseFileProblems, AnOverrideWithoutAReasonPointsAtTheReason) {
    MarkingCase marking(sp::test::fivePeople(), false);
    const QString reference = marking.refs.front();
    const Error refused = errorOf([&] {
        marking.file->screening().decideEligibility(reference, false, QStringLiteral("  "),
                                                    QStringLiteral("chair"));
    });
    EXPECT_EQ(refused.kind(), ErrorKind::BadInput);
    ASSERT_EQ(refused.problems().size(), 1u);
    const Problem& problem = refused.problem();
    EXPECT_STREQ(problem.text, "%1: %2");
    EXPECT_EQ(problem.args, QStringList{reference});
    EXPECT_EQ(problem.field, "reason");
    ASSERT_EQ(problem.parts.size(), 1u);
    EXPECT_STREQ(problem.parts.front().text,
                 "the pre-check found every criterion met: deciding not eligible overrides it and "
                 "needs a reason naming the criterion that failed");
    EXPECT_EQ(refused.message(), reference + ": the pre-check found every criterion met: deciding "
                                             "not eligible overrides it and needs a reason naming "
                                             "the criterion that failed");
    // Nothing was decided.
    EXPECT_EQ(marking.file->screening().candidate(reference)->screening.status,
              sp::ScreeningStatus::Eligible);
}

TEST(CaseFileProblems, OnlyTheChairFreezesTheGridAndOnlyOnce) {
    MarkingCase marking(sp::test::fivePeople(), false);
    const Error byMember =
        errorOf([&] { marking.file->panel().freezeGrid(QStringLiteral("anna")); });
    EXPECT_EQ(byMember.kind(), ErrorKind::BadInput);
    EXPECT_STREQ(byMember.problem().text, "%1 is not the chair: only the chair freezes the grid");
    EXPECT_EQ(byMember.problem().args, QStringList{"Anna Member"});
    EXPECT_EQ(byMember.problem().field, "member");
    EXPECT_EQ(byMember.message(), "Anna Member is not the chair: only the chair freezes the grid");
    EXPECT_EQ(marking.file->panel().gridState(), sp::GridState::Draft);

    const Error byStranger =
        errorOf([&] { marking.file->panel().freezeGrid(QStringLiteral("nobody")); });
    EXPECT_STREQ(byStranger.problem().text, "'%1' is not a panel member");
    EXPECT_EQ(byStranger.problem().args, QStringList{"nobody"});
    EXPECT_EQ(byStranger.problem().field, "member");

    marking.file->panel().freezeGrid(QStringLiteral("chair"));
    const Error again = errorOf([&] { marking.file->panel().freezeGrid(QStringLiteral("chair")); });
    EXPECT_STREQ(again.problem().text, "the grid is already frozen");
    EXPECT_EQ(again.message(), "the grid is already frozen");
}

TEST(CaseFileProblems, EveryProblemOfABatchOfSheetsIsListedWithItsReferenceOneALine) {
    MarkingCase marking(sp::test::fivePeople());
    const sp::Criterion& criterion = firstCriterion(*marking.file, Stage::Preselection);
    const int tooHigh = criterion.maxMark + 1;
    auto outOfRange = [&](const QString& reference) {
        sp::MarkSheet sheet = sp::test::sheetOf(*marking.file, QStringLiteral("anna"), reference,
                                                Stage::Preselection, 1, false);
        sheet.marks[criterion.id] = tooHigh;
        return sheet;
    };
    const QString first = marking.refs[0];
    const QString second = marking.refs[1];
    const Error refused = errorOf([&] {
        marking.file->marking().saveMarkSheets({outOfRange(first), outOfRange(second)});
    });
    EXPECT_EQ(refused.kind(), ErrorKind::BadInput);
    EXPECT_EQ(refused.listing(), sp::Listing::Lines);
    ASSERT_EQ(refused.problems().size(), 2u);
    for (const auto& [problem, reference] :
         {std::pair{refused.problems()[0], first}, std::pair{refused.problems()[1], second}}) {
        EXPECT_STREQ(problem.text, "%1: %2");
        EXPECT_EQ(problem.args, QStringList{reference});
        EXPECT_EQ(problem.field, "criterion:" + criterion.id);
        ASSERT_EQ(problem.parts.size(), 1u);
        EXPECT_STREQ(problem.parts.front().text, "%1: mark %2 is outside 0..%3");
        EXPECT_EQ(problem.parts.front().args, (QStringList{criterion.id, QString::number(tooHigh),
                                                           QString::number(criterion.maxMark)}));
    }
    const QString line = QStringLiteral("%1: mark %2 is outside 0..%3")
                             .arg(criterion.id)
                             .arg(tooHigh)
                             .arg(criterion.maxMark);
    EXPECT_EQ(refused.message(), first + ": " + line + "\n" + second + ": " + line);
    EXPECT_FALSE(marking.file->marking().ownSheet(first, Stage::Preselection, "anna"));
}

TEST(CaseFileProblems, AConsensusBeforeEveryMemberHasSubmittedSaysWhoIsAwaited) {
    MarkingCase marking(sp::test::fivePeople());
    const QString reference = marking.refs.front();
    marking.file->marking().saveMarkSheets(
        {sp::test::sheetOf(*marking.file, "chair", reference, Stage::Preselection, 3, true),
         sp::test::sheetOf(*marking.file, "anna", reference, Stage::Preselection, 1, true)});
    sp::ConsensusMark consensus{reference, Stage::Preselection,
                                firstCriterion(*marking.file, Stage::Preselection).id, 2,
                                QStringLiteral("discussed")};
    const Error refused = errorOf(
        [&] { marking.file->marking().recordConsensus(consensus, QStringLiteral("chair")); });
    EXPECT_EQ(refused.kind(), ErrorKind::BadInput);
    EXPECT_STREQ(refused.problem().text, "a consensus mark for %1 follows the discussion of every "
                                         "member's pre-selection marks: waiting for %2");
    EXPECT_EQ(refused.problem().args, (QStringList{reference, "Bruno Member"}));
    EXPECT_EQ(refused.problem().field, "sheet");
}

TEST(CaseFileProblems, AMemberWhoIsNotTheChairRecordsNoShortlistDecision) {
    MarkingCase marking(sp::test::fivePeople());
    const Error refused = errorOf([&] {
        marking.file->results().decideShortlist(
            {marking.refs.front(), true, QStringLiteral("strong")}, QStringLiteral("bruno"));
    });
    EXPECT_STREQ(refused.problem().text,
                 "%1 is not the chair: only the chair records the panel's shortlist decisions");
    EXPECT_EQ(refused.message(), "Bruno Member is not the chair: only the chair records the "
                                 "panel's shortlist decisions");
}

TEST(CaseFileProblems, AProblemJoinedIntoASentenceKeepsEachPart) {
    const Problem a = Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), "A-1");
    const Problem b = Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), "B-2");
    EXPECT_EQ(Problem::joined({a, b}).english(), "no candidate A-1; no candidate B-2");
    EXPECT_EQ(Problem::joined({a, b}, sp::Listing::Lines).english(),
              "no candidate A-1\nno candidate B-2");
    EXPECT_EQ(Problem::joined({a}).english(), "no candidate A-1");
}

} // namespace
