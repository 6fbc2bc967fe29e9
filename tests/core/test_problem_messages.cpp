// Problem messages name file, row and column and quote at most a short excerpt of what was
// typed: never a personal value (names, e-mail, nationalities), never a whole huge cell.

#include "io/application_import.h"
#include "io/builtin_vacancy.h"
#include "io/mark_sheet_csv.h"
#include "pdf/pdf_inspector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;

namespace {

const QStringList columns = {"reference",     "surname",          "given_names", "email",
                             "nationalities", "received_at",      "category",    "reserve_list",
                             "education",     "experience_years", "languages",   "pdf"};
const QStringList valid = {"",
                           "Charalampous",
                           "Christina",
                           "christina@example.eu",
                           "EL",
                           "2025-04-29T10:00:00Z",
                           "external",
                           "",
                           "secondary",
                           "4",
                           "el:native en:C1",
                           "a.pdf"};
constexpr int maxMessage = 200;

struct Imported {
    std::vector<ImportProblem> problems;
    QString csvPath;
};

// Each row is the valid one with one cell replaced.
Imported importRows(const QTemporaryDir& dir, const std::vector<std::pair<int, QString>>& changes,
                    const QString& extraColumn = {}) {
    QByteArray csv = columns.join(',').toUtf8();
    if (!extraColumn.isEmpty())
        csv += ',' + extraColumn.toUtf8();
    csv += '\n';
    for (const auto& [column, value] : changes) {
        QStringList cells = valid;
        cells[column] = value;
        csv += cells.join(',').toUtf8() + (extraColumn.isEmpty() ? "\n" : ",\n");
    }
    const QString path = dir.filePath("applications.csv");
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QDir(dir.path()).mkpath("pdfs");
    return {prepareImport(path, dir.filePath("pdfs"), {}, pdfChecker()).problems, path};
}

// Without the PDF folder's "no such file" for each row.
std::vector<ImportProblem> cellProblems(const Imported& imported) {
    std::vector<ImportProblem> problems;
    for (const auto& problem : imported.problems)
        if (problem.column != "pdf")
            problems.push_back(problem);
    return problems;
}

} // namespace

TEST(ProblemMessages, AHugeCellInAnyColumnGivesAShortMessage) {
    QTemporaryDir dir;
    const QString huge(1'000'000, QLatin1Char('x'));
    std::vector<std::pair<int, QString>> changes;
    for (int column = 0; column < columns.size(); ++column)
        if (columns[column] != "reserve_list")
            changes.push_back({column, huge});
    changes.push_back({3, QString(10'000'000, QLatin1Char('y'))}); // 10 MB, as in the issue
    changes.push_back({10, QStringLiteral("zz:C1 ").repeated(200'000)});
    changes.push_back({4, QStringLiteral("X1;").repeated(300'000)});
    const Imported imported = importRows(dir, changes, QString(100'000, QLatin1Char('h')));
    const int where = int(imported.csvPath.size()) + 10;
    ASSERT_GE(imported.problems.size(), changes.size());
    for (const auto& problem : imported.problems)
        EXPECT_LT(problem.toString().size(), where + maxMessage)
            << problem.toString().left(300).toStdString();
}

TEST(ProblemMessages, PersonalValuesAreNamedByTheirColumnNeverQuoted) {
    QTemporaryDir dir;
    const Imported imported = importRows(dir, {{3, "christina.charalampous@example"},
                                               {4, "Greek;XYZ"},
                                               {3, "christina.charalampous@example.eu;x@y.eu"}});
    const std::vector<ImportProblem> problems = cellProblems(imported);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].toString(),
              imported.csvPath + ":2: email: is not a plausible e-mail address");
    EXPECT_EQ(problems[1].column, "nationalities");
    EXPECT_TRUE(problems[1].message.contains("entries 1, 2")) << problems[1].message.toStdString();
    for (const auto& problem : problems)
        for (const char* personal : {"christina", "charalampous", "Greek", "XYZ"})
            EXPECT_FALSE(problem.toString().contains(personal, Qt::CaseInsensitive))
                << problem.toString().toStdString();
}

TEST(ProblemMessages, InvalidUtf8InANameSaysWhereNotWhatPrecedesIt) {
    QTemporaryDir dir;
    const QString path = dir.filePath("applications.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(columns.join(',').toUtf8() + "\nAPP-1,Charalampou\xFF,Christina\n");
    file.close();
    const auto problems = prepareImport(path, dir.path(), {}, pdfChecker()).problems;
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].toString(),
              path + ":2: surname: invalid UTF-8 (byte 0xff at character 12 of the cell): save the "
                     "file as CSV UTF-8");
}

TEST(ProblemMessages, AMarkSheetsHugeCellsGiveShortMessages) {
    const QString huge(10'000'000, QLatin1Char('7'));
    const QByteArray csv = "reference,technologies," + huge.left(50'000).toUtf8() + "\nAPP-0001," +
                           huge.toUtf8() + ",\n" + huge.toUtf8() + ",1,\n";
    const MarkSheetImport imported = readMarkSheetCsv(csv, "sheet.csv", "anna", Stage::Preselection,
                                                      builtinExampleVacancy().criteria);
    ASSERT_EQ(imported.problems.size(), 3u);
    for (const auto& problem : imported.problems)
        EXPECT_LT(problem.toString().size(), maxMessage)
            << problem.toString().left(300).toStdString();
    EXPECT_EQ(imported.problems[1].toString(),
              "sheet.csv:2: technologies: '7777777777777777777…' is not a whole number");
    EXPECT_EQ(imported.problems[2].toString(),
              "sheet.csv:3: reference: longer than 40 characters: not a candidate reference");
}
