// Issue 16: a member's workbook for the interview stage holds the candidates invited to
// interview (but those they abstain for), takes only their interview marking, and its return
// comes back into the case like a pre-selection one.

#include "core/workbook_fixture.h"

namespace sp::test {
namespace {

const Stage pre = Stage::Preselection;
const Stage interview = Stage::Interview;

// Every marker submits pre-selection marks (Anna abstains for Gamma), so the shortlist is drawn.
void markPreselection(WorkbookCase& w) {
    w.c.markAll(w.c.refs[0], pre, 4, 4, 4);
    w.c.markAll(w.c.refs[1], pre, 3, 3, 3);
    w.c.file->marking().saveMarkSheets({sheetOf(*w.c.file, "chair", w.c.refs[2], pre, 4, true),
                                        sheetOf(*w.c.file, "bruno", w.c.refs[2], pre, 4, true)});
}

TEST(InterviewWorkbook, IsRefusedBeforeAnyoneIsInvited) {
    WorkbookCase w;
    const QString path = w.c.dir.filePath(QStringLiteral("anna-interview.selpanel"));
    EXPECT_TRUE(refusal([&] {
                    w.c.file->workbooks().exportWorkbook(QStringLiteral("anna"), interview, path);
                }).contains(QStringLiteral("nobody is invited to interview yet")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(InterviewWorkbook, HoldsTheInvitedAndComesBackAsInterviewMarks) {
    WorkbookCase w;
    markPreselection(w);
    QStringList invited = w.c.file->results().shortlist().invited();
    invited.sort();
    ASSERT_TRUE(invited.contains(w.c.refs[0])) << invited.join(' ').toStdString();
    ASSERT_TRUE(invited.contains(w.c.refs[2])) << invited.join(' ').toStdString();

    const QString path = w.c.dir.filePath(QStringLiteral("anna-interview.selpanel"));
    const WorkbookExport written =
        w.c.file->workbooks().exportWorkbook(QStringLiteral("anna"), interview, path);
    QStringList expected = invited;
    expected.removeAll(w.c.refs[2]); // Anna abstains for Gamma
    EXPECT_EQ(written.candidates, expected);

    auto workbook = CaseFile::open(path);
    EXPECT_EQ(workbook->workbookIdentity()->stage, interview);
    workbook->identities().signIn(QStringLiteral("anna"), passphraseOf(QStringLiteral("anna")));
    QStringList held;
    for (const auto& candidate : workbook->applications().candidates())
        held << candidate.application.reference;
    held.sort();
    EXPECT_EQ(held, expected);
    // Only interview marking: a pre-selection sheet is refused in it.
    EXPECT_TRUE(refusal([&] {
                    workbook->marking().saveMarkSheets(
                        {sheetOf(*workbook, QStringLiteral("anna"), w.c.refs[0], pre, 2, true)});
                }).contains(QStringLiteral("for interview marking")));
    EXPECT_TRUE(
        workbook->marking().permission(w.c.refs[0], interview, QStringLiteral("anna")).allowed);
    workbook->marking().saveMarkSheets(
        {sheetOf(*workbook, QStringLiteral("anna"), w.c.refs[0], interview, 4, true)});
    const QByteArray marksReturn = workbook->workbooks().marksReturn();
    workbook.reset();

    w.c.file->workbooks().importReturn(marksReturn, QStringLiteral("anna-interview-return.json"));
    const auto sheet = w.c.file->marking().ownSheet(w.c.refs[0], interview, QStringLiteral("anna"));
    ASSERT_TRUE(sheet);
    EXPECT_TRUE(sheet->submitted);
    EXPECT_EQ(sheet->marks, allMarks(*w.c.file, interview, 4));
    EXPECT_TRUE(w.c.file->verify().ok()) << w.c.file->verify().problems().join('\n').toStdString();
}

} // namespace
} // namespace sp::test
