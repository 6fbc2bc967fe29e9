#include "io/application_rows.h"
#include "io/csv_reader.h"

#include <QMap>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

const QStringList columns = {"reference",     "surname",          "given_names", "email",
                             "nationalities", "received_at",      "category",    "reserve_list",
                             "education",     "experience_years", "languages",   "pdf"};

// A valid row; each case changes one cell.
QMap<QString, QString> validRow() {
    return {{"reference", "APP-1"},           {"surname", "Papadopoulou"},
            {"given_names", "Eleni"},         {"email", "eleni@example.eu"},
            {"nationalities", "GR;CY"},       {"received_at", "2025-04-30T11:59:59+02:00"},
            {"category", "laureate"},         {"reserve_list", "EPSO/AST/154/22"},
            {"education", "post_secondary"},  {"experience_years", "2.9"},
            {"languages", "el:native en:C1"}, {"pdf", "eleni.pdf"}};
}

QString csvCell(QString value) {
    static const QRegularExpression special(QStringLiteral("[,\"\r\n]"));
    if (!value.contains(special))
        return value;
    return QLatin1Char('"') + value.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString csvLine(const QMap<QString, QString>& row) {
    QStringList cells;
    for (const QString& column : columns)
        cells << csvCell(row.value(column));
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

sp::ApplicationRows validate(const QString& csv, const QSet<QString>& existing = {}) {
    const sp::CsvTable table = sp::readCsv(csv.toUtf8(), QStringLiteral("apps.csv"));
    EXPECT_TRUE(table.ok());
    return sp::validateApplicationRows(table, QStringLiteral("apps.csv"), existing);
}

sp::ApplicationRows validateOne(const QMap<QString, QString>& row) {
    return validate(columns.join(QLatin1Char(',')) + QLatin1Char('\n') + csvLine(row));
}

std::string describe(const std::vector<sp::ImportProblem>& problems) {
    std::string text;
    for (const auto& problem : problems)
        text += problem.toString().toStdString() + "\n";
    return text;
}

struct FieldCase {
    const char* column;
    QString value;
    const char* message; // expected in the one problem of row 2, in this column
};

class InvalidField : public testing::TestWithParam<FieldCase> {};

TEST_P(InvalidField, IsAProblemOfItsRowAndColumn) {
    QMap<QString, QString> row = validRow();
    row[QString::fromLatin1(GetParam().column)] = GetParam().value;
    const sp::ApplicationRows result = validateOne(row);
    ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
    const sp::ImportProblem& problem = result.problems.front();
    EXPECT_EQ(problem.file, QStringLiteral("apps.csv"));
    EXPECT_EQ(problem.row, 2);
    EXPECT_EQ(problem.column, QString::fromLatin1(GetParam().column));
    EXPECT_TRUE(problem.message.contains(QString::fromUtf8(GetParam().message)))
        << problem.toString().toStdString();
    ASSERT_EQ(result.rows.size(), 1u);
    EXPECT_FALSE(result.rows[0].valid);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, InvalidField,
    testing::Values(
        FieldCase{"surname", "", "is required"}, FieldCase{"surname", "   ", "is required"},
        FieldCase{"surname", QString(201, QLatin1Char('x')), "is longer than 200 characters"},
        FieldCase{"given_names", "", "is required"},
        FieldCase{"given_names", "Anna\nMaria", "line break"},
        FieldCase{"email", "", "is required"},
        FieldCase{"email", "eleni.example.eu", "is not a plausible e-mail"},
        FieldCase{"email", "a@b@example.eu", "is not a plausible e-mail address"},
        FieldCase{"email", "eleni@localhost", "is not a plausible e-mail address"},
        FieldCase{"email", "el eni@example.eu", "is not a plausible e-mail address"},
        FieldCase{"email", "@example.eu", "is not a plausible e-mail address"},
        FieldCase{"email", "eleni@.eu", "is not a plausible e-mail address"},
        FieldCase{"nationalities", "GRC", "entry 1: not a 2-letter country code"},
        FieldCase{"nationalities", "FR;D1", "entry 2: not a 2-letter country code"},
        FieldCase{"nationalities", "FR,DE", "entry 1: not a 2-letter country code"},
        FieldCase{"received_at", "", "is required"},
        FieldCase{"received_at", "2025-04-30T11:59:59", "add a time-zone offset or Z"},
        FieldCase{"received_at", "2025-02-30T10:00:00Z", "is not a valid date"},
        FieldCase{"received_at", "2025-04-30T24:00:00Z", "is not a valid date"},
        FieldCase{"received_at", "30/04/2025 11:59", "is not a date and time like 2025-04-30T"},
        FieldCase{"received_at", "2025-04-30T11:59:59+15:00", "invalid time-zone offset"},
        FieldCase{"category", "", "is required"},
        FieldCase{"category", "official", "unknown category \"official\""},
        FieldCase{"education", "university", "unknown education \"university\""},
        FieldCase{"experience_years", "2,9", "write decimals with '.', e.g. 2.9"},
        FieldCase{"experience_years", "61", "must be between 0 and 60"},
        FieldCase{"experience_years", "-1", "must be between 0 and 60"},
        FieldCase{"experience_years", "three", "\"three\" is not a number of years"},
        FieldCase{"languages", "en", "\"en\" is not code:level"},
        FieldCase{"languages", "en:C1 xx:C1", "\"xx\" is not an official EU language code"},
        FieldCase{"languages", "en:C3", "the level must be A1, A2, B1, B2, C1, C2 or native"},
        FieldCase{"languages", "en:C1 EN:B2", "language \"en\" is given twice"},
        FieldCase{"languages", "en:C1,fr:B2", "separate the languages with spaces"},
        FieldCase{"pdf", "", "is required"},
        FieldCase{"pdf", "../eleni.pdf", "must be a file name inside the PDF folder"},
        FieldCase{"pdf", "cvs/../../eleni.pdf", "must be a file name inside the PDF folder"},
        FieldCase{"pdf", "..\\eleni.pdf", "must be a file name inside the PDF folder"},
        FieldCase{"pdf", "/etc/passwd", "must be a file name inside the PDF folder"},
        FieldCase{"pdf", "C:\\cv.pdf", "must be a file name inside the PDF folder"},
        FieldCase{"reference", "APP 1", "\"APP 1\" is not a valid reference"},
        FieldCase{"reference", QString(41, QLatin1Char('A')), "is not a valid reference"}),
    [](const auto& info) { return info.param.column + std::to_string(info.index); });

TEST(ApplicationRows, ReadsEveryFieldOfAValidRow) {
    const sp::ApplicationRows result = validateOne(validRow());
    ASSERT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_TRUE(result.warnings.empty()) << describe(result.warnings);
    ASSERT_EQ(result.rows.size(), 1u);
    const sp::ApplicationRow& row = result.rows[0];
    EXPECT_TRUE(row.valid);
    EXPECT_EQ(row.row, 2);
    EXPECT_EQ(row.pdfFileName, QStringLiteral("eleni.pdf"));
    EXPECT_EQ(row.data.reference, QStringLiteral("APP-1"));
    EXPECT_EQ(row.data.surname, QStringLiteral("Papadopoulou"));
    EXPECT_EQ(row.data.givenNames, QStringLiteral("Eleni"));
    EXPECT_EQ(row.data.email, QStringLiteral("eleni@example.eu"));
    EXPECT_EQ(row.data.nationalities, QStringList({"EL", "CY"}));
    EXPECT_EQ(row.data.receivedAt, QDateTime(QDate(2025, 4, 30), QTime(9, 59, 59), Qt::UTC));
    EXPECT_EQ(row.data.receivedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(row.data.category, sp::Category::Laureate);
    EXPECT_EQ(row.data.reserveList, QStringLiteral("EPSO/AST/154/22"));
    EXPECT_EQ(row.data.education, sp::Education::PostSecondary);
    EXPECT_EQ(row.data.experienceYears, 2.9);
    const std::vector<sp::LanguageSkill> languages = {{"el", sp::CefrLevel::Native},
                                                      {"en", sp::CefrLevel::C1}};
    EXPECT_EQ(row.data.languages, languages);
}

TEST(ApplicationRows, LeavesUnknownOptionalDataEmpty) {
    QMap<QString, QString> row = validRow();
    for (const char* column : {"reference", "nationalities", "reserve_list", "education",
                               "experience_years", "languages"})
        row[QString::fromLatin1(column)].clear();
    const sp::ApplicationRows result = validateOne(row);
    ASSERT_TRUE(result.problems.empty()) << describe(result.problems);
    const sp::ApplicationData& data = result.rows.at(0).data;
    EXPECT_TRUE(data.reference.isEmpty());
    EXPECT_TRUE(data.nationalities.isEmpty());
    EXPECT_FALSE(data.education.has_value());
    EXPECT_FALSE(data.experienceYears.has_value());
    EXPECT_TRUE(data.languages.empty());
}

struct ValueCase {
    const char* column;
    QString value;
    std::function<void(const sp::ApplicationData&)> check;
};

class AcceptedValue : public testing::TestWithParam<ValueCase> {};

TEST_P(AcceptedValue, IsNormalised) {
    QMap<QString, QString> row = validRow();
    row[QString::fromLatin1(GetParam().column)] = GetParam().value;
    const sp::ApplicationRows result = validateOne(row);
    ASSERT_TRUE(result.problems.empty()) << describe(result.problems);
    GetParam().check(result.rows.at(0).data);
}

QDateTime utc(int h, int m, int s, int ms = 0) {
    return QDateTime(QDate(2025, 4, 30), QTime(h, m, s, ms), Qt::UTC);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AcceptedValue,
    testing::Values(
        ValueCase{"surname", "  Παπαδοπούλου-Иванова Ø'Brien ",
                  [](const auto& d) { EXPECT_EQ(d.surname, "Παπαδοπούλου-Иванова Ø'Brien"); }},
        ValueCase{"email", " Eleni@Example.EU ",
                  [](const auto& d) { EXPECT_EQ(d.email, "Eleni@Example.EU"); }},
        ValueCase{"nationalities", " gr ; FR;EL;us;",
                  [](const auto& d) {
                      EXPECT_EQ(d.nationalities, QStringList({"EL", "FR", "US"}));
                  }},
        ValueCase{"received_at", "2025-04-30T09:59:59Z",
                  [](const auto& d) { EXPECT_EQ(d.receivedAt, utc(9, 59, 59)); }},
        ValueCase{"received_at", "2025-04-30T11:59:59.250+02:00",
                  [](const auto& d) { EXPECT_EQ(d.receivedAt, utc(9, 59, 59, 250)); }},
        ValueCase{"received_at", "2025-04-30T08:29:59-01:30",
                  [](const auto& d) { EXPECT_EQ(d.receivedAt, utc(9, 59, 59)); }},
        ValueCase{"category", "Commission_Official",
                  [](const auto& d) { EXPECT_EQ(d.category, sp::Category::CommissionOfficial); }},
        ValueCase{"education", "SECONDARY",
                  [](const auto& d) { EXPECT_EQ(d.education, sp::Education::Secondary); }},
        ValueCase{"experience_years", "0",
                  [](const auto& d) { EXPECT_EQ(d.experienceYears, 0.0); }},
        ValueCase{"experience_years", "60",
                  [](const auto& d) { EXPECT_EQ(d.experienceYears, 60.0); }},
        ValueCase{"languages", " EN:c1   fr:Native ",
                  [](const auto& d) {
                      const std::vector<sp::LanguageSkill> expected = {
                          {"en", sp::CefrLevel::C1}, {"fr", sp::CefrLevel::Native}};
                      EXPECT_EQ(d.languages, expected);
                  }},
        ValueCase{"pdf", "cvs/eleni.pdf",
                  [](const auto&) {}})); // a sub-folder of the PDF folder is inside it

} // namespace
