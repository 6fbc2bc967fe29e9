// An application PDF over the documented limit (200 MB) is refused from its size, row by row,
// before a byte of it is read: a 4 GiB file no longer takes 4 GB of memory.

#include "io/application_import.h"
#include "pdf/pdf_inspector.h"
#include "support/app_runner.h"
#include "support/case_fixtures.h"
#include "support/test_paths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace sp;
using namespace sp::test;

namespace {

const QString validRow =
    QStringLiteral(",Müller,Anna,anna.mueller@example.eu,DE,2025-04-29T10:00:00Z,external,,"
                   "secondary,4,de:native en:C1,small.pdf");
const QString bigRow =
    QStringLiteral(",Ivanova,Maria,maria.ivanova@example.eu,BG,2025-04-29T10:00:00Z,external,,"
                   "secondary,4,bg:native en:C1,big.pdf");

long peakMemoryKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

class PdfSizeLimit : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QDir(dir.path()).mkpath("pdfs"));
        QFile small(pdfs() + "/small.pdf");
        ASSERT_TRUE(small.open(QIODevice::WriteOnly));
        small.write(makePdf(1, "Müller"));
        small.close();
        // Sparse: no disk space, and nothing in memory unless someone reads it.
        QFile big(pdfs() + "/big.pdf");
        ASSERT_TRUE(big.open(QIODevice::WriteOnly));
        ASSERT_TRUE(big.resize(maxApplicationPdfBytes + 1));
        big.close();
        csv = writeCsv(dir.path(), "applications.csv", {validRow, bigRow});
    }

    QString pdfs() const { return dir.filePath("pdfs"); }

    QTemporaryDir dir;
    QString csv;
};

} // namespace

TEST_F(PdfSizeLimit, ALargerPdfIsRefusedForItsRowWithoutBeingRead) {
    int checked = 0;
    const PdfChecker counting = [&checked](const QByteArray& bytes) {
        ++checked;
        return pdfChecker()(bytes);
    };
    const long memoryBefore = peakMemoryKb();
    QElapsedTimer timer;
    timer.start();

    const ImportPlan plan = prepareImport(csv, pdfs(), {}, counting);

    EXPECT_LT(timer.elapsed(), 2000) << "reading 200 MB would take longer";
    EXPECT_LT(peakMemoryKb() - memoryBefore, 50 * 1024) << "the big PDF was read into memory";
    EXPECT_EQ(checked, 1) << "only the small PDF is opened";
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0].toString(),
              csv + ":3: pdf: big.pdf: is 201 MB, larger than the 200 MB an application PDF "
                    "may have");
    ASSERT_EQ(plan.valid.size(), 1u);
    EXPECT_EQ(plan.valid[0].pdfFileName, "small.pdf");
}

TEST_F(PdfSizeLimit, TheImportCommandImportsNothingOrOnlyTheOtherRows) {
    const QString path = dir.filePath("case.selpanel");
    ASSERT_EQ(runApp({"new", path, "--vacancy", exampleVacancy()}).exitCode, 0);

    const auto refused = runApp({"import", path, csv, "--pdf-dir", pdfs()});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains("applications.csv:3: pdf: big.pdf: is 201 MB, larger "
                                           "than the 200 MB an application PDF may have"))
        << refused.errText().toStdString();
    const QString none = runApp({"candidates", path}).outText();
    EXPECT_FALSE(none.contains("Müller") || none.contains("Ivanova")) << none.toStdString();

    const auto skipped = runApp({"import", path, csv, "--pdf-dir", pdfs(), "--skip-invalid"});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.errText().toStdString();
    const QString listed = runApp({"candidates", path}).outText();
    EXPECT_TRUE(listed.contains("Müller"));
    EXPECT_FALSE(listed.contains("Ivanova"));
}
