// The mark sheet a member fills in offline: written, read back, every problem named.

#include "io/builtin_vacancy.h"
#include "io/csv_reader.h"
#include "io/mark_sheet_csv.h"

#include <gtest/gtest.h>

using namespace sp;

namespace {

const std::vector<Criterion>& criteria() {
    return builtinExampleVacancy().criteria;
}

const QString header = QStringLiteral(
    "reference,surname,given_names,security_certifications,appsec_devsecops_experience,"
    "security_practices,technologies,commission_environment,secure_development_mindset,comment");

QStringList problemTexts(const MarkSheetImport& imported) {
    QStringList texts;
    for (const auto& p : imported.problems)
        texts << p.toString();
    return texts;
}

} // namespace

TEST(MarkSheetCsv, WritesTheMembersMarksAndReadsThemBack) {
    const QByteArray csv = markSheetCsv(
        {{"APP-0001", "=cmd", "Ann", {{"technologies", 3}, {"security_practices", 0}}, "good"},
         {"APP-0002", "Müller", "Jürgen", {}, {}}},
        Stage::Preselection, criteria());
    const CsvTable table = readCsv(csv, "sheet.csv");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header.join(','), header);
    EXPECT_EQ(table.records[0].cells[1], "'=cmd");
    EXPECT_EQ(table.records[0].cells[6], "3");
    EXPECT_EQ(table.records[1].cells[6], "");

    const MarkSheetImport back =
        readMarkSheetCsv(csv, "sheet.csv", "anna", Stage::Preselection, criteria());
    EXPECT_TRUE(back.problems.empty()) << problemTexts(back).join('\n').toStdString();
    ASSERT_EQ(back.sheets.size(), 2u);
    EXPECT_EQ(back.sheets[0].row, 2);
    EXPECT_EQ(back.sheets[0].sheet.member, "anna");
    EXPECT_EQ(back.sheets[0].sheet.marks, (Marks{{"technologies", 3}, {"security_practices", 0}}));
    EXPECT_EQ(back.sheets[0].sheet.comment, "good");
    EXPECT_TRUE(back.sheets[1].sheet.marks.empty());
}

TEST(MarkSheetCsv, EveryProblemIsListedByRowAndColumn) {
    const QByteArray csv = "reference,technologies,charm,security_practices\n"
                           "APP-0001,5,1,x\n"
                           ",2,,\n"
                           "APP-0001,-1,,2\n";
    const MarkSheetImport imported =
        readMarkSheetCsv(csv, "sheet.csv", "anna", Stage::Preselection, criteria());
    const QStringList texts = problemTexts(imported);
    const QStringList expected = {
        "sheet.csv:1: charm: not a column of the sheet nor a preselection criterion",
        "sheet.csv:2: technologies: mark 5 is outside 0..4",
        "sheet.csv:2: security_practices: 'x' is not a whole number",
        "sheet.csv:3: reference: no candidate reference",
        "sheet.csv:4: reference: APP-0001 appears twice in the sheet",
        "sheet.csv:4: technologies: mark -1 is outside 0..4",
    };
    for (const auto& e : expected)
        EXPECT_TRUE(texts.contains(e)) << e.toStdString() << "\n in \n"
                                       << texts.join('\n').toStdString();
    EXPECT_EQ(texts.size(), expected.size());
}

TEST(MarkSheetCsv, InterviewCriteriaAreNotPreselectionColumns) {
    const MarkSheetImport imported = readMarkSheetCsv("reference,technical_depth\nAPP-1,3\n", "s",
                                                      "anna", Stage::Preselection, criteria());
    ASSERT_EQ(imported.problems.size(), 1u);
    EXPECT_EQ(imported.problems[0].column, "technical_depth");
}
