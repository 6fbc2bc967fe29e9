#include "pdf/pdf_inspector.h"
#include "support/case_fixtures.h"
#include "support/test_paths.h"

#include <QFile>
#include <gtest/gtest.h>

namespace {

using sp::inspectPdf;
using Result = std::variant<int, QString>;

QString problemOf(const Result& result) {
    const auto* message = std::get_if<QString>(&result);
    return message ? *message : QString();
}

QByteArray validPdf() {
    return sp::test::makePdf(2, QStringLiteral("Curriculum vitae"));
}

TEST(PdfInspector, CountsThePagesOfAValidPdf) {
    EXPECT_EQ(inspectPdf(validPdf()), Result(2));
    EXPECT_EQ(inspectPdf(sp::test::makePdf(1, QStringLiteral("CV"))), Result(1));
    EXPECT_EQ(sp::pdfChecker()(sp::test::makePdf(5, QStringLiteral("CV"))), Result(5));
}

TEST(PdfInspector, AcceptsBytesBeforeTheHeaderAsReadersDo) {
    EXPECT_EQ(inspectPdf(QByteArray("\r\n") + validPdf()), Result(2));
}

// The bytes are made when the test runs: QPdfWriter needs the QGuiApplication of main().
struct BadPdfCase {
    const char* name;
    QByteArray (*bytes)();
    const char* expected;
};

class BadPdf : public testing::TestWithParam<BadPdfCase> {};

TEST_P(BadPdf, SaysWhyItCannotBeRead) {
    const QString problem = problemOf(inspectPdf(GetParam().bytes()));
    EXPECT_TRUE(problem.contains(QLatin1String(GetParam().expected))) << problem.toStdString();
    EXPECT_EQ(problemOf(sp::pdfChecker()(GetParam().bytes())), problem);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadPdf,
    testing::Values(BadPdfCase{"empty", [] { return QByteArray(); }, "is empty"},
                    BadPdfCase{"text", [] { return QByteArray("Dear panel, please find my CV."); },
                               "is not a PDF"},
                    BadPdfCase{"word_document",
                               [] { return QByteArray("PK\x03\x04word/document.xml"); },
                               "is not a PDF"},
                    BadPdfCase{"magic_only", [] { return QByteArray("%PDF-1.7\n"); }, "is damaged"},
                    BadPdfCase{"garbage_after_magic",
                               [] { return QByteArray("%PDF-1.7\n") + QByteArray(4000, '\x9c'); },
                               "is damaged"},
                    BadPdfCase{"truncated_to_half",
                               [] {
                                   const QByteArray pdf = validPdf();
                                   return pdf.left(pdf.size() / 2);
                               },
                               "is damaged"},
                    BadPdfCase{"trailer_cut_off",
                               [] {
                                   const QByteArray pdf = validPdf();
                                   return pdf.left(pdf.size() - 100);
                               },
                               "is damaged"},
                    BadPdfCase{"password_protected",
                               [] {
                                   QFile file(sp::test::dataDir() +
                                              QStringLiteral("/pdf/password-protected.pdf"));
                                   return file.open(QIODevice::ReadOnly) ? file.readAll()
                                                                         : QByteArray();
                               },
                               "is password-protected"}),
    [](const auto& info) { return std::string(info.param.name); });

} // namespace
