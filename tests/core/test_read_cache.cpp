// What the case file keeps between questions (read_cache.h) follows every change: its own and
// those another process commits.
#include "casefile/read_sharing.h"
#include "marking_fixture.h"

#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

std::optional<double> totalOf(const std::vector<RankedCandidate>& ranking, const QString& ref) {
    for (const auto& r : ranking)
        if (r.candidate == ref)
            return r.total;
    return std::nullopt;
}

} // namespace

TEST(ReadCache, AnswersFollowTheFilesOwnChanges) {
    MarkingCase c(fivePeople());
    const Stage pre = Stage::Preselection;
    EXPECT_FALSE(totalOf(c.file->results().ranking(pre), c.refs[0]).has_value());
    c.markAll(c.refs[0], pre, 2, 2, 2);
    const auto first = totalOf(c.file->results().ranking(pre), c.refs[0]);
    ASSERT_TRUE(first.has_value());
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[1], pre, 1, false)});
    EXPECT_TRUE(c.file->marking().ownSheet(c.refs[1], pre, "anna").has_value());
    c.file->screening().decideEligibility(c.refs[4], false, QStringLiteral("no degree"), "chair");
    EXPECT_EQ(c.file->screening().all()[4].screening.status, ScreeningStatus::NotEligible);
    EXPECT_EQ(c.file->results().ranking(pre).size(), 4u);
    c.file->panel().reopenGrid("chair", "a weight was wrong");
    EXPECT_FALSE(totalOf(c.file->results().ranking(pre), c.refs[0]).has_value());
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[1], pre, "anna").has_value());
}

TEST(ReadCache, AReaderSeesWhatAnotherConnectionCommits) {
    MarkingCase c(fivePeople());
    const Stage pre = Stage::Preselection;
    auto reader = CaseFile::open(c.file->path(), CaseFile::Access::ReadOnly);
    EXPECT_FALSE(totalOf(reader->results().ranking(pre), c.refs[0]).has_value());
    EXPECT_EQ(reader->results().overview().preselection.completelyMarked, 0);

    c.markAll(c.refs[0], pre, 4, 4, 4);
    EXPECT_TRUE(totalOf(reader->results().ranking(pre), c.refs[0]).has_value());
    EXPECT_EQ(reader->results().overview().preselection.completelyMarked, 1);
    EXPECT_EQ(reader->marking().tasks(pre, "anna").value(c.refs[0]), MarkingTask::Submitted);

    c.file->screening().decideEligibility(c.refs[3], false, QStringLiteral("no degree"), "chair");
    EXPECT_EQ(reader->screening().all()[3].screening.status, ScreeningStatus::NotEligible);
}

TEST(ReadCache, OneCandidatesAnswersFollowChangesAfterBeingAsked) {
    MarkingCase c(fivePeople());
    const Stage pre = Stage::Preselection;
    // Asked once, so that the candidate's sheets are kept.
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[0], pre, "anna").has_value());
    EXPECT_FALSE(c.file->results().consolidated(c.refs[0], pre, "chair").result.has_value());

    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[0], pre, 3, false)});
    ASSERT_TRUE(c.file->marking().ownSheet(c.refs[0], pre, "anna").has_value());
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[0], pre, "anna")->submitted);
    EXPECT_EQ(c.file->marking().visibleMarks(c.refs[0], pre, "anna").sheets.size(), 1u);
    EXPECT_EQ(c.file->marking().tasks(pre, "anna").value(c.refs[0]), MarkingTask::Draft);

    c.markAll(c.refs[0], pre, 2, 3, 4);
    EXPECT_TRUE(c.file->marking().ownSheet(c.refs[0], pre, "anna")->submitted);
    const auto result = c.file->results().consolidated(c.refs[0], pre, "chair").result;
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->weightedTotal.has_value());
    EXPECT_EQ(result->weightedTotal, totalOf(c.file->results().ranking(pre), c.refs[0]));
    EXPECT_EQ(c.file->marking().visibleMarks(c.refs[0], pre, "anna").sheets.size(), 3u);
    // The other candidates were not touched.
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[1], pre, "anna").has_value());
}

