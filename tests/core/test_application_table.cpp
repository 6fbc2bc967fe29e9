// The rules of an applications file as a whole: its header, and rules across rows.
#include "io/application_rows.h"
#include "io/csv_reader.h"

#include <gtest/gtest.h>

namespace {

const QString header = QStringLiteral("reference,surname,given_names,email,nationalities,"
                                      "received_at,category,reserve_list,education,"
                                      "experience_years,languages,pdf\n");

QString row(const QString& reference, const QString& email, const QString& category = "external",
            const QString& reserveList = {}) {
    return QStringLiteral("%1,Müller,Anna,%2,DE,2025-04-29T10:00:00Z,%3,%4,secondary,4,"
                          "de:native en:C1,anna.pdf\n")
        .arg(reference, email, category, reserveList);
}

sp::ApplicationRows validate(const QString& csv, const QSet<QString>& existing = {}) {
    const sp::CsvTable table = sp::readCsv(csv.toUtf8(), QStringLiteral("apps.csv"));
    EXPECT_TRUE(table.ok());
    return sp::validateApplicationRows(table, QStringLiteral("apps.csv"), existing);
}

std::string describe(const std::vector<sp::ImportProblem>& problems) {
    std::string text;
    for (const auto& problem : problems)
        text += problem.toString().toStdString() + "\n";
    return text;
}

void expectProblem(const sp::ImportProblem& problem, int row, const QString& column,
                   const QString& message) {
    EXPECT_EQ(problem.row, row) << problem.toString().toStdString();
    EXPECT_EQ(problem.column, column) << problem.toString().toStdString();
    EXPECT_TRUE(problem.message.contains(message)) << problem.toString().toStdString();
}

int validCount(const sp::ApplicationRows& rows) {
    return int(
        std::count_if(rows.rows.begin(), rows.rows.end(), [](const auto& r) { return r.valid; }));
}

TEST(ApplicationTable, ReadsColumnsInAnyOrderAndCase) {
    const QString csv = QStringLiteral(
        " PDF ,Languages,EMAIL,Surname,given_names,category,received_at,nationalities,"
        "experience_years,education\r\n"
        "anna.pdf,de:C2 fr:B2,anna@example.eu,Müller,Anna,external,2025-04-29T10:00:00Z,DE,,\r\n");
    const sp::ApplicationRows result = validate(csv);
    ASSERT_TRUE(result.problems.empty()) << describe(result.problems);
    ASSERT_EQ(result.rows.size(), 1u);
    EXPECT_TRUE(result.rows[0].valid);
    EXPECT_EQ(result.rows[0].pdfFileName, QStringLiteral("anna.pdf"));
    EXPECT_EQ(result.rows[0].data.email, QStringLiteral("anna@example.eu"));
    EXPECT_EQ(result.rows[0].data.surname, QStringLiteral("Müller"));
}

TEST(ApplicationTable, NamesEachMissingRequiredColumnAndReadsNoRow) {
    const QString csv = QStringLiteral("surname,given_names,nationalities,received_at,category,"
                                       "education,experience_years,languages\n"
                                       "Müller,Anna,DE,2025-04-29T10:00:00Z,external,,,\n");
    const sp::ApplicationRows result = validate(csv);
    ASSERT_EQ(result.problems.size(), 2u) << describe(result.problems);
    expectProblem(result.problems[0], 1, "email", "the required column \"email\" is missing");
    expectProblem(result.problems[1], 1, "pdf", "the required column \"pdf\" is missing");
    EXPECT_TRUE(result.rows.empty());
}

TEST(ApplicationTable, RefusesADuplicateColumn) {
    QString csv = header;
    csv.replace(QStringLiteral("reference"), QStringLiteral("Email"));
    const sp::ApplicationRows result = validate(csv + row("", "anna@example.eu"));
    ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
    expectProblem(result.problems[0], 1, "email", "appears twice (columns 1 and 4)");
    EXPECT_TRUE(result.rows.empty());
}

TEST(ApplicationTable, IgnoresAnUnknownColumnWithAWarning) {
    QString csv = header;
    csv.replace(QStringLiteral("reserve_list"), QStringLiteral("notes"));
    const sp::ApplicationRows result = validate(csv + row("", "anna@example.eu", "external", "hi"));
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    ASSERT_EQ(result.warnings.size(), 1u);
    expectProblem(result.warnings[0], 1, "notes", "unknown column: ignored");
    EXPECT_EQ(validCount(result), 1);
}

TEST(ApplicationTable, OptionalColumnsMayBeAbsent) {
    const QString csv = QStringLiteral("surname,given_names,email,nationalities,received_at,"
                                       "category,education,experience_years,languages,pdf\n"
                                       "Müller,Anna,anna@example.eu,DE,2025-04-29T10:00:00Z,"
                                       "laureate,,,,anna.pdf\n");
    const sp::ApplicationRows result = validate(csv);
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_TRUE(result.warnings.empty()) << describe(result.warnings); // laureate, no list: later
    EXPECT_EQ(validCount(result), 1);
}

TEST(ApplicationTable, ReportsEveryProblemOfARowWithSpreadsheetRowNumbers) {
    const QString csv = header + row("", "anna@example.eu") + "\n" +
                        QStringLiteral("APP-2,Ivanova,\"Maria\nElena\",maria@@example.eu,BG,"
                                       "2025-04-29T10:00:00,external,,phd,2,bg:native,maria.pdf\n");
    const sp::ApplicationRows result = validate(csv);
    ASSERT_EQ(result.problems.size(), 4u) << describe(result.problems);
    expectProblem(result.problems[0], 4, "given_names", "line break");
    expectProblem(result.problems[1], 4, "email", "not a plausible e-mail address");
    expectProblem(result.problems[2], 4, "received_at", "add a time-zone offset or Z");
    expectProblem(result.problems[3], 4, "education", "unknown education \"phd\"");
    ASSERT_EQ(result.rows.size(), 2u);
    EXPECT_TRUE(result.rows[0].valid);
    EXPECT_FALSE(result.rows[1].valid);
    EXPECT_EQ(result.rows[1].pdfFileName, QStringLiteral("maria.pdf")); // its PDF is checked too
}

TEST(ApplicationTable, RefusesARowWhoseCellsDoNotMatchTheHeader) {
    const sp::ApplicationRows result =
        validate(header + "Müller,Anna,anna@example.eu\n" + row("", "b@example.eu").trimmed() +
                 ",extra\n" + row("", "c@example.eu").trimmed() + ",,\n");
    ASSERT_EQ(result.problems.size(), 2u) << describe(result.problems);
    expectProblem(result.problems[0], 2, "", "the row has 3 cells but the header has 12 columns");
    expectProblem(result.problems[1], 3, "", "the row has 13 cells but the header has 12 columns");
    EXPECT_EQ(validCount(result), 1); // empty cells after the last column are harmless
}

TEST(ApplicationTable, SkipsRowsOfEmptyCells) {
    const sp::ApplicationRows result = validate(header + ",,,,,,,,,,,\n" + row("", "a@example.eu"));
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    ASSERT_EQ(result.rows.size(), 1u);
    EXPECT_EQ(result.rows[0].row, 3);
}

TEST(ApplicationTable, ReferencesAreUniqueInTheFileAndTheCaseFile) {
    const sp::ApplicationRows result = validate(
        header + row("APP-1", "a@example.eu") + row("APP-1", "b@example.eu") +
            row("APP-9", "c@example.eu") + row("", "d@example.eu") + row("", "e@example.eu"),
        {QStringLiteral("APP-9")});
    ASSERT_EQ(result.problems.size(), 2u) << describe(result.problems);
    expectProblem(result.problems[0], 3, "reference",
                  "reference \"APP-1\" is already used in row 2");
    expectProblem(result.problems[1], 4, "reference",
                  "reference \"APP-9\" already exists in the case file");
    EXPECT_EQ(validCount(result), 3);
}

TEST(ApplicationTable, WarnsAboutAReserveListOfANonLaureate) {
    const sp::ApplicationRows result =
        validate(header + row("", "a@example.eu", "laureate", "EPSO/AST/154/22") +
                 row("", "b@example.eu", "institution_official", "EPSO/AST/154/22") +
                 row("", "c@example.eu", "laureate"));
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    ASSERT_EQ(result.warnings.size(), 1u) << describe(result.warnings);
    expectProblem(result.warnings[0], 3, "reserve_list",
                  "the category is institution_official, not laureate");
    EXPECT_EQ(validCount(result), 3);
    EXPECT_EQ(result.rows[1].data.reserveList, QStringLiteral("EPSO/AST/154/22"));
}

} // namespace
