#include "server_fixture.h"

// The panel's secrecy as the database enforces it: each member connects as their own role with
// plain SQL, as they could with psql, and sees only what the rules let them.
namespace {

using sp::test::ServerCase;
using ServerSecrecy = ServerCase;

const QString othersSheets =
    QStringLiteral("SELECT count(*) FROM {schema}.mark_sheet WHERE member_id <> "
                   "{schema}.current_member()");
const QString othersMarks = QStringLiteral(
    "SELECT count(*) FROM {schema}.mark WHERE member_id <> {schema}.current_member()");

TEST_F(ServerSecrecy, ADraftIsSeenByItsAuthorOnly) {
    saveSheet("anna", "c1", "preselection", 3, 4, false);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.mark_sheet"), 1);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.mark"), 2);
    for (const char* other : {"chair", "ben", "cara", "sec"}) {
        EXPECT_EQ(count(other, "SELECT count(*) FROM {schema}.mark_sheet"), 0) << other;
        EXPECT_EQ(count(other, "SELECT count(*) FROM {schema}.mark"), 0) << other;
    }
    // Not even once the reader has submitted their own sheet for the same candidate.
    saveSheet("ben", "c1", "preselection", 2, 2, true);
    EXPECT_EQ(count("ben", othersSheets), 0);
    EXPECT_EQ(count("ben", othersMarks), 0);
}

TEST_F(ServerSecrecy, OthersSheetsShowOnceOnesOwnIsSubmitted) {
    saveSheet("ben", "c1", "preselection", 2, 5, true);
    saveSheet("chair", "c1", "preselection", 4, 4, true);
    EXPECT_EQ(count("anna", othersSheets), 0);
    EXPECT_EQ(count("anna", othersMarks), 0);
    saveSheet("anna", "c1", "preselection", 3, 3, false);
    EXPECT_EQ(count("anna", othersSheets), 0) << "a draft is not a submission";
    EXPECT_EQ(count("anna", othersMarks), 0);
    submitSheet("anna", "c1", "preselection");
    EXPECT_EQ(count("anna", othersSheets), 2);
    EXPECT_EQ(values("anna", "SELECT mark FROM {schema}.mark WHERE member_id = 'ben' "
                             "ORDER BY criterion_id"),
              (QStringList{"2", "5"}));
}

TEST_F(ServerSecrecy, SubmittingShowsThatCandidateAndStageOnly) {
    saveSheet("ben", "c1", "interview", 1, 1, true);
    saveSheet("ben", "c3", "preselection", 1, 1, true);
    saveSheet("anna", "c1", "preselection", 3, 3, true);
    EXPECT_EQ(count("anna", othersSheets), 0);
    EXPECT_EQ(count("anna", othersMarks), 0);
}

TEST_F(ServerSecrecy, AMemberWhoAbstainsCannotMarkNorSeeTheCandidatesMarks) {
    const auto refused = run("cara", QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, "
                                                    "candidate_id, stage, updated_at) VALUES "
                                                    "('cara', %1, 'preselection', 'now')")
                                         .arg(candidateId("c2")));
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains("row-level security")) << refused.error.toStdString();
    for (const char* member : {"chair", "anna", "ben"})
        saveSheet(member, "c2", "preselection", 3, 3, true);
    EXPECT_EQ(count("cara", "SELECT count(*) FROM {schema}.mark_sheet"), 0);
    EXPECT_EQ(count("cara", "SELECT count(*) FROM {schema}.mark"), 0);
    EXPECT_EQ(count("cara", "SELECT count(*) FROM {schema}.consolidated_mark"), 0);
    // Her own sheets elsewhere give her nothing of c2.
    saveSheet("cara", "c1", "preselection", 3, 3, true);
    EXPECT_EQ(count("cara", othersSheets), 0);
}

TEST_F(ServerSecrecy, TheSecretarySeesTheConsolidatedMarksOnlyOnceEveryExpectedMemberSubmitted) {
    saveSheet("chair", "c2", "preselection", 4, 2, true);
    saveSheet("anna", "c2", "preselection", 2, 3, true);
    saveSheet("ben", "c2", "preselection", 3, 5, false);
    EXPECT_EQ(count("sec", "SELECT count(*) FROM {schema}.consolidated_mark"), 0);
    EXPECT_EQ(count("sec", "SELECT count(*) FROM {schema}.consolidated_marks()"), 0);
    EXPECT_EQ(count("sec", "SELECT count(*) FROM {schema}.mark"), 0);
    submitSheet("ben", "c2", "preselection");
    // cara abstains for c2: chair, anna and ben are every expected member.
    const auto rows = run("sec", "SELECT criterion_id, marks, mean, median, lowest, highest "
                                 "FROM {schema}.consolidated_mark ORDER BY criterion_id");
    ASSERT_TRUE(rows.ok) << rows.error.toStdString();
    ASSERT_EQ(rows.rows.size(), 2u);
    EXPECT_EQ(rows.rows[0], (QStringList{"experience", "3", "3", "3", "2", "4"}));
    EXPECT_EQ(rows.rows[1], (QStringList{"motivation", "3", "3.3333333333333335", "3", "2", "5"}));
    // Still none of the individual marks.
    EXPECT_EQ(count("sec", "SELECT count(*) FROM {schema}.mark"), 0);
    EXPECT_EQ(count("sec", "SELECT count(*) FROM {schema}.mark_sheet"), 0);
}

