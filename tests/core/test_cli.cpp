#include "casefile/case_file.h"
#include "support/app_runner.h"
#include "support/older_case_files.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp::test;

namespace {

QStringList csvLines(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST(CommandLine, HelpListsEveryCommandAndEachCommandHasHelp) {
    const auto overview = runApp({"--help"});
    EXPECT_EQ(overview.exitCode, 0);
    for (const char* command : {"new", "import", "candidates", "verify", "demo"}) {
        SCOPED_TRACE(command);
        EXPECT_TRUE(overview.outText().contains(QStringLiteral("  %1 ").arg(command)));
        const auto help = runApp({command, "--help"});
        EXPECT_EQ(help.exitCode, 0);
        EXPECT_TRUE(
            help.outText().startsWith(QStringLiteral("Usage: selection-panel %1").arg(command)))
            << help.out.toStdString();
    }
}

TEST(CommandLine, UnknownCommandsAndMissingArgumentsAreBadInput) {
    EXPECT_EQ(runApp({"--frobnicate"}).exitCode, 2);
    const auto missing = runApp({"new"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.errText().contains("CASE")) << missing.err.toStdString();
    EXPECT_TRUE(missing.out.isEmpty());
}

TEST(CommandLine, NewCreatesACaseFromTheVacancyAndRefusesAnInvalidOne) {
    QTemporaryDir dir;
    const QString path = dir.filePath("clima.selpanel");
    const auto created = runApp({"new", path, "--vacancy", exampleVacancy()});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.outText().contains("CLIMA/COM/2025/814"));

    QFile bad(dir.filePath("bad.json"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"selection-panel/vacancy\", \"format_version\": 1, \"reference\": 5}");
    bad.close();
    const auto refused =
        runApp({"new", dir.filePath("other.selpanel"), "--vacancy", bad.fileName()});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains("reference")) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("other.selpanel")));
}

TEST(CommandLine, DemoImportCandidatesAndVerifyWorkEndToEnd) {
    QTemporaryDir dir;
    const QString demo = dir.filePath("demo.selpanel");
    const QString folder = dir.filePath("demo-input");
    const auto made =
        runApp({"demo", demo, "--candidates", "15", "--seed", "3", "--folder", folder});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();

    const auto listed = runApp({"candidates", demo, "--csv"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = csvLines(listed.out);
    ASSERT_EQ(lines.size(), 16);
    EXPECT_TRUE(
        lines[0].startsWith("reference,surname,given_names,email,nationalities,received_at"));

    // The same applications imported by the secretary into a new case give the same list.
    const QString manual = dir.filePath("manual.selpanel");
    ASSERT_EQ(runApp({"new", manual, "--vacancy", exampleVacancy()}).exitCode, 0);
    const auto imported =
        runApp({"import", manual, folder + "/applications.csv", "--pdf-dir", folder + "/pdfs"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.outText().contains("Imported 15 application(s)"));
    const auto relisted = runApp({"candidates", manual, "--csv"});
    EXPECT_EQ(csvLines(relisted.out).size(), 16);

    const auto verified = runApp({"verify", manual});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.outText().contains("PDFs checked: 15"));
}

TEST(CommandLine, AnInvalidRowStopsTheWholeImportUnlessSkipped) {
    QTemporaryDir dir;
    const QString demo = dir.filePath("demo.selpanel");
    const QString folder = dir.filePath("in");
    ASSERT_EQ(runApp({"demo", demo, "--candidates", "12", "--folder", folder}).exitCode, 0);
    // Break the category of the third data row (row 4 counting the header).
    QFile csv(folder + "/applications.csv");
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(csv.readAll()).split("\r\n");
    csv.close();
    lines[3].replace(
        QRegularExpression(",(external|laureate|commission_official|institution_official),"),
        ",astronaut,");
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write(lines.join("\r\n").toUtf8());
    csv.close();

    const QString target = dir.filePath("target.selpanel");
    ASSERT_EQ(runApp({"new", target, "--vacancy", exampleVacancy()}).exitCode, 0);
    const auto refused = runApp({"import", target, csv.fileName(), "--pdf-dir", folder + "/pdfs"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains("applications.csv:4: category:"))
        << refused.err.toStdString();
    EXPECT_EQ(csvLines(runApp({"candidates", target, "--csv"}).out).size(), 1)
        << "nothing imported";

    const auto skipped =
        runApp({"import", target, csv.fileName(), "--pdf-dir", folder + "/pdfs", "--skip-invalid"});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.errText().contains("applications.csv:4: category:"));
    EXPECT_EQ(csvLines(runApp({"candidates", target, "--csv"}).out).size(), 12);
}

TEST(CommandLine, ThePanelChangesTheGridBeforeFreezingOnly) {
    QTemporaryDir dir;
    const QString path = dir.filePath("grid.selpanel");
    ASSERT_EQ(runApp({"new", path, "--vacancy", exampleVacancy()}).exitCode, 0);
    ASSERT_EQ(
        runApp({"panel", path, "--add", "anna", "--name", "Anna", "--role", "chair"}).exitCode, 0);
    QFile example(exampleVacancy());
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(example.readAll());
    const qsizetype at = json.indexOf(QStringLiteral("\"weight\": "));
    ASSERT_GT(at, 0);
    json.replace(at, 11, QStringLiteral("\"weight\": 7"));
    QFile edited(dir.filePath("edited.json"));
    ASSERT_TRUE(edited.open(QIODevice::WriteOnly));
    edited.write(json.toUtf8());
    edited.close();

    const auto changed = runApp({"grid", path, "--load", edited.fileName(), "--member", "anna"});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_TRUE(runApp({"grid", path}).outText().contains("weight 7"));

    ASSERT_EQ(runApp({"panel", path, "--add", "bo", "--name", "Bo", "--role", "member"}).exitCode,
              0);
    const auto frozen = runApp({"freeze", path, "--member", "anna"});
    ASSERT_EQ(frozen.exitCode, 0) << frozen.err.toStdString();
    const auto refused = runApp({"grid", path, "--load", exampleVacancy(), "--member", "anna"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(runApp({"grid", path}).outText().contains("weight 7"));
}

TEST(CommandLine, UpgradeBringsAnOlderCaseFileUpForReadOnlyCommands) {
    QTemporaryDir dir;
    const QString path = dir.filePath("old.selpanel");
    ASSERT_EQ(runApp({"demo", path, "--candidates", "4", "--seed", "2"}).exitCode, 0);
    sp::test::downgradeToVersion6(path);
    {
        // What version 5 of the program left: no index of the sheets by candidate.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP INDEX mark_sheet_candidate")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    const auto refused = runApp({"status", path});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.errText().contains("selection-panel upgrade"))
        << refused.errText().toStdString();

    const auto upgraded = runApp({"upgrade", path});
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    const QString current = QString::number(sp::CaseFile::currentSchemaVersion());
    EXPECT_TRUE(upgraded.outText().contains("upgraded from case file version 5 to " + current))
        << upgraded.outText().toStdString();
    const auto status = runApp({"status", path});
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(
        runApp({"upgrade", path}).outText().contains("already at case file version " + current));
    EXPECT_EQ(runApp({"verify", path}).exitCode, 0);
}
