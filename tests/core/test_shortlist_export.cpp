// The HR export: consolidated results only, CSV that a spreadsheet reads safely.

#include "io/csv_reader.h"
#include "io/output_file.h"
#include "io/shortlist_export.h"
#include "marking_fixture.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

const Stage pre = Stage::Preselection;
const QString injected = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");

// Two candidates, one with an injected surname; distinctive marks: chair 4, anna 1, bruno 1 on
// every criterion, so each member's own total (48, 12, 12) differs from the mean's (24).
struct ExportCase : MarkingCase {
    ExportCase()
        : MarkingCase({{injected, "Mallory", "laureate"}, {"Müller", "Jürgen"}}, true,
                      [](Grid& g) { g.thresholds.interviewBestN = 2; }) {
        markAll(refs[0], pre, 4, 1, 1);
        markAll(refs[1], pre, 3, 3, 3);
        markAll(refs[0], Stage::Interview, 4, 1, 1); // 40, 10, 10 -> mean 20: not suitable
        markAll(refs[1], Stage::Interview, 3, 3, 3); // 30: suitable
        file->results().recommend(refs[1], "chair", {});
    }
};

CsvTable parsed(const QByteArray& bytes) {
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 byte-order mark for Excel";
    CsvTable table = readCsv(bytes, "export.csv");
    EXPECT_TRUE(table.ok());
    return table;
}

const QStringList header = {"rank",  "tied", "reference", "surname", "given_names",
                            "email", "tier", "total",     "status"};

} // namespace

TEST(ShortlistExport, PreselectionListsTheInvitedWithConsolidatedTotalsOnly) {
    ExportCase c;
    const auto rows =
        preselectionExport(c.file->results().ranking(pre), c.file->results().shortlist(),
                           c.file->applications().candidates());
    const CsvTable table = parsed(shortlistExportCsv(rows));
    EXPECT_EQ(table.header, header);
    ASSERT_EQ(table.records.size(), 2u);
    // The laureate (tier 3) comes before the external candidate (tier 4) whatever the totals.
    EXPECT_EQ(table.records[0].cells,
              (QStringList{"1", "", c.refs[0], "'" + injected, "Mallory", "person1@example.eu",
                           "3 Laureate", "24.00", "invited"}));
    EXPECT_EQ(table.records[1].cells[2], c.refs[1]);
    EXPECT_EQ(table.records[1].cells[7], "36.00");
}

TEST(ShortlistExport, NoMembersIndividualMarkInAnyStage) {
    ExportCase c;
    const auto candidates = c.file->applications().candidates();
    const auto final = c.file->results().finalRanking();
    const std::vector<std::vector<ShortlistExportRow>> exports = {
        preselectionExport(c.file->results().ranking(pre), c.file->results().shortlist(),
                           candidates),
        interviewExport(final, candidates),
        finalExport(final, c.file->results().recommendation().recorded->candidate, candidates)};
    const QStringList individual = {"48", "12", "40", "10", "48.00", "12.00", "40.00", "10.00"};
    for (const auto& rows : exports) {
        const CsvTable table = parsed(shortlistExportCsv(rows));
        EXPECT_EQ(table.header, header) << "no criterion or member column";
        for (const auto& record : table.records)
            for (const auto& cell : record.cells)
                EXPECT_FALSE(individual.contains(cell)) << cell.toStdString();
    }
}

TEST(ShortlistExport, InterviewAndFinalStatuses) {
    ExportCase c;
    const auto candidates = c.file->applications().candidates();
    const auto interview = interviewExport(c.file->results().finalRanking(), candidates);
    ASSERT_EQ(interview.size(), 2u);
    EXPECT_EQ(interview[0].status, "not suitable");
    EXPECT_EQ(interview[1].status, "suitable");
    const auto final = finalExport(c.file->results().finalRanking(), c.refs[1], candidates);
    ASSERT_EQ(final.size(), 1u);
    EXPECT_EQ(final[0].status, "recommended");
    EXPECT_EQ(final[0].total, 30.0);
}

TEST(ShortlistExport, TheFileIsReplacedWholeAndNoTemporaryIsLeft) {
    QTemporaryDir dir;
    const QString path = dir.filePath("out.csv");
    writeFileReplacing(path, "first");
    writeFileReplacing(path, "second");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "second");
    EXPECT_FALSE(QFile::exists(path + ".tmp"));
    EXPECT_THROW(writeFileReplacing(dir.filePath("no/such/dir/x.csv"), "x"), Error);
}