TEST(ReadCache, AReaderSeesAnotherConnectionsMarksForACandidateItShowed) {
    MarkingCase c(fivePeople());
    const Stage pre = Stage::Preselection;
    auto reader = CaseFile::open(c.file->path(), CaseFile::Access::ReadOnly);
    EXPECT_FALSE(reader->marking().ownSheet(c.refs[2], pre, "bruno").has_value());
    EXPECT_TRUE(reader->marking().visibleMarks(c.refs[2], pre, "bruno").sheets.empty());

    c.file->marking().saveMarkSheets({sheetOf(*c.file, "bruno", c.refs[2], pre, 4, false)});
    const auto seen = reader->marking().ownSheet(c.refs[2], pre, "bruno");
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->marks, allMarks(*c.file, pre, 4));
    EXPECT_EQ(reader->marking().tasks(pre, "bruno").value(c.refs[2]), MarkingTask::Draft);
}

TEST(ReadCache, ARankingWorkedOutOnAnotherConnectionIsAdoptedOnlyIfNothingChanged) {
    MarkingCase c(fivePeople());
    const Stage pre = Stage::Preselection;
    c.markAll(c.refs[0], pre, 4, 3, 2);
    c.markAll(c.refs[1], pre, 1, 1, 1);
    EXPECT_FALSE(ReadSharing::rankingKnown(*c.file, pre));

    FileVersion seen = ReadSharing::fileVersion(*c.file);
    auto worker = CaseFile::open(c.file->path(), CaseFile::Access::ReadOnly,
                                 CaseFile::Integrity::CheckedLater);
    auto ranking = worker->results().ranking(pre);
    ASSERT_EQ(ranking.size(), 5u);
    EXPECT_EQ(ranking[0].candidate, c.refs[0]);
    EXPECT_TRUE(ReadSharing::adoptRanking(*c.file, pre, ranking, seen));
    EXPECT_TRUE(ReadSharing::rankingKnown(*c.file, pre));
    EXPECT_EQ(c.file->results().ranking(pre)[0].candidate, c.refs[0]);

    // With the window's screening handed over rather than read again: the same ranking.
    auto sharing = CaseFile::open(c.file->path(), CaseFile::Access::ReadOnly,
                                  CaseFile::Integrity::CheckedLater);
    ReadSharing::useScreening(*sharing, c.file->screening().shared());
    EXPECT_EQ(sharing->screening().shared(), c.file->screening().shared());
    const auto shared = sharing->results().ranking(pre);
    ASSERT_EQ(shared.size(), ranking.size());
    for (size_t i = 0; i < shared.size(); ++i) {
        EXPECT_EQ(shared[i].candidate, ranking[i].candidate);
        EXPECT_EQ(shared[i].total, ranking[i].total);
    }

    // Worked out, then the file changed before it arrived: not adopted.
    seen = ReadSharing::fileVersion(*c.file);
    ranking = worker->results().ranking(pre);
    c.markAll(c.refs[2], pre, 4, 4, 4);
    EXPECT_FALSE(ReadSharing::adoptRanking(*c.file, pre, ranking, seen));
    EXPECT_FALSE(ReadSharing::rankingKnown(*c.file, pre));
    EXPECT_EQ(c.file->results().ranking(pre)[0].candidate, c.refs[2]);

    // Changed by another connection: likewise.
    seen = ReadSharing::fileVersion(*c.file);
    ranking = worker->results().ranking(pre);
    auto other = CaseFile::open(c.file->path(), CaseFile::Access::ReadOnly);
    c.file.reset(); // let a second writer in
    {
        auto writer = CaseFile::open(other->path());
        writer->screening().decideEligibility(c.refs[2], false, QStringLiteral("no degree"),
                                              "chair");
    }
    c.file = CaseFile::open(other->path());
    EXPECT_FALSE(ReadSharing::rankingKnown(*c.file, pre));
}

