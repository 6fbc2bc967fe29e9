// Very large application PDFs (issue 6): a 1,000-page PDF and a 50 MB PDF are imported through
// the command line as the secretary would, stored whole with their page count, in bounded time.
// The files are made here in a temporary folder, never committed.

#include "casefile/case_file.h"
#include "support/app_runner.h"
#include "support/case_fixtures.h"
#include "support/test_paths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

// Far more than either import takes on a loaded 2-core machine under the sanitizers; a hang in
// the PDF library or the import would pass it.
constexpr int importTimeoutMs = 240'000;

// A one-page PDF showing one uncompressed RGB photo of side x side pixels of noise: a small PDF
// made big by one embedded image, as a scanned application is.
QByteArray pdfWithBigImage(int side) {
    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    std::vector<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
           "/Resources << /XObject << /Photo 4 0 R >> >> /Contents 5 0 R >>");
    QByteArray pixels(qsizetype(side) * side * 3, Qt::Uninitialized);
    QRandomGenerator noise(50);
    noise.fillRange(reinterpret_cast<quint32*>(pixels.data()), pixels.size() / 4);
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(side) + " /Height " +
           QByteArray::number(side) + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length " +
           QByteArray::number(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream");
    const QByteArray drawing("q 595 0 0 842 0 0 cm /Photo Do Q");
    object("<< /Length " + QByteArray::number(drawing.size()) + " >>\nstream\n" + drawing +
           "\nendstream");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

class LargePdf : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("pdfs")));
        ASSERT_EQ(runApp({"new", caseFile(), "--vacancy", exampleVacancy()}).exitCode, 0);
    }

    QString caseFile() const { return dir.filePath(QStringLiteral("case.selpanel")); }

    // Writes the PDF and a one-row applications.csv naming it, imports them with the command
    // line and returns what it said; `elapsedMs` is how long the import took.
    AppResult import(const QString& pdfName, const QByteArray& pdf, qint64& elapsedMs) {
        QFile file(QDir(dir.filePath(QStringLiteral("pdfs"))).filePath(pdfName));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(pdf), pdf.size());
        file.close();
        const QString csv =
            writeCsv(dir.path(), QStringLiteral("applications.csv"),
                     {QStringLiteral(",Müller,Anna,anna.mueller@example.eu,DE,2025-04-29T10:00:00Z,"
                                     "external,,post_secondary,4,de:native en:C1,") +
                      pdfName});
        QElapsedTimer timer;
        timer.start();
        AppResult result =
            runApp({"import", caseFile(), csv, "--pdf-dir", dir.filePath(QStringLiteral("pdfs"))},
                   importTimeoutMs);
        elapsedMs = timer.elapsed();
        return result;
    }

    // The one candidate the import stored, with its PDF exactly as given.
    void expectStored(const QString& pdfName, const QByteArray& pdf, int pages) {
        auto stored = CaseFile::open(caseFile(), CaseFile::Access::ReadOnly);
        const auto candidates = stored->applications().candidates();
        ASSERT_EQ(candidates.size(), 1u);
        EXPECT_EQ(candidates[0].pdfFileName, pdfName);
        EXPECT_EQ(candidates[0].pdf.pageCount, pages);
        EXPECT_EQ(candidates[0].pdf.size, pdf.size());
        EXPECT_TRUE(stored->applications().pdf(candidates[0].id) == pdf)
            << "the stored PDF differs";
        EXPECT_TRUE(stored->verify().ok());
    }

    QTemporaryDir dir;
};

TEST_F(LargePdf, AThousandPagePdfIsStoredWithItsPageCount) {
    const QByteArray pdf = makePdf(1000, QStringLiteral("Curriculum vitae"));
    qint64 elapsedMs = 0;

    const AppResult imported = import(QStringLiteral("thousand-pages.pdf"), pdf, elapsedMs);

    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.outText().contains("Imported 1 application(s)")) << imported.out.data();
    expectStored(QStringLiteral("thousand-pages.pdf"), pdf, 1000);
    RecordProperty("import_ms", int(elapsedMs));
}

TEST_F(LargePdf, AFiftyMegabytePdfIsStoredWhole) {
    const QByteArray pdf = pdfWithBigImage(4096);
    ASSERT_GT(pdf.size(), 50'000'000);
    qint64 elapsedMs = 0;

    const AppResult imported = import(QStringLiteral("scanned.pdf"), pdf, elapsedMs);

    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.outText().contains("Imported 1 application(s)")) << imported.out.data();
    expectStored(QStringLiteral("scanned.pdf"), pdf, 1);
    RecordProperty("import_ms", int(elapsedMs));
}

} // namespace
