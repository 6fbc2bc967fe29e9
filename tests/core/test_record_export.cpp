// The record from the command line: the whole record as a table, and one candidate's entries
// as CSV for a complaint.

#include "io/csv_reader.h"
#include "support/app_runner.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

void ok(const QStringList& args) {
    const auto result = runApp(args);
    ASSERT_EQ(result.exitCode, 0) << args.join(' ').toStdString() << "\n"
                                  << result.errText().toStdString();
}

QString column(const CsvTable& table, const CsvRecord& record, const QString& name) {
    return record.cells.value(table.header.indexOf(name));
}

} // namespace

class RecordExport : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.filePath("case.selpanel");
        ok({"demo", path, "--candidates", "3", "--seed", "5", "--folder", dir.filePath("f")});
        ok({"decide", path, "APP-0001", "--eligible", "yes", "--reason", "diploma checked", "--by",
            "chair"});
        ok({"decide", path, "APP-0002", "--eligible", "no", "--reason", "=no diploma", "--by",
            "anna"});
    }
    QTemporaryDir dir;
    QString path;
};

TEST_F(RecordExport, OneCandidatesEntriesAsCsvForAComplaint) {
    const auto result = runApp({"record", path, "--candidate", "APP-0002", "--csv"});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const CsvTable table = readCsv(result.out, "record.csv");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header,
              QStringList({"seq", "at_utc", "actor", "action", "candidate", "before", "after"}));
    ASSERT_EQ(table.records.size(), 1u);
    const auto& entry = table.records.front();
    EXPECT_EQ(column(table, entry, "candidate"), "APP-0002");
    EXPECT_EQ(column(table, entry, "actor"), "anna");
    EXPECT_EQ(column(table, entry, "action"), "eligibility_decision");
    EXPECT_TRUE(column(table, entry, "after").contains("no diploma"));
    // A reason starting with "=" would run as a formula in a spreadsheet.
    EXPECT_FALSE(column(table, entry, "after").startsWith("="));
    EXPECT_TRUE(column(table, entry, "at_utc").endsWith("Z"));
}

TEST_F(RecordExport, TheWholeRecordAsATableAndFilteredByMember) {
    const auto all = runApp({"record", path});
    ASSERT_EQ(all.exitCode, 0) << all.errText().toStdString();
    EXPECT_TRUE(all.outText().startsWith("seq"));
    EXPECT_TRUE(all.outText().contains("case_created"));
    EXPECT_TRUE(all.outText().contains("APP-0001"));
    EXPECT_TRUE(all.outText().contains("APP-0002"));

    const auto chair = runApp({"record", path, "--member", "chair", "--csv"});
    ASSERT_EQ(chair.exitCode, 0);
    const CsvTable table = readCsv(chair.out, "record.csv");
    ASSERT_FALSE(table.records.empty());
    for (const auto& record : table.records)
        EXPECT_EQ(column(table, record, "actor"), "chair");
}

TEST_F(RecordExport, AnUnknownCandidateIsRefused) {
    const auto result = runApp({"record", path, "--candidate", "APP-9999"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.errText().contains("APP-9999"));
}