TEST(ReadCache, InterviewMarksLeaveThePreselectionRankingKnownOtherMarksDoNot) {
    MarkingCase c(fivePeople(), true, [](Grid& g) { g.thresholds.interviewBestN = 2; });
    const Stage pre = Stage::Preselection;
    for (int i = 0; i < 4; ++i)
        c.markAll(c.refs[i], pre, 4 - i, 4 - i, 4 - i);
    const QStringList invited = c.file->results().shortlist().invited();
    ASSERT_EQ(invited, (QStringList{c.refs[0], c.refs[1]}));
    EXPECT_TRUE(ReadSharing::rankingKnown(*c.file, pre));

    c.file->marking().saveMarkSheets(
        {sheetOf(*c.file, "anna", c.refs[0], Stage::Interview, 3, false)});
    EXPECT_TRUE(ReadSharing::rankingKnown(*c.file, pre));
    EXPECT_FALSE(ReadSharing::rankingKnown(*c.file, Stage::Interview));
    EXPECT_EQ(c.file->marking().tasks(Stage::Interview, "anna").value(c.refs[0]),
              MarkingTask::Draft);
    EXPECT_EQ(c.file->results().shortlist().invited(), invited);

    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[4], pre, 0, false)});
    EXPECT_FALSE(ReadSharing::rankingKnown(*c.file, pre));
}

TEST(ReadCache, OneCandidatesScreeningIsLookedUpAndFollowsDecisions) {
    MarkingCase c(fivePeople());
    const auto all = c.file->screening().shared();
    ASSERT_EQ(all->size(), 5u);
    EXPECT_EQ(c.file->screening().shared(), all); // shared, not read again
    const auto third = c.file->screening().candidate(c.refs[2]);
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(third->candidate.application.reference, c.refs[2]);
    EXPECT_EQ(third->screening.status, ScreeningStatus::Eligible);
    EXPECT_FALSE(c.file->screening().candidate(QStringLiteral("APP-9999")).has_value());

    c.file->screening().decideEligibility(c.refs[2], false, QStringLiteral("no degree"), "chair");
    EXPECT_EQ(c.file->screening().candidate(c.refs[2])->screening.status,
              ScreeningStatus::NotEligible);
    EXPECT_EQ((*all)[2].screening.status, ScreeningStatus::Eligible); // a reader's copy stays
    EXPECT_FALSE(c.file->marking().permission(c.refs[2], Stage::Preselection, "anna").allowed);
}

// A mark saved changes neither who is screened how nor the panel: the window's next questions
// after each mark typed do not screen every candidate again. A decision still does.
TEST(ReadCache, AMarkSavedKeepsTheScreeningAndTheOtherCandidatesSheets) {
    MarkingCase c(fivePeople());
    const Stage pre = Stage::Preselection;
    const auto screening = c.file->screening().shared();
    const auto otherSheets =
        c.file->marking().visibleMarks(c.refs[1], pre, QStringLiteral("anna")).sheets;

    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[0], pre, 3, false)});
    EXPECT_EQ(c.file->screening().shared(), screening); // the same, not screened again
    const auto own = c.file->marking().ownSheet(c.refs[0], pre, QStringLiteral("anna"));
    ASSERT_TRUE(own.has_value()); // the candidate written is read again
    EXPECT_EQ(own->marks.size(), sheetOf(*c.file, "anna", c.refs[0], pre, 3, false).marks.size());
    EXPECT_EQ(c.file->marking().visibleMarks(c.refs[1], pre, QStringLiteral("anna")).sheets.size(),
              otherSheets.size());

    c.file->screening().decideEligibility(c.refs[4], false, QStringLiteral("no diploma"),
                                          QStringLiteral("anna"));
    const auto afterDecision = c.file->screening().shared();
    EXPECT_NE(afterDecision, screening);
    EXPECT_EQ(c.file->screening().candidate(c.refs[4])->screening.status,
              ScreeningStatus::NotEligible);

    c.markAll(c.refs[1], pre, 2, 2, 2);
    EXPECT_EQ(c.file->screening().shared(), afterDecision);
}
