// Issue 15: a row changed, added or deleted with another tool (sqlite3), or a record cut short or
// rewritten, is named by verify; everything the program itself writes verifies.

#include "casefile/record_anchor.h"
#include "marking_fixture.h"
#include "support/record_forger.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

const Stage pre = Stage::Preselection;
const Stage interview = Stage::Interview;

// A whole procedure through the program: grid changed, aggregation set, a declaration ticked, a
// conflict declared, marks, a consensus mark, a shortlist decision, interview marks and the
// recommendation. Closed, so copies of the file can be tampered with.
class TamperedCase : public ::testing::Test {
protected:
    void SetUp() override {
        MarkingCase c({{"Official", "O", "commission_official"}, {"External", "E"}, {"Third", "T"}},
                      false);
        Grid grid = c.file->panel().grid();
        grid.thresholds.interviewBestN = 2;
        c.file->panel().changeGrid(grid, "chair");
        c.file->panel().setAggregation(Aggregation::Median, "chair");
        c.file->screening().tickDeclaration(c.refs[0], "military_service", true, "sec");
        c.file->panel().declareConflict({"bruno", c.refs[2], ConflictNature::Family, {}});
        c.file->panel().freezeGrid("chair");
        c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", c.refs[0], pre, 3, true),
                                          sheetOf(*c.file, "anna", c.refs[0], pre, 1, true),
                                          sheetOf(*c.file, "bruno", c.refs[0], pre, 3, true)});
        c.markAll(c.refs[1], pre, 4, 4, 4);
        c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", c.refs[2], pre, 2, true),
                                          sheetOf(*c.file, "anna", c.refs[2], pre, 2, true)});
        const auto criterion = criteriaOf(c.file->vacancy().criteria, pre).front().id;
        c.file->marking().recordConsensus(
            {c.refs[0], pre, criterion, 3, "discussed: anna misread the CV"}, "chair");
        c.file->results().decideShortlist({c.refs[2], false, "fewer certifications"}, "chair");
        c.markAll(c.refs[0], interview, 3, 3, 3);
        c.markAll(c.refs[1], interview, 4, 4, 4);
        c.file->results().recommend(c.refs[1], "chair", "the official withdrew their application");
        refs = c.refs;
        const VerifyReport report = c.file->verify();
        ASSERT_TRUE(report.ok()) << report.problems().join('\n').toStdString();
        head = report.head;
        original = dir.filePath("case.selpanel");
        c.file.reset();
        ASSERT_TRUE(QFile::copy(c.dir.filePath("case.selpanel"), original));
    }

    // A copy of the case with the statements applied, verified.
    VerifyReport tampered(const QStringList& statements) {
        const QString path = dir.filePath(QStringLiteral("t%1.selpanel").arg(++copies));
        EXPECT_TRUE(QFile::copy(original, path));
        rawSql(path, statements);
        return CaseFile::open(path, CaseFile::Access::ReadOnly)->verify();
    }

    QString idOf(int i) const {
        return QStringLiteral("(SELECT id FROM candidate WHERE reference = '%1')").arg(refs[i]);
    }

    QTemporaryDir dir;
    QString original;
    QStringList refs;
    RecordHead head;
    int copies = 0;
};

void expectNamed(const VerifyReport& report, const QString& words) {
    EXPECT_FALSE(report.ok());
    const QStringList problems = report.problems();
    EXPECT_TRUE(problems.join('\n').contains(words))
        << "expected a problem naming \"" << words.toStdString() << "\", got:\n"
        << problems.join('\n').toStdString();
}

} // namespace

TEST_F(TamperedCase, TheUntouchedCopyVerifies) {
    EXPECT_TRUE(tampered({}).ok());
}

TEST_F(TamperedCase, AChangedMarkIsNamedWithItsSheet) {
    const auto report = tampered({"UPDATE mark SET mark = 0 WHERE member_id = 'anna' AND stage = "
                                  "'preselection' AND candidate_id = " +
                                  idOf(1)});
    expectNamed(report, "the preselection mark sheet of anna for " + refs[1] + " was changed");
    EXPECT_EQ(report.stateProblems.size(), 1u);
}

TEST_F(TamperedCase, AnEligibilityDecisionSubmissionTimeAndCandidateDataAreNamed) {
    expectNamed(
        tampered({"UPDATE eligibility_decision SET eligible = 0 WHERE candidate_id = " + idOf(0)}),
        "the eligibility decision on " + refs[0]);
    expectNamed(tampered({"UPDATE mark_sheet SET submitted_at = NULL WHERE member_id = 'chair' "
                          "AND stage = 'interview' AND candidate_id = " +
                          idOf(0)}),
                "the interview mark sheet of chair for " + refs[0]);
    expectNamed(
        tampered({"UPDATE candidate SET category = 'commission_official' WHERE id = " + idOf(1)}),
        refs[1] + "'s application data was changed");
    expectNamed(tampered({"UPDATE candidate SET received_at = '2025-04-01T08:00:00.000Z' WHERE "
                          "id = " +
                          idOf(2)}),
                refs[2] + "'s application data was changed");
}

TEST_F(TamperedCase, AFrozenGridsWeightIsNamed) {
    expectNamed(tampered({"UPDATE procedure SET vacancy_json = "
                          "json_set(vacancy_json, '$.criteria[0].weight', 9)"}),
                "the vacancy and its evaluation grid was changed");
}

TEST_F(TamperedCase, DeletedSheetsDocumentsAndConflictsAreNamed) {
    expectNamed(tampered({"DELETE FROM mark_sheet WHERE member_id = 'bruno' AND candidate_id = " +
                          idOf(0)}),
                "of bruno for " + refs[0] + " was deleted");
    expectNamed(tampered({"DELETE FROM document WHERE candidate_id = " + idOf(1)}),
                refs[1] + "'s application PDF was deleted");
    expectNamed(tampered({"DELETE FROM conflict"}),
                "bruno's conflict of interest with " + refs[2] + " was deleted");
}

