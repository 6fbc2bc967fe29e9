// The panel, the grid and the marks as the case file stores and enforces them.

#include "casefile/case_events.h"
#include "marking_fixture.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

const Stage pre = Stage::Preselection;

} // namespace

TEST(MarkingStore, NobodyMarksBeforeTheChairFreezesAValidGridWithAValidPanel) {
    MarkingCase c(fivePeople(), /*freeze=*/false);
    const MarkSheet draft = sheetOf(*c.file, "anna", c.refs[0], pre, 3, false);
    EXPECT_TRUE(refusal([&] { c.file->marking().saveMarkSheets({draft}); }).contains("not frozen"));
    EXPECT_TRUE(refusal([&] { c.file->panel().freezeGrid("anna"); }).contains("only the chair"));
    EXPECT_TRUE(
        refusal([&] { c.file->panel().freezeGrid("nobody"); }).contains("not a panel member"));

    c.file->panel().freezeGrid("chair");
    EXPECT_EQ(c.file->panel().gridState(), GridState::Frozen);
    c.file->marking().saveMarkSheets({draft});
    EXPECT_EQ(c.file->marking().ownSheet(c.refs[0], pre, "anna")->marks, draft.marks);
}

TEST(MarkingStore, APanelWithoutAChairCannotFreezeAndASecondChairIsRefused) {
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath("c.selpanel"), builtinExampleVacancy());
    file->panel().addMember({"anna", "Anna", Role::Member});
    EXPECT_TRUE(refusal([&] { file->panel().freezeGrid("anna"); }).contains("not the chair"));
    file->panel().addMember({"chair", "Clara", Role::Chair});
    EXPECT_TRUE(refusal([&] {
                    file->panel().addMember({"other", "Otto", Role::Chair});
                }).contains("already has a chair"));
    EXPECT_TRUE(refusal([&] {
                    file->panel().addMember({"anna", "Again", Role::Member});
                }).contains("already used"));
    file->panel().freezeGrid("chair");
    EXPECT_TRUE(refusal([&] {
                    file->panel().addMember({"late", "Late", Role::Member});
                }).contains("frozen"));
    ASSERT_EQ(file->panel().members().size(), 2u);
    EXPECT_EQ(file->panel().members()[0].id, "anna");
}

TEST(MarkingStore, EveryEnforcementRuleIsRefusedByTheCaseFile) {
    MarkingCase c(fivePeople());
    c.file->panel().declareConflict({"bruno", c.refs[3], ConflictNature::Family, {}});
    c.file->screening().decideEligibility(c.refs[4], false, "no diploma attached", "chair");
    const Marks three = allMarks(*c.file, pre, 3);

    struct Case {
        const char* what;
        MarkSheet sheet;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"secretary", {"sec", c.refs[0], pre, three, {}, false}, "the secretary does not mark"},
        {"abstaining member", {"bruno", c.refs[3], pre, three, {}, false}, "abstains"},
        {"not eligible", {"anna", c.refs[4], pre, three, {}, false}, "is not eligible"},
        {"not on the panel", {"zoe", c.refs[0], pre, three, {}, false}, "not a panel member"},
        {"unknown criterion",
         {"anna", c.refs[0], pre, {{"charm", 2}}, {}, false},
         "'charm' is not a pre-selection criterion"},
        {"mark out of range",
         {"anna", c.refs[0], pre, {{"technologies", 5}}, {}, false},
         "outside 0..4"},
        {"interview, not invited",
         {"anna", c.refs[0], Stage::Interview, {}, {}, false},
         "not invited to interview"},
        {"submitted incomplete",
         {"anna", c.refs[0], pre, {{"technologies", 2}}, {}, true},
         "submitted sheet marks every criterion"},
    };
    for (const auto& rule : cases) {
        const QString message = refusal([&] { c.file->marking().saveMarkSheets({rule.sheet}); });
        EXPECT_TRUE(message.contains(rule.expected)) << rule.what << ": " << message.toStdString();
    }
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[0], pre, "anna"));
    // The reference in the refusal, as the example in the issue.
    EXPECT_TRUE(refusal([&] {
                    c.file->marking().saveMarkSheets({{"anna", c.refs[4], pre, three, {}, false}});
                })
                    .startsWith(c.refs[4] +
                                " is not eligible (screening: not_eligible): excluded from "
                                "marking"));
}

TEST(MarkingStore, AllOrNothingAndEveryProblemListed) {
    MarkingCase c(fivePeople());
    const QString message = refusal([&] {
        c.file->marking().saveMarkSheets(
            {sheetOf(*c.file, "anna", c.refs[0], pre, 3, false),
             sheetOf(*c.file, "sec", c.refs[1], pre, 3, false),
             {"anna", c.refs[2], pre, {{"technologies", 9}}, {}, false}});
    });
    EXPECT_TRUE(message.contains(c.refs[1] + ": ")) << message.toStdString();
    EXPECT_TRUE(message.contains(c.refs[2] + ": technologies: mark 9")) << message.toStdString();
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[0], pre, "anna")) << "nothing saved";
}

