// Members' marks do not leave the panel through the record (issue 15): `record` and
// `export-candidate` follow the one visibility rule the window follows.

#include "io/csv_reader.h"
#include "support/app_runner.h"

#include <QFile>
#include <QRegularExpression>
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

CsvTable recordCsv(const QStringList& args) {
    const auto result = runApp(QStringList{"record"} + args + QStringList{"--csv"});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    return readCsv(result.out, "record.csv");
}

// A mark sheet's text in the record: "preselection: technologies=3 ...; submitted".
bool showsMarks(const QString& text) {
    static const QRegularExpression criterionMark(QStringLiteral("[a-z_]+=\\d"));
    return text.contains(criterionMark);
}

std::vector<CsvRecord> entriesOf(const CsvTable& table, const QString& action) {
    std::vector<CsvRecord> found;
    for (const auto& record : table.records)
        if (column(table, record, "action") == action)
            found.push_back(record);
    return found;
}

} // namespace

class MarkedDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new QTemporaryDir;
        path = dir->filePath("x.selpanel");
        ok({"demo", path, "--candidates", "20", "--members", "3", "--marked"});
    }
    static void TearDownTestSuite() { delete dir; }
    static QTemporaryDir* dir;
    static QString path;
};
QTemporaryDir* MarkedDemo::dir = nullptr;
QString MarkedDemo::path;

TEST_F(MarkedDemo, TheCandidatesRecordCsvKeepsTheSubmissionsButNoMemberMarks) {
    const QString out = dir->filePath("d");
    ok({"export-candidate", path, "APP-0001", "--out", out});
    QFile file(out + "/record.csv");
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const CsvTable table = readCsv(file.readAll(), "record.csv");
    ASSERT_TRUE(table.ok());
    const auto submitted = entriesOf(table, "marks_submitted");
    ASSERT_EQ(submitted.size(), 3u); // one per member
    for (const auto& record : table.records) {
        EXPECT_FALSE(showsMarks(column(table, record, "before")));
        EXPECT_FALSE(showsMarks(column(table, record, "after")))
            << column(table, record, "after").toStdString();
    }
    EXPECT_EQ(column(table, submitted[0], "after"), "(hidden: you may not see these marks)");
}

TEST_F(MarkedDemo, TheRecordWithoutAMemberShowsNoMarks) {
    const CsvTable table = recordCsv({path});
    ASSERT_TRUE(table.ok());
    const size_t submitted = entriesOf(table, "marks_submitted").size();
    EXPECT_GE(submitted, 3u);
    EXPECT_EQ(submitted % 3, 0u); // every marked candidate, by each of the three
    for (const auto& record : table.records)
        EXPECT_FALSE(showsMarks(column(table, record, "after")))
            << column(table, record, "seq").toStdString();
}

TEST_F(MarkedDemo, AMemberWhoHasSubmittedSeesTheOthersMarksForThatCandidate) {
    const CsvTable table = recordCsv({path, "--candidate", "APP-0001", "--as", "member2"});
    const auto submitted = entriesOf(table, "marks_submitted");
    ASSERT_EQ(submitted.size(), 3u);
    for (const auto& record : submitted)
        EXPECT_TRUE(column(table, record, "after").startsWith("preselection: "))
            << column(table, record, "actor").toStdString();
}

TEST_F(MarkedDemo, ReadingAsSomeoneOffThePanelIsRefused) {
    const auto result = runApp({"record", path, "--as", "nobody"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.errText().contains("nobody")) << result.errText().toStdString();
}

TEST(RecordSecrecy, ADraftShowsToItsAuthorOnly) {
    QTemporaryDir dir;
    const QString path = dir.filePath("x.selpanel");
    ok({"demo", path, "--candidates", "3", "--seed", "3", "--members", "3"});
    ok({"decide", path, "APP-0001", "--eligible", "yes", "--reason", "checked", "--by", "chair"});
    ok({"mark", path, "APP-0001", "--stage", "preselection", "--member", "chair", "--criterion",
        "technologies=3", "--comment", "strong on policy"});

    const auto draftIn = [&](const QStringList& args) {
        const CsvTable table = recordCsv(args);
        const auto drafts = entriesOf(table, "marks_saved");
        EXPECT_EQ(drafts.size(), 1u);
        return drafts.empty() ? QString() : column(table, drafts.front(), "after");
    };
    EXPECT_TRUE(draftIn({path, "--as", "chair"}).contains("comment: strong on policy"));
    EXPECT_EQ(draftIn({path, "--as", "member2"}),
              "(hidden: you see the other members' marks once you have submitted yours)");
    EXPECT_EQ(draftIn({path}), "(hidden: you may not see these marks)");
    // --member filters by who acted; it does not read as them.
    EXPECT_EQ(draftIn({path, "--member", "chair"}), "(hidden: you may not see these marks)");
}
