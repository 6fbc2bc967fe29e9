#include "io/application_import.h"
#include "pdf/pdf_inspector.h"
#include "support/case_fixtures.h"
#include "support/test_paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString header = QStringLiteral("reference,surname,given_names,email,nationalities,"
                                      "received_at,category,reserve_list,education,"
                                      "experience_years,languages,pdf\n");

QString row(const QString& email, const QString& pdf, const QString& reference = {}) {
    return QStringLiteral("%1,Müller,Anna,%2,DE,2025-04-29T10:00:00Z,external,,secondary,4,"
                          "de:native en:C1,%3\n")
        .arg(reference, email, pdf);
}

QByteArray sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

std::string describe(const std::vector<sp::ImportProblem>& problems) {
    std::string text;
    for (const auto& problem : problems)
        text += problem.toString().toStdString() + "\n";
    return text;
}

void expectProblem(const sp::ImportProblem& problem, int row, const QString& column,
                   const QString& message) {
    EXPECT_EQ(problem.row, row) << problem.toString().toStdString();
    EXPECT_EQ(problem.column, column) << problem.toString().toStdString();
    EXPECT_TRUE(problem.message.contains(message)) << problem.toString().toStdString();
}

class PrepareImport : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("pdfs"))); }

    QString pdfDir() const { return dir.filePath(QStringLiteral("pdfs")); }

    QByteArray writePdf(const QString& name, const QByteArray& bytes) {
        QFile file(QDir(pdfDir()).filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return bytes;
    }

    QString writeCsv(const QByteArray& bytes) {
        const QString path = dir.filePath(QStringLiteral("applications.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    sp::ImportPlan run(const QString& csvPath, const sp::ExistingApplications& existing = {}) {
        return sp::prepareImport(csvPath, pdfDir(), existing, sp::pdfChecker());
    }

    QTemporaryDir dir;
};

TEST_F(PrepareImport, PreparesEveryApplicationOfAValidFileWithItsPdf) {
    const QByteArray first = writePdf("papadopoulou.pdf", sp::test::makePdf(1, "Papadopoulou"));
    const QByteArray second = writePdf("ivanova.pdf", sp::test::makePdf(2, "Ivanova"));
    const QByteArray third = writePdf("muller.pdf", sp::test::makePdf(3, "Müller"));
    const QString csv = sp::test::dataDir() + QStringLiteral("/import/applications.csv");

    const sp::ImportPlan plan = run(csv);

    EXPECT_TRUE(plan.problems.empty()) << describe(plan.problems);
    EXPECT_TRUE(plan.warnings.empty()) << describe(plan.warnings);
    EXPECT_TRUE(plan.duplicates.empty());
    ASSERT_EQ(plan.valid.size(), 3u);
    const QByteArray pdfs[] = {first, second, third};
    for (int i = 0; i < 3; ++i) {
        const sp::PreparedApplication& application = plan.valid[i];
        EXPECT_EQ(application.row, i + 2);
        EXPECT_EQ(application.pdf.pageCount, i + 1);
        EXPECT_EQ(application.pdf.size, pdfs[i].size());
        EXPECT_EQ(application.pdf.sha256Hex, sha256(pdfs[i]));
        EXPECT_EQ(application.pdfBytes, pdfs[i]);
    }
    EXPECT_EQ(plan.valid[0].pdfFileName, QStringLiteral("papadopoulou.pdf"));
    EXPECT_EQ(plan.valid[0].data.nationalities, QStringList({"EL", "CY"}));
    EXPECT_TRUE(plan.valid[0].data.reference.isEmpty()); // the case file will number it
    EXPECT_EQ(plan.valid[1].data.reference, QStringLiteral("APP-0100"));
    EXPECT_EQ(plan.valid[1].data.givenNames, QStringLiteral("Maria, Elena"));
    EXPECT_EQ(plan.valid[2].data.surname, QStringLiteral("Müller-Łukasiewicz"));
    EXPECT_EQ(plan.valid[2].data.receivedAt,
              QDateTime(QDate(2025, 4, 29), QTime(14, 40, 12, 500), Qt::UTC));
}

TEST_F(PrepareImport, SaysWhenTheFileCannotBeRead) {
    const sp::ImportPlan plan = run(dir.filePath(QStringLiteral("missing.csv")));
    ASSERT_EQ(plan.problems.size(), 1u);
    expectProblem(plan.problems[0], 0, "", "cannot read the file");
    EXPECT_TRUE(plan.valid.empty());
}

TEST_F(PrepareImport, RejectsAFileThatIsNotUtf8) {
    const QString text = header + row("anna@example.eu", "anna.pdf");
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const sp::ImportPlan plan = run(writeCsv("\xFF\xFE" + utf16));
    ASSERT_EQ(plan.problems.size(), 1u);
    expectProblem(plan.problems[0], 0, "", "the file is UTF-16; save it as UTF-8");
    EXPECT_TRUE(plan.valid.empty());
}

TEST_F(PrepareImport, SaysWhenThePdfFolderDoesNotExist) {
    const QString csv = writeCsv((header + row("anna@example.eu", "anna.pdf")).toUtf8());
    const sp::ImportPlan plan =
        sp::prepareImport(csv, dir.filePath("nowhere"), {}, sp::pdfChecker());
    ASSERT_EQ(plan.problems.size(), 1u);
    expectProblem(plan.problems[0], 0, "", "the PDF folder");
    EXPECT_TRUE(plan.valid.empty());
}

struct PdfCase {
    const char* name;
    void (*prepare)(const QString& pdfDir); // writes (or not) bad.pdf
    const char* message;
};

class BadPdf : public PrepareImport, public testing::WithParamInterface<PdfCase> {};

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST_P(BadPdf, IsAProblemOfItsRowOnly) {
    GetParam().prepare(pdfDir());
    const QByteArray good = writePdf("good.pdf", sp::test::makePdf(2, "good"));
    const QString csv = writeCsv(
        (header + row("anna@example.eu", "bad.pdf") + row("ben@example.eu", "good.pdf")).toUtf8());

    const sp::ImportPlan plan = run(csv);

    ASSERT_EQ(plan.problems.size(), 1u) << describe(plan.problems);
    expectProblem(plan.problems[0], 2, "pdf", QString::fromUtf8(GetParam().message));
    ASSERT_EQ(plan.valid.size(), 1u);
    EXPECT_EQ(plan.valid[0].row, 3);
    EXPECT_EQ(plan.valid[0].pdf.sha256Hex, sha256(good));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadPdf,
    testing::Values(PdfCase{"missing", [](const QString&) {}, "bad.pdf: no such file in"},
                    PdfCase{"empty", [](const QString& d) { writeFile(d + "/bad.pdf", {}); },
                            "bad.pdf: is empty"},
                    PdfCase{"garbage",
                            [](const QString& d) {
                                writeFile(d + "/bad.pdf", "GIF89a not a pdf at all");
                            },
                            "bad.pdf: is not a PDF"},
                    PdfCase{"truncated",
                            [](const QString& d) {
                                const QByteArray pdf = sp::test::makePdf(2, "cut");
                                writeFile(d + "/bad.pdf", pdf.left(pdf.size() / 2));
                            },
                            "bad.pdf: is damaged"},
                    PdfCase{"password_protected",
                            [](const QString& d) {
                                QFile::copy(sp::test::dataDir() + "/pdf/password-protected.pdf",
                                            d + "/bad.pdf");
                            },
                            "bad.pdf: is password-protected"},
                    PdfCase{"folder", [](const QString& d) { QDir(d).mkdir("bad.pdf"); },
                            "bad.pdf: is not a file inside the PDF folder"},
                    PdfCase{"link_out_of_the_folder",
                            [](const QString& d) {
                                writeFile(d + "/../secret.pdf", sp::test::makePdf(1, "secret"));
                                QFile::link(d + "/../secret.pdf", d + "/bad.pdf");
                            },
                            "bad.pdf: is not a file inside the PDF folder"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(PrepareImport, ReportsThePdfProblemOfAnInvalidRowToo) {
    const QString csv = writeCsv((header + row("not-an-address", "absent.pdf")).toUtf8());
    const sp::ImportPlan plan = run(csv);
    ASSERT_EQ(plan.problems.size(), 2u) << describe(plan.problems);
    expectProblem(plan.problems[0], 2, "email", "is not a plausible e-mail address");
    expectProblem(plan.problems[1], 2, "pdf", "absent.pdf: no such file");
    EXPECT_TRUE(plan.valid.empty());
}

TEST_F(PrepareImport, WarnsAboutProbableDuplicatesInTheFile) {
    const QByteArray same = sp::test::makePdf(1, "same");
    writePdf("a.pdf", same);
    writePdf("copy-of-a.pdf", same);
    writePdf("c.pdf", sp::test::makePdf(1, "other"));
    const QString csv =
        writeCsv((header + row("anna@example.eu", "a.pdf") +
                  row("ben@example.eu", "copy-of-a.pdf") + row("Anna@Example.EU", "c.pdf"))
                     .toUtf8());

    const sp::ImportPlan plan = run(csv);

    EXPECT_TRUE(plan.problems.empty()) << describe(plan.problems);
    EXPECT_EQ(plan.valid.size(), 3u); // duplicates are imported, and flagged
    ASSERT_EQ(plan.warnings.size(), 2u) << describe(plan.warnings);
    expectProblem(plan.warnings[0], 3, "pdf", "probable duplicate of row 2 (same PDF)");
    expectProblem(plan.warnings[1], 4, "email",
                  "probable duplicate of row 2 (same e-mail address)");
    ASSERT_EQ(plan.duplicates.size(), 2u);
    EXPECT_EQ(plan.duplicates[0].row, 3);
    EXPECT_EQ(plan.duplicates[0].otherRow, 2);
    EXPECT_EQ(plan.duplicates[0].reason, QStringLiteral("same PDF (SHA-256)"));
    EXPECT_EQ(plan.duplicates[1].row, 4);
    EXPECT_EQ(plan.duplicates[1].otherRow, 2);
    EXPECT_EQ(plan.duplicates[1].reason, QStringLiteral("same e-mail address"));
}

TEST_F(PrepareImport, WarnsAboutProbableDuplicatesOfExistingApplications) {
    const QByteArray known = writePdf("a.pdf", sp::test::makePdf(1, "known"));
    writePdf("b.pdf", sp::test::makePdf(1, "new"));
    sp::ExistingApplications existing;
    existing.referenceBySha256.insert(sha256(known), QStringLiteral("APP-0003"));
    existing.referenceByEmail.insert(QStringLiteral("ben@example.eu"), QStringLiteral("APP-0007"));
    const QString csv = writeCsv(
        (header + row("anna@example.eu", "a.pdf") + row("Ben@example.eu", "b.pdf")).toUtf8());

    const sp::ImportPlan plan = run(csv, existing);

    EXPECT_TRUE(plan.problems.empty()) << describe(plan.problems);
    EXPECT_EQ(plan.valid.size(), 2u);
    ASSERT_EQ(plan.warnings.size(), 2u) << describe(plan.warnings);
    expectProblem(plan.warnings[0], 2, "pdf",
                  "probable duplicate of application APP-0003 (same PDF)");
    expectProblem(plan.warnings[1], 3, "email",
                  "probable duplicate of application APP-0007 (same e-mail address)");
    ASSERT_EQ(plan.duplicates.size(), 2u);
    EXPECT_EQ(plan.duplicates[0].otherRow, 0);
    EXPECT_EQ(plan.duplicates[0].otherReference, QStringLiteral("APP-0003"));
    EXPECT_EQ(plan.duplicates[1].otherReference, QStringLiteral("APP-0007"));
}

TEST_F(PrepareImport, RefusesAReferenceTheCaseFileAlreadyHas) {
    writePdf("a.pdf", sp::test::makePdf(1, "a"));
    sp::ExistingApplications existing;
    existing.references.insert(QStringLiteral("APP-0001"));
    const QString csv = writeCsv((header + row("anna@example.eu", "a.pdf", "APP-0001")).toUtf8());
    const sp::ImportPlan plan = run(csv, existing);
    ASSERT_EQ(plan.problems.size(), 1u) << describe(plan.problems);
    expectProblem(plan.problems[0], 2, "reference", "already exists in the case file");
    EXPECT_TRUE(plan.valid.empty());
}

} // namespace
