// Each member's marking tasks and progress, and the procedure overview built from them.
#include "domain/marking_progress.h"
#include "domain/procedure_overview.h"
#include "marking_fixture.h"

#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

MarkingSituation frozenPanel() {
    MarkingSituation s;
    s.gridState = GridState::Frozen;
    s.panel = {{"chair", "Clara", Role::Chair},
               {"anna", "Anna", Role::Member},
               {"sec", "Sam", Role::Secretary}};
    return s;
}

MarkSheet sheet(const QString& member, const QString& candidate, bool submitted,
                Stage stage = Stage::Preselection) {
    return {member, candidate, stage, {{"c1", 3}}, {}, submitted};
}

} // namespace

TEST(MarkingTask, FollowsTheMembersOwnSheet) {
    MarkingSituation s = frozenPanel();
    s.sheets = {sheet("anna", "R1", false), sheet("anna", "R2", true), sheet("chair", "R3", true)};
    EXPECT_EQ(markingTask("anna", "R1", Stage::Preselection, true, s), MarkingTask::Draft);
    EXPECT_EQ(markingTask("anna", "R2", Stage::Preselection, true, s), MarkingTask::Submitted);
    // The chair's sheet is not Anna's.
    EXPECT_EQ(markingTask("anna", "R3", Stage::Preselection, true, s), MarkingTask::ToMark);
    // A pre-selection sheet does not count at interview.
    EXPECT_EQ(markingTask("anna", "R2", Stage::Interview, true, s), MarkingTask::ToMark);
}

TEST(MarkingTask, NobodyMarksWhatTheRulesExclude) {
    MarkingSituation s = frozenPanel();
    s.conflicts = {{"anna", "R1", ConflictNature::Family, {}},
                   {"anna", "R2", ConflictNature::FormerColleague, {}}};
    EXPECT_EQ(markingTask("anna", "R1", Stage::Preselection, true, s), MarkingTask::Abstains);
    // A former colleague is on the record, but the member still marks.
    EXPECT_EQ(markingTask("anna", "R2", Stage::Preselection, true, s), MarkingTask::ToMark);
    EXPECT_EQ(markingTask("sec", "R2", Stage::Preselection, true, s), MarkingTask::NotMarking);
    EXPECT_EQ(markingTask("nobody", "R2", Stage::Preselection, true, s), MarkingTask::NotMarking);
    EXPECT_EQ(markingTask("anna", "R2", Stage::Preselection, false, s), MarkingTask::NotTakingPart);
    s.gridState = GridState::Draft;
    EXPECT_EQ(markingTask("anna", "R2", Stage::Preselection, true, s), MarkingTask::NotYetOpen);
    EXPECT_TRUE(needsMarks(MarkingTask::ToMark));
    EXPECT_TRUE(needsMarks(MarkingTask::Draft));
    EXPECT_FALSE(needsMarks(MarkingTask::Submitted));
    EXPECT_FALSE(needsMarks(MarkingTask::Abstains));
}

TEST(MemberProgress, CountsSubmittedDraftsAndAbstentionsPerMember) {
    MarkingSituation s = frozenPanel();
    s.conflicts = {{"chair", "R3", ConflictNature::Hierarchical, {}}};
    s.sheets = {sheet("chair", "R1", true), sheet("chair", "R2", false),
                sheet("anna", "R1", true),  sheet("anna", "R2", true),
                sheet("anna", "R3", true),  sheet("anna", "R9", true)}; // R9 not taking part
    const QStringList participants{"R1", "R2", "R3"};
    const auto progress = memberProgress(Stage::Preselection, participants, s);
    ASSERT_EQ(progress.size(), 2u); // the secretary does not mark
    EXPECT_EQ(progress[0].member.id, "chair");
    EXPECT_EQ(progress[0].expected, 2);
    EXPECT_EQ(progress[0].submitted, 1);
    EXPECT_EQ(progress[0].drafts, 1);
    EXPECT_EQ(progress[0].abstentions, 1);
    EXPECT_EQ(progress[0].remaining(), 1);
    EXPECT_EQ(progress[1].member.id, "anna");
    EXPECT_EQ(progress[1].expected, 3);
    EXPECT_EQ(progress[1].submitted, 3);
    EXPECT_EQ(progress[1].remaining(), 0);
    // R1: both submitted; R3: the chair abstains, Anna submitted; R2: the chair's is a draft.
    EXPECT_EQ(completelyMarked(Stage::Preselection, participants, s), 2);
}