TEST(MarkingStore, AMemberSeesOthersMarksOnlyAfterSubmittingTheirOwn) {
    MarkingCase c(fivePeople());
    const QString ref = c.refs[0];
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", ref, pre, 4, true)});
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", ref, pre, 2, false)});

    VisibleMarks before = c.file->marking().visibleMarks(ref, pre, "chair");
    EXPECT_FALSE(before.othersVisible.allowed);
    EXPECT_TRUE(before.othersVisible.reason.contains("only after submitting"));
    ASSERT_EQ(before.sheets.size(), 1u);
    EXPECT_EQ(before.sheets[0].member, "chair");

    c.file->marking().submitMarks(ref, pre, "chair");
    VisibleMarks after = c.file->marking().visibleMarks(ref, pre, "chair");
    EXPECT_TRUE(after.othersVisible.allowed);
    ASSERT_EQ(after.sheets.size(), 2u);
    EXPECT_EQ(after.sheets[1].member, "anna");
    EXPECT_EQ(after.sheets[1].marks.at("technologies"), 4);

    // A submitted sheet is final.
    EXPECT_TRUE(refusal([&] {
                    c.file->marking().saveMarkSheets(
                        {sheetOf(*c.file, "chair", ref, pre, 3, false)});
                }).contains("already submitted"));
}

TEST(MarkingStore, AnAbstainingMemberNeitherMarksNorSeesAndTheSecretarySeesNoIndividualMark) {
    MarkingCase c(fivePeople());
    const QString ref = c.refs[1];
    c.file->panel().declareConflict({"bruno", ref, ConflictNature::Hierarchical, {}});
    c.markAll(c.refs[0], pre, 3, 3, 3);
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", ref, pre, 3, true),
                                      sheetOf(*c.file, "anna", ref, pre, 3, true)});
    EXPECT_TRUE(
        refusal([&] { c.file->marking().visibleMarks(ref, pre, "bruno"); }).contains("abstains"));
    EXPECT_TRUE(
        refusal([&] { c.file->marking().submitMarks(ref, pre, "bruno"); }).contains("abstains"));

    const VisibleMarks secretary = c.file->marking().visibleMarks(ref, pre, "sec");
    EXPECT_TRUE(secretary.sheets.empty());
    EXPECT_FALSE(secretary.othersVisible.allowed);

    for (const auto& view : c.file->results().consolidated(pre, "bruno")) {
        if (view.reference == ref) {
            EXPECT_FALSE(view.access.allowed);
            EXPECT_FALSE(view.result);
        }
    }
    // A conflict that does not oblige abstention stays on the record only.
    c.file->panel().declareConflict({"anna", c.refs[2], ConflictNature::FormerColleague, {}});
    EXPECT_TRUE(c.file->marking().permission(c.refs[2], pre, "anna").allowed);
    EXPECT_EQ(c.file->panel().conflicts().size(), 2u);
    EXPECT_TRUE(refusal([&] {
                    c.file->panel().declareConflict({"anna", c.refs[2], ConflictNature::Other, {}});
                }).contains("needs a note"));
}

TEST(MarkingStore, TheGridChangesOnlyBeforeFreezingAndAReopeningDiscardsTheMarks) {
    MarkingCase c(fivePeople(), false, [](Grid& grid) { grid.thresholds.interviewBestN = 2; });
    EXPECT_EQ(c.file->panel().grid().thresholds.interviewBestN, 2);
    c.file->panel().setAggregation(Aggregation::Median, "anna");
    c.file->panel().freezeGrid("chair");

    Grid changed = c.file->panel().grid();
    changed.criteria[0].weight = 3;
    EXPECT_TRUE(refusal([&] { c.file->panel().changeGrid(changed, "chair"); }).contains("frozen"));
    EXPECT_TRUE(refusal([&] {
                    c.file->panel().setAggregation(Aggregation::Mean, "chair");
                }).contains("frozen"));
    EXPECT_TRUE(refusal([&] { c.file->panel().freezeGrid("chair"); }).contains("already frozen"));

    c.markAll(c.refs[0], pre, 3, 2, 4);
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[1], pre, 1, false)});
    EXPECT_TRUE(refusal([&] { c.file->panel().reopenGrid("chair", " "); }).contains("reason"));
    EXPECT_TRUE(refusal([&] { c.file->panel().reopenGrid("anna", "weights"); }).contains("chair"));

    int marksEvents = 0;
    boost::signals2::scoped_connection connection =
        c.file->marking().events().changed.connect([&](const MarksChanged&) { ++marksEvents; });
    const QDir dir = QFileInfo(c.file->path()).absoluteDir();
    const QStringList before = dir.entryList({QStringLiteral("*.before-reopen-*")});
    const auto outcome = c.file->panel().reopenGrid("chair", "the weights favoured one profile");
    EXPECT_EQ(outcome.discardedSheets, 4);
    EXPECT_EQ(marksEvents, 1);
    // The marks the reopening discarded are in the backup written just before.
    EXPECT_TRUE(before.isEmpty()) << "refused reopenings write no backup";
    EXPECT_EQ(dir.entryList({QStringLiteral("*.before-reopen-*")}),
              QStringList{QFileInfo(outcome.backup).fileName()});
    {
        auto backup = CaseFile::open(outcome.backup, CaseFile::Access::ReadOnly);
        EXPECT_EQ(backup->panel().gridState(), GridState::Frozen);
        EXPECT_TRUE(backup->marking().ownSheet(c.refs[0], pre, "anna"));
        EXPECT_TRUE(backup->verify().ok());
    }
