// The demo's options for larger test cases: page ranges, placeholder PDFs, a marked panel.
#include "casefile/case_file.h"
#include "demo/demo_candidates.h"
#include "demo/demo_folder.h"
#include "demo/demo_panel.h"
#include "demo/demo_placeholder_pdf.h"
#include "io/application_import.h"
#include "io/builtin_vacancy.h"
#include "pdf/application_pdf_writer.h"
#include "pdf/pdf_inspector.h"
#include "support/app_runner.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace sp;
using sp::test::runApp;

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pagesOf(const QByteArray& pdf) {
    const auto checked = inspectPdf(pdf);
    return std::holds_alternative<int>(checked) ? std::get<int>(checked) : -1;
}

TEST(DemoOptions, WithoutOptionsThePdfsKeepTheProfilesPageCounts) {
    const auto apps = makeDemoApplications(builtinExampleVacancy(), 30, 5);
    const std::vector<int> pages = demoPageCounts(apps, DemoPdfOptions{});
    ASSERT_EQ(pages.size(), apps.size());
    for (size_t i = 0; i < apps.size(); ++i)
        EXPECT_EQ(pages[i], applicationPdfPageCount(apps[i]));
}

TEST(DemoOptions, PageRangeGivesEveryPdfAPageCountWithinIt) {
    QTemporaryDir dir;
    const Vacancy& vacancy = builtinExampleVacancy();
    const auto apps = makeDemoApplications(vacancy, 6, 5);
    DemoPdfOptions options;
    options.minPages = 5;
    options.maxPages = 8;
    writeDemoFolder(dir.path(), apps, vacancy, options);
    QSet<int> seen;
    for (const auto& app : apps) {
        const int pages =
            pagesOf(readFile(dir.filePath(QStringLiteral("pdfs/") + app.pdfFileName)));
        EXPECT_GE(pages, 5) << app.pdfFileName.toStdString();
        EXPECT_LE(pages, 8) << app.pdfFileName.toStdString();
        seen.insert(pages);
    }
    EXPECT_GT(seen.size(), 1) << "the page counts should vary within the range";
}

TEST(DemoOptions, PlaceholderPdfsAreOnePageReadableAndDistinct) {
    const auto apps = makeDemoApplications(builtinExampleVacancy(), 40, 9);
    QSet<QByteArray> distinct;
    for (const auto& app : apps) {
        const QByteArray pdf = placeholderApplicationPdf(app);
        EXPECT_EQ(pagesOf(pdf), 1) << app.data.reference.toStdString();
        distinct.insert(pdf);
    }
    // The demo's duplicate application repeats a person, not a file.
    EXPECT_EQ(distinct.size(), static_cast<qsizetype>(apps.size()));
}

TEST(DemoOptions, PlaceholderFolderImportsWithoutProblems) {
    QTemporaryDir dir;
    const Vacancy& vacancy = builtinExampleVacancy();
    const auto apps = makeDemoApplications(vacancy, 25, 3);
    DemoPdfOptions options;
    options.kind = DemoPdfOptions::Kind::Placeholder;
    writeDemoFolder(dir.path(), apps, vacancy, options);
    const ImportPlan plan = prepareImport(dir.filePath(QStringLiteral("applications.csv")),
                                          dir.filePath(QStringLiteral("pdfs")), {}, pdfChecker());
    EXPECT_TRUE(plan.problems.empty());
    EXPECT_EQ(plan.valid.size(), apps.size());
    for (const auto& duplicate : plan.duplicates)
        EXPECT_NE(duplicate.reason, QStringLiteral("same PDF (SHA-256)"));
}

TEST(DemoOptions, MarkedPanelRanksEveryAdmissibleCandidate) {
    QTemporaryDir dir;
    const Vacancy& vacancy = builtinExampleVacancy();
    const auto apps = makeDemoApplications(vacancy, 20, 11);
    DemoPdfOptions options;
    options.kind = DemoPdfOptions::Kind::Placeholder;
    writeDemoFolder(dir.path(), apps, vacancy, options);
    auto caseFile = CaseFile::create(dir.filePath(QStringLiteral("case.selpanel")), vacancy);
    caseFile->applications().importApplications(
        prepareImport(dir.filePath(QStringLiteral("applications.csv")),
                      dir.filePath(QStringLiteral("pdfs")), {}, pdfChecker()));

    setUpDemoPanel(*caseFile, 4, 11);
    EXPECT_EQ(caseFile->panel().members().size(), 4u);
    EXPECT_EQ(caseFile->panel().gridState(), GridState::Frozen);

    const DemoMarking marking = markDemoCandidates(*caseFile, 11);
    // Twenty candidates include the one received a second after the deadline.
    EXPECT_EQ(marking.decided, 19);
    EXPECT_EQ(marking.sheets, 19 * 4);
    const auto ranking = caseFile->results().ranking(Stage::Preselection);
    ASSERT_EQ(ranking.size(), 19u);
    QSet<double> totals;
    for (const auto& ranked : ranking) {
        EXPECT_TRUE(ranked.complete) << ranked.candidate.toStdString();
        ASSERT_TRUE(ranked.rank.has_value()) << ranked.candidate.toStdString();
        totals.insert(*ranked.total);
    }
    EXPECT_GT(totals.size(), 3) << "the totals should spread";
}

TEST(DemoOptions, CommandLineMakesAMarkedCaseFromAVacancyFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.selpanel"));
    const auto made =
        runApp({"demo", path, "--candidates", "15", "--minimal-pdfs", "--vacancy",
                QStringLiteral(SP_SOURCE_DIR) + QStringLiteral("/tests/bench/bench-vacancy.json"),
                "--members", "3", "--marked"});
    ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
    EXPECT_TRUE(made.outText().contains(QStringLiteral("14 candidates decided eligible, 42 "
                                                       "pre-selection mark sheets submitted")))
        << made.outText().toStdString();
    const auto ranked = runApp({"rank", path, "--stage", "preselection", "--csv"});
    ASSERT_EQ(ranked.exitCode, 0) << ranked.errText().toStdString();
    // A header and one row per ranked candidate.
    EXPECT_EQ(ranked.outText().trimmed().split(QLatin1Char('\n')).size(), 15);
}

TEST(DemoOptions, CommandLineRefusesInconsistentOptions) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.selpanel"));
    EXPECT_EQ(runApp({"demo", path, "--marked"}).exitCode, 2);
    EXPECT_EQ(runApp({"demo", path, "--pages", "2-5"}).exitCode, 2);
    EXPECT_EQ(runApp({"demo", path, "--pages", "9-5"}).exitCode, 2);
    EXPECT_EQ(runApp({"demo", path, "--pages", "5-20", "--minimal-pdfs"}).exitCode, 2);
    EXPECT_EQ(runApp({"demo", path, "--members", "0"}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
