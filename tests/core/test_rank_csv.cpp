// `rank --csv` lists the whole ranking of a stage, row for row as the case file ranks it, with
// each candidate's names from the case file and status from the shortlist.

#include "casefile/case_file.h"
#include "io/csv_reader.h"
#include "support/app_runner.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

QString expectedStatus(const Shortlist& shortlist, const RankedCandidate& ranked) {
    const ShortlistEntry* entry = shortlist.entry(ranked.candidate);
    if (entry && entry->invited)
        return QStringLiteral("invited");
    return ranked.complete ? QStringLiteral("not invited") : QStringLiteral("incomplete");
}

} // namespace

TEST(RankCsv, EveryRankedCandidateInOrderWithNamesAndShortlistStatus) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    const auto demo = runApp({"demo", path, "--candidates", "80", "--minimal-pdfs", "--members",
                              "3", "--marked", "--seed", "5"});
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();

    const auto ranked = runApp({"rank", path, "--stage", "preselection", "--csv"});
    ASSERT_EQ(ranked.exitCode, 0) << ranked.errText().toStdString();
    const CsvTable table = readCsv(ranked.out, "rank.csv");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header.join(','),
              "rank,tied,reference,surname,given_names,email,tier,total,status");

    const auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const std::vector<RankedCandidate> ranking = caseFile->results().ranking(Stage::Preselection);
    const Shortlist shortlist = caseFile->results().shortlist();
    ASSERT_EQ(table.records.size(), ranking.size());
    ASSERT_GT(ranking.size(), 50u);
    int invited = 0;
    int notInvited = 0;
    for (size_t i = 0; i < ranking.size(); ++i) {
        const RankedCandidate& expected = ranking[i];
        const QStringList& cells = table.records[i].cells;
        const auto candidate = caseFile->applications().candidate(expected.candidate);
        ASSERT_TRUE(candidate);
        ASSERT_EQ(cells.size(), 9) << i;
        EXPECT_EQ(cells[0], expected.rank ? QString::number(*expected.rank) : QString()) << i;
        EXPECT_EQ(cells[1], expected.tied ? "yes" : "") << i;
        EXPECT_EQ(cells[2], expected.candidate) << i;
        EXPECT_EQ(cells[3], candidate->application.surname) << i;
        EXPECT_EQ(cells[4], candidate->application.givenNames) << i;
        EXPECT_EQ(cells[5], candidate->application.email) << i;
        EXPECT_EQ(cells[6], expected.tierLabel) << i;
        EXPECT_EQ(cells[7], expected.complete && expected.total
                                ? QString::number(*expected.total, 'f', 2)
                                : QString())
            << i;
        const QString status = expectedStatus(shortlist, expected);
        EXPECT_EQ(cells[8], status) << i;
        invited += status == "invited";
        notInvited += status == "not invited";
    }
    EXPECT_GT(invited, 0);
    EXPECT_GT(notInvited, 0);

    // The table shows the same rows.
    const auto shown = runApp({"rank", path, "--stage", "preselection"});
    ASSERT_EQ(shown.exitCode, 0);
    const QStringList lines = shown.outText().split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), qsizetype(ranking.size()));
    for (size_t i = 0; i < ranking.size(); ++i)
        EXPECT_TRUE(lines[qsizetype(i)].contains(ranking[i].candidate)) << i;
}