#ifdef Q_OS_UNIX
    EXPECT_EQ(QFile::permissions(outcome.backup) &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
#endif
    const auto entries = c.file->record().entries();
    EXPECT_EQ(entries.back().action, "grid_reopened");
    EXPECT_TRUE(entries.back().after.contains(QFileInfo(outcome.backup).fileName()));
    EXPECT_EQ(c.file->panel().gridState(), GridState::Draft);
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[0], pre, "anna"));
    ASSERT_EQ(c.file->panel().gridReopenings().size(), 1u);
    EXPECT_EQ(c.file->panel().gridReopenings()[0].discardedSheets, 4);
    EXPECT_EQ(c.file->panel().gridReopenings()[0].by, "chair");
    EXPECT_EQ(c.file->panel().gridReopenings()[0].reason, "the weights favoured one profile");

    c.file->panel().changeGrid(changed, "chair");
    EXPECT_EQ(c.file->panel().grid().criteria[0].weight, 3);
    EXPECT_EQ(c.file->panel().aggregation(), Aggregation::Median);
    changed.criteria[0].weight = 0;
    EXPECT_TRUE(refusal([&] { c.file->panel().changeGrid(changed, "chair"); }).contains("weight"));
    EXPECT_EQ(c.file->panel().grid().criteria[0].weight, 3);
}

TEST(MarkingStore, MarksAndTheGridSurviveClosingAndReopeningTheFile) {
    MarkingCase c(fivePeople(), false, [](Grid& grid) { grid.thresholds.interviewBestN = 3; });
    c.file->panel().freezeGrid("chair");
    c.file->panel().declareConflict({"bruno", c.refs[1], ConflictNature::Family, {}});
    MarkSheet sheet = sheetOf(*c.file, "anna", c.refs[0], pre, 2, false);
    sheet.comment = "solid CV";
    c.file->marking().saveMarkSheets({sheet});
    const QString path = c.file->path();
    c.file.reset();

    auto reopened = CaseFile::open(path);
    EXPECT_EQ(reopened->panel().gridState(), GridState::Frozen);
    EXPECT_EQ(reopened->panel().grid().thresholds.interviewBestN, 3);
    EXPECT_EQ(reopened->panel().members().size(), 4u);
    EXPECT_TRUE(abstains("bruno", c.refs[1], reopened->panel().conflicts()));
    const auto stored = reopened->marking().ownSheet(c.refs[0], pre, "anna");
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->marks, sheet.marks);
    EXPECT_EQ(stored->comment, "solid CV");
    EXPECT_FALSE(stored->submitted);
}

TEST(MarkingStore, ConsensusIsTheChairsAfterEveryMemberSubmitted) {
    MarkingCase c(fivePeople());
    const QString ref = c.refs[0];
    const ConsensusMark consensus{ref, pre, "technologies", 3, "discussed the AWS experience"};
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", ref, pre, 4, true)});
    EXPECT_TRUE(refusal([&] {
                    c.file->marking().recordConsensus(consensus, "chair");
                }).contains("waiting for"));
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", ref, pre, 2, true),
                                      sheetOf(*c.file, "bruno", ref, pre, 0, true)});
    EXPECT_TRUE(refusal([&] {
                    c.file->marking().recordConsensus(consensus, "anna");
                }).contains("only the chair"));
    ConsensusMark noReason = consensus;
    noReason.reason.clear();
    EXPECT_TRUE(refusal([&] {
                    c.file->marking().recordConsensus(noReason, "chair");
                }).contains("needs a reason"));
    c.file->marking().recordConsensus(consensus, "chair");

    const auto views = c.file->results().consolidated(pre, "chair");
    const auto& result = *views[0].result;
    EXPECT_EQ(result.criterion("technologies")->consensus, 3);
    EXPECT_TRUE(result.criterion("security_certifications")->flagged); // spread 4
    // Means of 4, 2, 0 are 2 everywhere except the consensus: 12 * 2 + 1 * (3 - 2).
    EXPECT_DOUBLE_EQ(*result.weightedTotal, 25.0);
}
