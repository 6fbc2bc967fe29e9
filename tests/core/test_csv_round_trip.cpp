// What the program writes to CSV comes back exactly when read back: the guard against formula
// injection (a leading ') is taken off again, and only it. Property-style over many strings
// built from the characters that matter: ' = - + @ tab CR LF , " space, a byte-order mark.

#include "io/builtin_vacancy.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/mark_sheet_csv.h"

#include <gtest/gtest.h>
#include <random>

using namespace sp;

namespace {

QStringList sampleStrings(int count) {
    const QList<QChar> alphabet = {u'\'', u'=',          u'-', u'+', u'@', u'\t', u'\r',
                                   u'\n', u',',          u'"', u' ', u'a', u'1',  u'é',
                                   u'Ω',  QChar(0xFEFF), u';', u'|', u'%', u'\\'};
    QStringList strings = {QString(),
                           QStringLiteral("-1"),
                           QStringLiteral("'-1"),
                           QStringLiteral("''"),
                           QStringLiteral("'"),
                           QStringLiteral("=1+1"),
                           QStringLiteral("'tis good"),
                           QStringLiteral("@SUM(A1)"),
                           QStringLiteral("\t=1"),
                           QStringLiteral("\r\n"),
                           QStringLiteral("+33 1 23")};
    std::mt19937 random(15);
    std::uniform_int_distribution<int> length(1, 8);
    std::uniform_int_distribution<qsizetype> pick(0, alphabet.size() - 1);
    while (strings.size() < count) {
        QString s;
        for (int n = length(random); n > 0; --n)
            s += alphabet[pick(random)];
        strings << s;
    }
    return strings;
}

const std::vector<Criterion>& criteria() {
    return builtinExampleVacancy().criteria;
}

} // namespace

TEST(CsvRoundTrip, EveryTextCellComesBackAsItWasGiven) {
    const QStringList strings = sampleStrings(4000);
    CsvWriter writer;
    writer.row({"a", "b"});
    for (const auto& s : strings)
        writer.text(QStringLiteral("x")).text(s).endRow();
    const CsvTable table = readCsv(writer.data(), "out.csv");
    ASSERT_TRUE(table.ok()) << table.problems.front().toString().toStdString();
    ASSERT_EQ(table.records.size(), size_t(strings.size()));
    for (qsizetype i = 0; i < strings.size(); ++i)
        ASSERT_EQ(CsvWriter::restored(table.records[size_t(i)].cells.value(1)), strings[i])
            << "cell " << i << ": " << strings[i].toStdString();
}

TEST(CsvRoundTrip, AGuardedCellStillStartsWithAQuoteForTheSpreadsheet) {
    for (const QString& s : {QStringLiteral("=1+1"), QStringLiteral("-1"), QStringLiteral("'=1")})
        EXPECT_TRUE(CsvWriter::neutralised(s).startsWith(QStringLiteral("'"))) << s.toStdString();
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("'=1")), QStringLiteral("''=1"));
    EXPECT_EQ(CsvWriter::restored(QStringLiteral("''=1")), QStringLiteral("'=1"));
    EXPECT_EQ(CsvWriter::restored(QStringLiteral("Müller")), QStringLiteral("Müller"));
}

TEST(CsvRoundTrip, AnUneditedMarkSheetImportsWithReferenceAndCommentAsWritten) {
    const QByteArray csv = markSheetCsv({{"-1", "Ann", "Lee", {{"technologies", 3}}, "'tis good"},
                                         {"+7", "Bo", "Lee", {}, "=not a formula"}},
                                        Stage::Preselection, criteria());
    const MarkSheetImport back =
        readMarkSheetCsv(csv, "sheet.csv", "anna", Stage::Preselection, criteria());
    EXPECT_TRUE(back.problems.empty()) << back.problems.front().toString().toStdString();
    ASSERT_EQ(back.sheets.size(), 2u);
    EXPECT_EQ(back.sheets[0].sheet.candidate, "-1");
    EXPECT_EQ(back.sheets[0].sheet.comment, "'tis good");
    EXPECT_EQ(back.sheets[0].sheet.marks, (Marks{{"technologies", 3}}));
    EXPECT_EQ(back.sheets[1].sheet.candidate, "+7");
    EXPECT_EQ(back.sheets[1].sheet.comment, "=not a formula");
}

TEST(CsvRoundTrip, MarkSheetReferencesAndCommentsSurviveForAnyString) {
    const QStringList strings = sampleStrings(2000);
    std::vector<MarkSheetLine> lines;
    for (qsizetype i = 0; i < strings.size(); ++i) {
        // A reference is read trimmed and must be unique: made so, the rest left as generated.
        const QString reference = strings[i] + QString::number(i);
        if (reference.trimmed() != reference)
            continue;
        lines.push_back({reference, "Name", "Given", {}, strings[i]});
    }
    ASSERT_GT(lines.size(), 1000u);
    const QByteArray csv = markSheetCsv(lines, Stage::Preselection, criteria());
    const MarkSheetImport back =
        readMarkSheetCsv(csv, "sheet.csv", "anna", Stage::Preselection, criteria());
    ASSERT_TRUE(back.problems.empty()) << back.problems.front().toString().toStdString();
    ASSERT_EQ(back.sheets.size(), lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        ASSERT_EQ(back.sheets[i].sheet.candidate, lines[i].reference) << i;
        ASSERT_EQ(back.sheets[i].sheet.comment, lines[i].comment) << i;
    }
}