TEST_F(ServerSecrecy, AMemberSeesTheConsolidatedMarksAsTheyWouldTheSheets) {
    saveSheet("chair", "c1", "preselection", 4, 2, true);
    saveSheet("anna", "c1", "preselection", 2, 2, false);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.consolidated_mark"), 0);
    submitSheet("anna", "c1", "preselection");
    EXPECT_EQ(values("anna", "SELECT mean FROM {schema}.consolidated_mark "
                             "WHERE criterion_id = 'experience'"),
              QStringList{"3"});
}

TEST_F(ServerSecrecy, NobodyWritesInAnothersName) {
    saveSheet("ben", "c1", "preselection", 2, 2, false);
    const qint64 c1 = candidateId("c1");
    const auto sheet = run("anna", QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, "
                                                  "candidate_id, stage, updated_at) VALUES "
                                                  "('ben', %1, 'interview', 'now')")
                                       .arg(c1));
    EXPECT_FALSE(sheet.ok);
    EXPECT_TRUE(sheet.error.contains("row-level security")) << sheet.error.toStdString();
    const auto mark = run("anna", QStringLiteral("INSERT INTO {schema}.mark VALUES "
                                                 "('ben', %1, 'preselection', 'extra', 5)")
                                      .arg(c1));
    EXPECT_FALSE(mark.ok);
    const auto changed = run("anna", "UPDATE {schema}.mark SET mark = 5 WHERE member_id = 'ben'");
    ASSERT_TRUE(changed.ok) << changed.error.toStdString();
    EXPECT_EQ(changed.affected, 0);
    const auto removed = run("anna", "DELETE FROM {schema}.mark_sheet WHERE member_id = 'ben'");
    ASSERT_TRUE(removed.ok);
    EXPECT_EQ(removed.affected, 0);
    // Nor moves their own sheet into another's name.
    saveSheet("anna", "c1", "preselection", 1, 1, false);
    const auto moved =
        run("anna", "UPDATE {schema}.mark_sheet SET member_id = 'ben' WHERE member_id = 'anna'");
    EXPECT_FALSE(moved.ok);
    const auto conflict = run("anna", QStringLiteral("INSERT INTO {schema}.conflict (member_id, "
                                                     "candidate_id, nature, declared_at) VALUES "
                                                     "('ben', %1, 'family', 'now')")
                                          .arg(c1));
    EXPECT_FALSE(conflict.ok) << "a conflict that would silence ben";
    // cara's declared family link is hers: nobody else changes or lifts it.
    const auto lifted =
        run("anna", "UPDATE {schema}.conflict SET nature = 'other', note = 'lifted' WHERE "
                    "member_id = 'cara'");
    ASSERT_TRUE(lifted.ok) << lifted.error.toStdString();
    EXPECT_EQ(lifted.affected, 0);
    const auto handedOver =
        run("cara", "UPDATE {schema}.conflict SET member_id = 'anna' WHERE member_id = 'cara'");
    EXPECT_FALSE(handedOver.ok);
    const auto dropped = run("cara", "DELETE FROM {schema}.conflict WHERE member_id = 'cara'");
    EXPECT_FALSE(dropped.ok);
    EXPECT_EQ(values("", "SELECT member_id || ':' || nature FROM {schema}.conflict"),
              QStringList{"cara:family"});
    EXPECT_EQ(values("", "SELECT mark FROM {schema}.mark WHERE member_id = 'ben' "
                         "ORDER BY criterion_id"),
              (QStringList{"2", "2"}));
}

