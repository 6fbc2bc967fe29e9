// import-return: a member's signed return comes into the case whole, or is refused with nothing
// changed, naming the file and why.

#include "core/workbook_fixture.h"
#include "io/marks_return.h"

namespace sp::test {
namespace {

const QString Source = QStringLiteral("anna-return.json");

// Refused, naming the file; the case's record and Anna's sheets as they were.
QString refusedWithNothingChanged(WorkbookCase& w, const QByteArray& bytes) {
    const size_t entries = w.c.file->record().entries().size();
    const QString why = refusal([&] { w.c.file->workbooks().importReturn(bytes, Source); });
    EXPECT_TRUE(why.startsWith(Source)) << why.toStdString();
    EXPECT_EQ(w.c.file->record().entries().size(), entries);
    EXPECT_FALSE(w.annaSubmittedInCase(w.c.refs[0]));
    return why;
}

TEST(ImportReturn, SubmitsTheMembersSheetsAndRecordsTheReturnsHash) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0], w.c.refs[1]}, 3);
    const ImportedReturn imported = w.c.file->workbooks().importReturn(bytes, Source);
    EXPECT_EQ(imported.member, QStringLiteral("anna"));
    EXPECT_EQ(imported.candidates, (QStringList{w.c.refs[0], w.c.refs[1]}));
    for (const auto& reference : {w.c.refs[0], w.c.refs[1]}) {
        const auto sheet =
            w.c.file->marking().ownSheet(reference, Stage::Preselection, QStringLiteral("anna"));
        ASSERT_TRUE(sheet);
        EXPECT_TRUE(sheet->submitted);
        EXPECT_EQ(sheet->marks, allMarks(*w.c.file, Stage::Preselection, 3));
    }
    // Each sheet's entry names the return; one entry keeps the return as Anna signed it.
    const auto entries = w.c.file->record().entries(w.c.refs[0]);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("marks_submitted"));
    EXPECT_TRUE(entries.back().after.contains(imported.sha256));
    const auto all = w.c.file->record().entries();
    EXPECT_EQ(all.back().action, QStringLiteral("return_imported"));
    EXPECT_TRUE(all.back().after.contains(imported.sha256));
    EXPECT_TRUE(all.back().after.contains(QStringLiteral("selection-panel-marks-return 1")));
    EXPECT_TRUE(w.c.file->verify().ok());
}

TEST(ImportReturn, RefusesATamperedReturn) {
    WorkbookCase w;
    QByteArray bytes = w.annaReturns({w.c.refs[0]}, 3);
    // One mark changed from 3 to 4 after Anna signed.
    const qsizetype at = bytes.indexOf(": 3");
    ASSERT_GE(at, 0);
    bytes[at + 2] = '4';
    EXPECT_TRUE(refusedWithNothingChanged(w, bytes).contains(QStringLiteral("signature")));
}

TEST(ImportReturn, RefusesAReturnSignedByAnotherMember) {
    WorkbookCase w;
    // Bruno's name put on Anna's signed return.
    QByteArray bytes = w.annaReturns({w.c.refs[0]}, 3);
    bytes.replace("\"member\": \"anna\"", "\"member\": \"bruno\"");
    EXPECT_TRUE(refusedWithNothingChanged(w, bytes).contains(QStringLiteral("not bruno's")));
}

TEST(ImportReturn, RefusesATruncatedReturn) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0]}, 3);
    const QString why = refusedWithNothingChanged(w, bytes.left(bytes.size() / 2));
    EXPECT_TRUE(why.contains(QStringLiteral("not a whole marks return"))) << why.toStdString();
    EXPECT_TRUE(refusedWithNothingChanged(w, QByteArray())
                    .contains(QStringLiteral("not a whole marks return")));
}

TEST(ImportReturn, RefusesAReplayedReturn) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0]}, 3);
    w.c.file->workbooks().importReturn(bytes, Source);
    const size_t entries = w.c.file->record().entries().size();
    const QString why = refusal([&] { w.c.file->workbooks().importReturn(bytes, Source); });
    EXPECT_TRUE(why.contains(QStringLiteral("already imported"))) << why.toStdString();
    EXPECT_EQ(w.c.file->record().entries().size(), entries);
}