TEST_F(TamperedCase, AddedRowsAndChangedResultsAreNamed) {
    expectNamed(tampered({"INSERT INTO conflict (member_id, candidate_id, nature, note, "
                          "declared_at) VALUES ('anna', " +
                          idOf(1) + ", 'family', '', '2025-05-01T00:00:00.000Z')"}),
                "anna's conflict of interest with " + refs[1] + " was added");
    expectNamed(tampered({"UPDATE shortlist_decision SET invited = 1"}),
                "the shortlist decision on " + refs[2]);
    expectNamed(tampered({"UPDATE recommendation SET candidate_id = " + idOf(0)}),
                "of " + refs[0] + " was added");
    expectNamed(tampered({"UPDATE consensus SET mark = 0"}), "consensus mark");
    expectNamed(tampered({"UPDATE declaration_tick SET fulfilled = 0"}),
                "the declaration military_service ticked for " + refs[0]);
    expectNamed(tampered({"UPDATE setting SET value = 'mean' WHERE key = 'aggregation'"}),
                "the setting aggregation");
}

TEST_F(TamperedCase, TwoPdfsSwappedWithTheirHashesAreNamed) {
    const auto report = tampered(
        {"UPDATE document SET candidate_id = -1 WHERE candidate_id = " + idOf(0),
         "UPDATE document SET candidate_id = " + idOf(0) + " WHERE candidate_id = " + idOf(1),
         "UPDATE document SET candidate_id = " + idOf(1) + " WHERE candidate_id = -1"});
    expectNamed(report, refs[0] + "'s application PDF was changed");
    expectNamed(report, refs[1] + "'s application PDF was changed");
}

TEST_F(TamperedCase, TheLastEntryDeletedIsSeenByTheHeadKeptBesideTheRecord) {
    expectNamed(tampered({"DELETE FROM record WHERE seq = (SELECT max(seq) FROM record)"}),
                "the last entries were deleted");
}

TEST_F(TamperedCase, TheLastEntriesDeletedWithTheHeadRewrittenAreSeenByThisComputer) {
    const auto report =
        tampered({"DELETE FROM record WHERE seq > 10",
                  "UPDATE record_head SET entries = 10, hash = (SELECT hash FROM record WHERE "
                  "seq = 10)"});
    expectNamed(report, "before the entry this computer saw last");
}

TEST_F(TamperedCase, AMiddleEntryEditedAndTheChainRecomputedIsSeenByTheNotedHead) {
    const QString path = dir.filePath("forged.selpanel");
    ASSERT_TRUE(QFile::copy(original, path));
    rawSql(path, {"UPDATE record SET after_text = 'not invited; reason: none' "
                  "WHERE action = 'shortlist_decision'"});
    recomputeChain(path);
    auto forged = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const VerifyReport report = forged->verify();
    // The chain is whole again; this computer, which wrote the case, sees the rewrite...
    EXPECT_TRUE(report.recordProblems.empty());
    expectNamed(report, "is not the one this computer saw: the record was rewritten");
    // ... and so does any computer given the head the panel noted.
    const auto noted = checkNotedHead(forged->record().entries(), headText(head));
    ASSERT_TRUE(noted.has_value());
    EXPECT_TRUE(noted->contains("the record was rewritten since"));
    // The untouched file holds the noted head.
    EXPECT_FALSE(checkNotedHead(
        CaseFile::open(original, CaseFile::Access::ReadOnly)->record().entries(), headText(head)));
}

TEST(Tampering, ReopeningAndErasingVerifyAndAMarkChangedBeforeAnErasureRefusesIt) {
    MarkingCase c(fivePeople());
    for (int i = 0; i < 3; ++i)
        c.markAll(c.refs[i], pre, 3, 2, 1);
    c.file->panel().reopenGrid("chair", "a criterion's wording was wrong");
    c.file->panel().freezeGrid("chair");
    c.markAll(c.refs[0], pre, 4, 4, 4);
    c.file->dataProtection().eraseCandidate(c.refs[4], "sec", "retention period over");
    c.file->dataProtection().anonymiseCandidate(c.refs[3], "sec", "retention period over");
    VerifyReport report = c.file->verify();
    EXPECT_TRUE(report.ok()) << report.problems().join('\n').toStdString();

    const QString path = c.file->path();
    c.file.reset();
    rawSql(path, {"UPDATE mark SET mark = 0 WHERE member_id = 'anna' AND candidate_id = "
                  "(SELECT id FROM candidate WHERE reference = '" +
                  c.refs[0] + "')"});
    auto reopened = CaseFile::open(path);
    try {
        reopened->dataProtection().eraseCandidate(c.refs[0], "sec", "retention period over", true);
        ADD_FAILURE() << "an erasure would have sealed the changed mark";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains("nothing was erased")) << e.what();
        EXPECT_TRUE(e.message().contains("mark sheet of anna")) << e.what();
    }
    EXPECT_FALSE(reopened->dataProtection().isErased(c.refs[0]));
    expectNamed(reopened->verify(), "mark sheet of anna for " + c.refs[0]);
}

TEST(Tampering, ASubmissionSealsItsSheetInItsEntry) {
    MarkingCase c(fivePeople());
    c.markAll(c.refs[0], pre, 3, 2, 1);
    const auto entries = c.file->record().entries();
    ASSERT_FALSE(entries.empty());
    EXPECT_FALSE(entries.back().seal.isEmpty()) << "the submission seals its sheet";
    EXPECT_TRUE(entries.back().seal.contains("sheet/bruno/preselection"));
}