TEST_F(ServerSecrecy, ASubmittedSheetIsFinal) {
    saveSheet("anna", "c1", "preselection", 3, 4, true);
    const qint64 c1 = candidateId("c1");
    for (const QString& statement :
         {QStringLiteral("UPDATE {schema}.mark_sheet SET comment = 'changed'"),
          QStringLiteral("UPDATE {schema}.mark_sheet SET submitted_at = NULL"),
          QStringLiteral("UPDATE {schema}.mark SET mark = 0"),
          QStringLiteral("DELETE FROM {schema}.mark"),
          QStringLiteral("DELETE FROM {schema}.mark_sheet")}) {
        const auto result = run("anna", statement);
        ASSERT_TRUE(result.ok) << statement.toStdString() << ": " << result.error.toStdString();
        EXPECT_EQ(result.affected, 0) << statement.toStdString();
    }
    const auto added = run("anna", QStringLiteral("INSERT INTO {schema}.mark VALUES "
                                                  "('anna', %1, 'preselection', 'extra', 5)")
                                       .arg(c1));
    EXPECT_FALSE(added.ok);
    EXPECT_EQ(values("anna", "SELECT mark FROM {schema}.mark ORDER BY criterion_id"),
              (QStringList{"3", "4"}));
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.mark_sheet "
                            "WHERE submitted_at IS NOT NULL AND comment = ''"),
              1);
}

TEST_F(ServerSecrecy, OnlyASheetMarkingEveryCriterionWithinTheGridIsSubmitted) {
    saveSheet("ben", "c1", "preselection", 2, 2, true);
    const qint64 c1 = candidateId("c1");
    const auto submittedAtOnce = run(
        "anna", QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, candidate_id, stage, "
                               "submitted_at, updated_at) VALUES ('anna', %1, 'preselection', "
                               "'now', 'now')")
                    .arg(c1));
    EXPECT_FALSE(submittedAtOnce.ok) << "an empty sheet submitted to see the others'";
    ASSERT_TRUE(run("anna", QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, "
                                           "candidate_id, stage, updated_at) VALUES ('anna', %1, "
                                           "'preselection', 'now')")
                                .arg(c1))
                    .ok);
    const QString mark = QStringLiteral("INSERT INTO {schema}.mark VALUES ('anna', %1, "
                                        "'preselection', '%2', %3)");
    EXPECT_FALSE(run("anna", mark.arg(c1).arg("experience").arg(6)).ok) << "above the maximum";
    EXPECT_FALSE(run("anna", mark.arg(c1).arg("experience").arg(-1)).ok);
    EXPECT_FALSE(run("anna", mark.arg(c1).arg("languages").arg(3)).ok) << "not in the grid";
    ASSERT_TRUE(run("anna", mark.arg(c1).arg("experience").arg(5)).ok);
    const QString submit = QStringLiteral("UPDATE {schema}.mark_sheet SET submitted_at = 'now' "
                                          "WHERE member_id = 'anna'");
    const auto partial = run("anna", submit);
    EXPECT_FALSE(partial.ok) << "motivation is not marked";
    EXPECT_EQ(count("anna", othersSheets), 0);
    ASSERT_TRUE(run("anna", mark.arg(c1).arg("motivation").arg(0)).ok);
    EXPECT_TRUE(run("anna", submit).ok);
    EXPECT_EQ(count("anna", othersSheets), 1);
}

TEST_F(ServerSecrecy, TheSecretaryDoesNotMarkAndOnlyTheChairRecordsAConsensus) {
    const qint64 c1 = candidateId("c1");
    const auto sheet = run("sec", QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, "
                                                 "candidate_id, stage, updated_at) VALUES "
                                                 "('sec', %1, 'preselection', 'now')")
                                      .arg(c1));
    EXPECT_FALSE(sheet.ok);
    const QString consensus =
        QStringLiteral("INSERT INTO {schema}.consensus (candidate_id, stage, criterion_id, mark, "
                       "reason, recorded_by, recorded_at) VALUES (%1, 'preselection', "
                       "'experience', 3, 'discussed', '%2', 'now')");
    EXPECT_FALSE(run("chair", consensus.arg(c1).arg("chair")).ok) << "before every member marked";
    for (const char* member : {"chair", "anna", "ben", "cara"})
        saveSheet(member, "c1", "preselection", 3, 3, true);
    EXPECT_FALSE(run("anna", consensus.arg(c1).arg("anna")).ok);
    EXPECT_FALSE(run("anna", consensus.arg(c1).arg("chair")).ok);
    const auto recorded = run("chair", consensus.arg(c1).arg("chair"));
    EXPECT_TRUE(recorded.ok) << recorded.error.toStdString();
    EXPECT_EQ(count("sec", "SELECT count(*) FROM {schema}.consensus"), 1);
    EXPECT_EQ(count("cara", "SELECT count(*) FROM {schema}.consensus"), 1);
}

TEST_F(ServerSecrecy, MarkingWaitsForTheFrozenGrid) {
    ASSERT_TRUE(runAsAdmin("UPDATE {schema}.grid_state SET state = 'draft'").ok);
    const auto sheet = run("anna", QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, "
                                                  "candidate_id, stage, updated_at) VALUES "
                                                  "('anna', %1, 'preselection', 'now')")
                                       .arg(candidateId("c1")));
    EXPECT_FALSE(sheet.ok);
}

} // namespace