TEST(ImportReturn, RefusesAReturnForAnotherCase) {
    WorkbookCase w;
    WorkbookCase other;
    const QByteArray bytes = other.annaReturns({other.c.refs[0]}, 3);
    const QString why = refusedWithNothingChanged(w, bytes);
    EXPECT_TRUE(why.contains(QStringLiteral("another case"))) << why.toStdString();
}

TEST(ImportReturn, RefusesAReturnMadeBeforeTheGridWasReopened) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0]}, 3);
    w.c.file->panel().reopenGrid(QStringLiteral("chair"),
                                 QStringLiteral("criterion 2 was ambiguous"));
    w.c.file->panel().freezeGrid(QStringLiteral("chair"));
    const QString why = refusedWithNothingChanged(w, bytes);
    EXPECT_TRUE(why.contains(QStringLiteral("reopened"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("criterion 2 was ambiguous"))) << why.toStdString();
}

TEST(ImportReturn, RefusesACandidateTheMemberMayNoLongerMark) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0], w.c.refs[1]}, 3);
    // Anna declared a conflict in the case after the workbook was made: all or nothing.
    w.c.file->panel().declareConflict(
        {QStringLiteral("anna"), w.c.refs[1], ConflictNature::Hierarchical, {}});
    const QString why = refusedWithNothingChanged(w, bytes);
    EXPECT_TRUE(why.contains(w.c.refs[1])) << why.toStdString();
    EXPECT_FALSE(w.annaSubmittedInCase(w.c.refs[1]));
}

TEST(ImportReturn, RefusesASheetAlreadySubmittedInTheCase) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0], w.c.refs[1]}, 3);
    w.c.file->marking().saveMarkSheets(
        {sheetOf(*w.c.file, QStringLiteral("anna"), w.c.refs[1], Stage::Preselection, 1, true)});
    const size_t entries = w.c.file->record().entries().size();
    const QString why = refusal([&] { w.c.file->workbooks().importReturn(bytes, Source); });
    EXPECT_TRUE(why.contains(QStringLiteral("already submitted"))) << why.toStdString();
    EXPECT_EQ(w.c.file->record().entries().size(), entries);
    EXPECT_FALSE(w.annaSubmittedInCase(w.c.refs[0]));
    EXPECT_EQ(w.c.file->marking()
                  .ownSheet(w.c.refs[1], Stage::Preselection, QStringLiteral("anna"))
                  ->marks,
              allMarks(*w.c.file, Stage::Preselection, 1));
}

TEST(ImportReturn, IsNotDoneInAWorkbook) {
    WorkbookCase w;
    const QByteArray bytes = w.annaReturns({w.c.refs[0]}, 3);
    auto workbook = CaseFile::open(w.workbook);
    EXPECT_TRUE(refusal([&] {
                    workbook->workbooks().importReturn(bytes, Source);
                }).contains(QStringLiteral("workbook")));
}

TEST(MarksReturn, CanonicalBytesAreTheSameForTheSameReturn) {
    MarksReturn r;
    r.caseId = QStringLiteral("id");
    r.member = QStringLiteral("anna");
    r.createdAt =
        QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.006Z"), Qt::ISODateWithMs);
    MarkSheet sheet;
    sheet.member = r.member;
    sheet.candidate = QStringLiteral("C-1");
    sheet.marks[QStringLiteral("b")] = 2;
    sheet.marks[QStringLiteral("a")] = 1;
    sheet.submitted = true;
    r.sheets.push_back(sheet);
    const ReadMarksReturn read =
        parseMarksReturn(marksReturnFile(r, QByteArray(64, 'x')), QStringLiteral("f"));
    EXPECT_EQ(canonicalBytes(read.content), canonicalBytes(r));
    EXPECT_EQ(read.signature, QByteArray(64, 'x'));
    EXPECT_TRUE(canonicalBytes(r).startsWith("selection-panel-marks-return 1\n"));
}

} // namespace
} // namespace sp::test
