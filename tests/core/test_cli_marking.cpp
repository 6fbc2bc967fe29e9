// The panel's marking from the command line, end to end: panel, conflict, freeze, mark sheets
// exported and imported, visibility, ranking and the HR export.

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void ok(const QStringList& args) {
    const auto result = runApp(args);
    ASSERT_EQ(result.exitCode, 0) << args.join(' ').toStdString() << "\n"
                                  << result.errText().toStdString();
}

// The member's exported sheet with every criterion marked `mark`.
QByteArray filledSheet(const QByteArray& exported, int mark) {
    const CsvTable table = readCsv(exported, "sheet.csv");
    CsvWriter csv;
    csv.row(table.header);
    for (const auto& record : table.records) {
        for (int i = 0; i < record.cells.size(); ++i) {
            const QString column = table.header[i];
            if (column == "reference" || column == "surname" || column == "given_names" ||
                column == "comment")
                csv.text(record.cells[i]);
            else
                csv.number(static_cast<qint64>(mark));
        }
        csv.endRow();
    }
    return csv.data();
}

} // namespace

TEST(CommandLineMarking, APanelMarksThroughSheetsAndHrGetsConsolidatedResultsOnly) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    ok({"demo", path, "--candidates", "4", "--seed", "3", "--folder", dir.filePath("f")});
    const QStringList refs = {"APP-0001", "APP-0002", "APP-0003", "APP-0004"};
    for (const auto& ref : refs)
        ok({"decide", path, ref, "--eligible", "yes", "--reason", "checked", "--by", "chair"});
    ok({"panel", path, "--add", "chair", "--name", "Clara Chair", "--role", "chair"});
    ok({"panel", path, "--add", "anna", "--name", "Anna Member", "--role", "member"});
    ok({"panel", path, "--add", "bruno", "--name", "Bruno Member", "--role", "member"});
    ok({"panel", path, "--add", "sec", "--name", "Sam Secretary", "--role", "secretary"});
    ok({"conflict", path, "--member", "bruno", "--candidate", "APP-0002", "--nature", "family"});

    const auto early = runApp({"mark", path, "APP-0001", "--stage", "preselection", "--member",
                               "anna", "--criterion", "technologies=3"});
    EXPECT_EQ(early.exitCode, 2);
    EXPECT_TRUE(early.errText().contains("not frozen")) << early.errText().toStdString();
    ok({"freeze", path, "--member", "chair"});
    const auto secretary = runApp({"mark", path, "APP-0001", "--stage", "preselection", "--member",
                                   "sec", "--criterion", "technologies=3"});
    EXPECT_EQ(secretary.exitCode, 2);
    EXPECT_TRUE(secretary.errText().contains("the secretary does not mark"));

    // Bruno's sheet leaves out the candidate he abstains for; a forged row is refused with
    // every other problem, and nothing is imported.
    const QString brunoSheet = dir.filePath("bruno.csv");
    ok({"export-sheet", path, "--member", "bruno", "--stage", "preselection", "--out", brunoSheet});
    const QByteArray exported = readAll(brunoSheet);
    EXPECT_FALSE(exported.contains("APP-0002"));
    const QString forged = dir.filePath("forged.csv");
    writeAll(forged, filledSheet(exported, 2) + "APP-0002,,,1,1,1,1,1,1,\r\n" +
                         "APP-9999,,,1,1,1,1,1,1,\r\n" + "APP-0001,,,9,1,1,1,1,1,\r\n");
    const auto refused =
        runApp({"import-marks", path, forged, "--member", "bruno", "--stage", "preselection"});
    EXPECT_EQ(refused.exitCode, 2);
    const QString errors = refused.errText();
    EXPECT_TRUE(errors.contains("forged.csv:5: reference: ") && errors.contains("abstains"))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains("forged.csv:6: reference: no candidate APP-9999"))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains("forged.csv:7: security_certifications: mark 9 is outside 0..4"))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains("forged.csv:7: reference: APP-0001 appears twice"))
        << errors.toStdString();
    const auto untouched =
        runApp({"marks", path, "APP-0001", "--stage", "preselection", "--member", "bruno"});
    EXPECT_FALSE(untouched.outText().contains("bruno (")) << "all or nothing";

    // Each member imports and submits a distinctive sheet: chair 4, anna 1, bruno 1.
    for (const auto& [member, mark] :
         std::vector<std::pair<QString, int>>{{"chair", 4}, {"anna", 1}, {"bruno", 1}}) {
        const QString sheet = dir.filePath(member + ".csv");
        ok({"export-sheet", path, "--member", member, "--stage", "preselection", "--out", sheet});
        writeAll(sheet, filledSheet(readAll(sheet), mark));
        if (member == "anna") {
            // Before submitting, Anna sees only her own marks.
            ok({"import-marks", path, sheet, "--member", member, "--stage", "preselection"});
            const auto own =
                runApp({"marks", path, "APP-0001", "--stage", "preselection", "--member", "anna"});
            EXPECT_FALSE(own.outText().contains("chair (submitted)"));
            EXPECT_TRUE(own.errText().contains("only after submitting"));
            // The secretary follows each member's progress without seeing any mark.
            const auto midway = runApp({"status", path});
            ASSERT_EQ(midway.exitCode, 0) << midway.errText().toStdString();
            const QString progress = midway.outText();
            EXPECT_TRUE(progress.contains("Eligibility: 4 eligible, 0 not eligible, 0 awaiting"))
                << progress.toStdString();
            EXPECT_TRUE(progress.contains("Grid: frozen")) << progress.toStdString();
            EXPECT_TRUE(progress.contains(
                QRegularExpression("Anna Member +0 of 4 +submitted, 4 draft\\(s\\), 0 abstention")))
                << progress.toStdString();
            EXPECT_TRUE(progress.contains(QRegularExpression(
                "Bruno Member +0 of 3 +submitted, 0 draft\\(s\\), 1 abstention")))
                << progress.toStdString();
            for (const auto& ref : refs)
                ok({"submit", path, ref, "--stage", "preselection", "--member", "anna"});
        } else {
            ok({"import-marks", path, sheet, "--member", member, "--stage", "preselection",
                "--submit"});
        }
    }
    const auto seen =
        runApp({"marks", path, "APP-0001", "--stage", "preselection", "--member", "anna"});
    EXPECT_TRUE(seen.outText().contains("chair (submitted)")) << seen.outText().toStdString();
    EXPECT_TRUE(seen.outText().contains("result: total 24")) << seen.outText().toStdString();
    const auto status = runApp({"status", path});
    EXPECT_TRUE(status.outText().contains("Pre-selection: 4 candidate(s), 4 completely marked"))
        << status.outText().toStdString();
    EXPECT_FALSE(status.outText().contains("total")) << "progress, never marks or totals";
    const auto abstaining =
        runApp({"marks", path, "APP-0002", "--stage", "preselection", "--member", "bruno"});
    EXPECT_EQ(abstaining.exitCode, 2);

    const auto ranked = runApp({"rank", path, "--stage", "preselection", "--csv"});
    ASSERT_EQ(ranked.exitCode, 0) << ranked.errText().toStdString();
    const CsvTable ranking = readCsv(ranked.out, "rank.csv");
    ASSERT_EQ(ranking.records.size(), 4u);
    // Mean 2 x weight 12; for APP-0002, whom Bruno does not mark, the mean of 4 and 1.
    for (const auto& record : ranking.records)
        EXPECT_EQ(record.cells[7], record.cells[2] == "APP-0002" ? "30.00" : "24.00");

    const QString hr = dir.filePath("hr.csv");
    ok({"export-shortlist", path, "--stage", "preselection", "--out", hr});
    const QByteArray bytes = readAll(hr);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvTable table = readCsv(bytes, "hr.csv");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header.join(','), "rank,tied,reference,surname,given_names,email,tier,total,"
                                      "status");
    EXPECT_EQ(table.records.size(), 4u);
    for (const auto& record : table.records) {
        EXPECT_FALSE(record.cells.contains("48.00") || record.cells.contains("12.00"));
        EXPECT_EQ(record.cells[8], "invited");
    }
    EXPECT_FALSE(QFile::exists(hr + ".tmp"));

    const auto noReason = runApp({"reopen", path, "--member", "chair"});
    EXPECT_EQ(noReason.exitCode, 2);
    const auto reopened =
        runApp({"reopen", path, "--member", "chair", "--reason", "a weight was wrong"});
    EXPECT_EQ(reopened.exitCode, 0);
    EXPECT_TRUE(reopened.outText().contains("11 mark sheet(s) discarded"))
        << reopened.outText().toStdString();
}
