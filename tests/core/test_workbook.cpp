// A member's workbook: only what they may see, checked like any case file, and only their
// marking done in it.

#include "core/workbook_fixture.h"

#include <QSqlDatabase>

namespace sp::test {
namespace {

TEST(Workbook, HoldsTheCandidatesTheMemberMarksWithTheirPdfsButNotThoseTheyAbstainFor) {
    WorkbookCase w;
    auto workbook = CaseFile::open(w.workbook, CaseFile::Access::ReadOnly);
    QStringList references;
    for (const auto& candidate : workbook->applications().candidates())
        references << candidate.application.reference;
    EXPECT_EQ(references, (QStringList{w.c.refs[0], w.c.refs[1]}));
    for (const auto& candidate : workbook->applications().candidates())
        EXPECT_EQ(workbook->applications().pdf(candidate.id),
                  w.c.file->applications().pdf(
                      w.c.file->applications().candidate(candidate.application.reference)->id));
    EXPECT_EQ(workbook->vacancy().reference, w.c.file->vacancy().reference);
    EXPECT_EQ(workbook->panel().gridState(), GridState::Frozen);
    const auto identity = workbook->workbookIdentity();
    ASSERT_TRUE(identity);
    EXPECT_EQ(identity->member, QStringLiteral("anna"));
    EXPECT_EQ(identity->memberName, QStringLiteral("Anna Member"));
    EXPECT_EQ(identity->ofCase.caseId, w.c.file->caseIdentity().caseId);
    EXPECT_FALSE(w.c.file->workbookIdentity());
}

TEST(Workbook, HoldsNoOtherMembersMarksConflictsOrRecord) {
    MarkingCase c({{QStringLiteral("Alpha"), QStringLiteral("Ann")},
                   {QStringLiteral("Beta"), QStringLiteral("Bob")}},
                  false);
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
    for (const char* member : {"chair", "anna", "bruno"})
        c.file->identities().signIn(QString::fromLatin1(member),
                                    passphraseOf(QString::fromLatin1(member)));
    c.file->panel().declareConflict({QStringLiteral("bruno"), c.refs[0], ConflictNature::Other,
                                     QStringLiteral("bruno-conflict-note")});
    c.file->panel().freezeGrid(QStringLiteral("chair"));
    MarkSheet bruno =
        sheetOf(*c.file, QStringLiteral("bruno"), c.refs[1], Stage::Preselection, 3, true);
    bruno.comment = QStringLiteral("bruno-secret-comment");
    MarkSheet anna =
        sheetOf(*c.file, QStringLiteral("anna"), c.refs[1], Stage::Preselection, 2, false);
    anna.comment = QStringLiteral("anna-own-draft");
    c.file->marking().saveMarkSheets({bruno, anna});
    const QString path = c.dir.filePath(QStringLiteral("wb.selpanel"));
    const WorkbookExport written =
        c.file->workbooks().exportWorkbook(QStringLiteral("anna"), Stage::Preselection, path);
    EXPECT_EQ(written.ownSheets, 1);

    auto workbook = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const auto own =
        workbook->marking().ownSheet(c.refs[1], Stage::Preselection, QStringLiteral("anna"));
    ASSERT_TRUE(own);
    EXPECT_EQ(own->comment, QStringLiteral("anna-own-draft"));
    EXPECT_FALSE(
        workbook->marking().ownSheet(c.refs[1], Stage::Preselection, QStringLiteral("bruno")));
    EXPECT_TRUE(workbook->panel().conflicts().empty());
    for (const auto& entry : workbook->record().entries())
        EXPECT_NE(entry.actor, QStringLiteral("bruno")) << entry.action.toStdString();
    // Not even in the file's bytes: nothing of it was ever written there.
    const QByteArray bytes = fileBytes(path);
    EXPECT_FALSE(bytes.contains("bruno-secret-comment"));
    EXPECT_FALSE(bytes.contains("bruno-conflict-note"));
    EXPECT_FALSE(bytes.contains(passphraseOf(QStringLiteral("bruno"))));
}

TEST(Workbook, VerifiesLikeAnyCaseFile) {
    WorkbookCase w;
    auto workbook = CaseFile::open(w.workbook, CaseFile::Access::ReadOnly);
    const VerifyReport report = workbook->verify();
    for (const auto& problem : report.stateProblems)
        ADD_FAILURE() << problem.message.toStdString();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.pdfsChecked, 2);
}

TEST(Workbook, TakesOnlyItsMembersMarking) {
    WorkbookCase w;
    auto workbook = CaseFile::open(w.workbook);
    workbook->identities().signIn(QStringLiteral("anna"), passphraseOf(QStringLiteral("anna")));
    const QString why = refusal([&] {
        workbook->screening().decideEligibility(w.c.refs[0], false, QStringLiteral("no"),
                                                QStringLiteral("anna"));
    });
    EXPECT_TRUE(why.contains(QStringLiteral("workbook of Anna Member"))) << why.toStdString();
    refusal(
        [&] { workbook->record().noteAction(QStringLiteral("anna"), QStringLiteral("x"), {}); });
    refusal([&] {
        workbook->marking().saveMarkSheets({sheetOf(*workbook, QStringLiteral("bruno"), w.c.refs[0],
                                                    Stage::Preselection, 2, false)});
    });
    EXPECT_FALSE(
        workbook->marking().ownSheet(w.c.refs[0], Stage::Preselection, QStringLiteral("bruno")));

    workbook->marking().saveMarkSheets(
        {sheetOf(*workbook, QStringLiteral("anna"), w.c.refs[0], Stage::Preselection, 2, false)});
    workbook->marking().submitMarks(w.c.refs[0], Stage::Preselection, QStringLiteral("anna"));
    EXPECT_TRUE(workbook->marking()
                    .ownSheet(w.c.refs[0], Stage::Preselection, QStringLiteral("anna"))
                    ->submitted);
    EXPECT_TRUE(workbook->verify().ok());
}

TEST(Workbook, IsNotMadeForTheSecretaryAMemberWithoutPassphraseOrBeforeTheGridIsFrozen) {
    MarkingCase c({{QStringLiteral("Alpha"), QStringLiteral("Ann")}}, false);
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
    c.file->identities().signIn(QStringLiteral("anna"), passphraseOf(QStringLiteral("anna")));
    const QString path = c.dir.filePath(QStringLiteral("wb.selpanel"));
    EXPECT_TRUE(refusal([&] {
                    c.file->workbooks().exportWorkbook(QStringLiteral("anna"), Stage::Preselection,
                                                       path);
                }).contains(QStringLiteral("not frozen")));
    c.file->panel().freezeGrid(QStringLiteral("chair"));
    EXPECT_TRUE(refusal([&] {
                    c.file->workbooks().exportWorkbook(QStringLiteral("sec"), Stage::Preselection,
                                                       path);
                }).contains(QStringLiteral("secretary")));
    EXPECT_TRUE(refusal([&] {
                    c.file->workbooks().exportWorkbook(QStringLiteral("bruno"), Stage::Preselection,
                                                       path);
                }).contains(QStringLiteral("no passphrase of their own yet")));
    // A one-time code is exchanged for a passphrase in the case, not in the workbook.
    c.file->identities().signIn(QStringLiteral("chair"), passphraseOf(QStringLiteral("chair")));
    c.file->identities().issueOneTimeCode(QStringLiteral("bruno"), QStringLiteral("chair"));
    EXPECT_TRUE(refusal([&] {
                    c.file->workbooks().exportWorkbook(QStringLiteral("bruno"), Stage::Preselection,
                                                       path);
                }).contains(QStringLiteral("with the one-time code")));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace sp::test