TEST(ScreeningCounts, CountEveryStatus) {
    std::vector<ScreenedCandidate> candidates(6);
    candidates[0].screening.status = ScreeningStatus::Inadmissible;
    candidates[1].screening.status = ScreeningStatus::Eligible;
    candidates[2].screening.status = ScreeningStatus::Eligible;
    candidates[3].screening.status = ScreeningStatus::NotEligible;
    candidates[4].screening.status = ScreeningStatus::Superseded;
    candidates[5].screening.status = ScreeningStatus::Pending;
    const ScreeningCounts counts = countScreening(candidates);
    EXPECT_EQ(counts.received, 6);
    EXPECT_EQ(counts.inadmissible, 1);
    EXPECT_EQ(counts.eligible, 2);
    EXPECT_EQ(counts.notEligible, 1);
    EXPECT_EQ(counts.superseded, 1);
    EXPECT_EQ(counts.pending, 1);
}

TEST(CaseFileOverview, FollowsTheProcedureFromScreeningToMarking) {
    MarkingCase c({{"Alpha", "A"}, {"Beta", "B"}, {"Gamma", "C"}}, /*freeze=*/false);
    c.file->screening().decideEligibility(c.refs[2], false, QStringLiteral("no degree"),
                                          QStringLiteral("chair"));
    ProcedureOverview before = c.file->results().overview();
    EXPECT_EQ(before.screening.received, 3);
    EXPECT_EQ(before.screening.eligible, 2);
    EXPECT_EQ(before.screening.notEligible, 1);
    EXPECT_EQ(before.gridState, GridState::Draft);
    EXPECT_EQ(before.panelMembers, 4);
    EXPECT_EQ(before.preselection.participants, 2);
    EXPECT_EQ(before.preselection.completelyMarked, 0);
    EXPECT_EQ(c.file->marking().tasks(Stage::Preselection, "anna").value(c.refs[0]),
              MarkingTask::NotYetOpen);

    c.file->panel().freezeGrid(QStringLiteral("chair"));
    c.file->panel().declareConflict({"bruno", c.refs[1], ConflictNature::Family, {}});
    c.file->marking().saveMarkSheets(
        {sheetOf(*c.file, "anna", c.refs[0], Stage::Preselection, 3, true),
         sheetOf(*c.file, "anna", c.refs[1], Stage::Preselection, 3, false)});
    const auto tasks = c.file->marking().tasks(Stage::Preselection, "anna");
    EXPECT_EQ(tasks.size(), 2); // the candidate found not eligible is not marked
    EXPECT_EQ(tasks.value(c.refs[0]), MarkingTask::Submitted);
    EXPECT_EQ(tasks.value(c.refs[1]), MarkingTask::Draft);
    EXPECT_FALSE(tasks.contains(c.refs[2]));
    EXPECT_EQ(c.file->marking().tasks(Stage::Preselection, "bruno").value(c.refs[1]),
              MarkingTask::Abstains);

    const ProcedureOverview after = c.file->results().overview();
    EXPECT_EQ(after.gridState, GridState::Frozen);
    EXPECT_EQ(after.conflicts, 1);
    ASSERT_EQ(after.preselection.members.size(), 3u);
    const MemberProgress& anna = after.preselection.members[1];
    EXPECT_EQ(anna.member.name, "Anna Member");
    EXPECT_EQ(anna.expected, 2);
    EXPECT_EQ(anna.submitted, 1);
    EXPECT_EQ(anna.drafts, 1);
    EXPECT_EQ(after.preselection.members[2].abstentions, 1);
    EXPECT_EQ(after.shortlisted, 0);
    EXPECT_TRUE(after.recommended.isEmpty());
}
