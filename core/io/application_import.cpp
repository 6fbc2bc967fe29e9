#include "io/application_import.h"

#include "io/application_rows.h"
#include "io/csv_reader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sp {

namespace {

const QString pdfColumn = QStringLiteral("pdf");
const QString emailColumn = QStringLiteral("email");
const QString samePdf = QStringLiteral("same PDF (SHA-256)");
const QString sameEmail = QStringLiteral("same e-mail address");
// A PDF's name as messages show it: long enough for a real file name, short for a huge cell.
constexpr int pdfNameCharacters = 60;

QString pdfName(const QString& name) {
    return excerpt(name, pdfNameCharacters);
}

// Reads the file and validates its rows; the raw bytes are released on return.
ApplicationRows readApplicationRows(const QString& csvPath, const ExistingApplications& existing) {
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        ApplicationRows out;
        out.problems.push_back(ImportProblem::of(
            csvPath, 0, {},
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "cannot read the file: %1"),
                        file.errorString())));
        return out;
    }
    const CsvTable table = readCsv(file.readAll(), csvPath);
    if (!table.ok()) {
        ApplicationRows out;
        out.problems = table.problems;
        return out;
    }
    return validateApplicationRows(table, csvPath, existing.references);
}

// Whole megabytes, rounded up: a file just over the limit does not read as the limit.
qint64 megabytes(qint64 bytes) {
    return (bytes + 999'999) / 1'000'000;
}

class PdfStage {
public:
    PdfStage(const QString& csvPath, const QString& pdfDir, const ExistingApplications& existing,
             const PdfChecker& checkPdf, ImportPlan& plan)
        : csvPath_(csvPath), folder_(pdfDir), existing_(existing), checkPdf_(checkPdf),
          plan_(plan) {}

    // Checks the PDF of every row that names one, so that an invalid row gets all its problems
    // at once; only a valid row with a readable PDF becomes a prepared application.
    void prepare(ApplicationRow&& row) {
        if (row.pdfFileName.isEmpty())
            return;
        QByteArray bytes;
        if (!readPdf(row, bytes))
            return;
        const auto checked = checkPdf_(bytes);
        if (const auto* why = std::get_if<QString>(&checked)) {
            // core/pdf's words, not translated yet.
            problem(row.row, Problem::of("%1: %2", pdfName(row.pdfFileName), *why));
            return;
        }
        if (!row.valid)
            return;
        PreparedApplication prepared{row.row, std::move(row.data), row.pdfFileName, {}, {}};
        prepared.pdf.pageCount = std::get<int>(checked);
        prepared.pdf.size = bytes.size();
        // Hashed on another core while the next PDF is read and checked: at 2,000 applications
        // hashing is a third of the import. (The bytes are shared, not copied.)
        hashes_.push_back(QtConcurrent::run([bytes] {
            return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        }));
        prepared.pdfBytes = std::move(bytes);
        plan_.valid.push_back(std::move(prepared));
    }

    // Once every row is prepared: the hashes, and the duplicates they reveal, in row order.
    void finish() {
        for (size_t i = 0; i < hashes_.size(); ++i) {
            plan_.valid[i].pdf.sha256Hex = hashes_[i].result();
            flagDuplicates(plan_.valid[i]);
        }
        hashes_.clear();
    }

    // Hashing still running when an import is cancelled is waited for, not left behind.
    ~PdfStage() {
        for (auto& hash : hashes_)
            hash.waitForFinished();
    }

private:
    bool readPdf(const ApplicationRow& row, QByteArray& bytes) {
        const QFileInfo info(folder_.filePath(row.pdfFileName));
        if (!info.exists()) {
            problem(row.row, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: no such file in %2"),
                                         pdfName(row.pdfFileName),
                                         QDir::toNativeSeparators(folder_.path())));
            return false;
        }
        // A symbolic link could still lead out of the folder.
        const QString folder = folder_.canonicalPath() + QLatin1Char('/');
        if (!info.isFile() || !info.canonicalFilePath().startsWith(folder)) {
            problem(row.row,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: is not a file inside the PDF "
                                                                 "folder"),
                                pdfName(row.pdfFileName)));
            return false;
        }
        if (info.size() > maxApplicationPdfBytes) {
            problem(row.row, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                           "%1: is %2 MB, larger than the %3 MB "
                                                           "an application PDF may have"),
                                         pdfName(row.pdfFileName), megabytes(info.size()),
                                         megabytes(maxApplicationPdfBytes)));
            return false;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            problem(row.row, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot be read: %2"),
                                         pdfName(row.pdfFileName), file.errorString()));
            return false;
        }
        bytes = file.readAll();
        return true;
    }

    void flagDuplicates(const PreparedApplication& prepared) {
        const QString emailKey = prepared.data.email.toLower();
        const QByteArray& sha = prepared.pdf.sha256Hex;
        if (existing_.referenceBySha256.contains(sha))
            flag(prepared.row, 0, existing_.referenceBySha256.value(sha), samePdf);
        if (rowBySha_.contains(sha))
            flag(prepared.row, rowBySha_.value(sha), {}, samePdf);
        else
            rowBySha_.insert(sha, prepared.row);
        if (existing_.referenceByEmail.contains(emailKey))
            flag(prepared.row, 0, existing_.referenceByEmail.value(emailKey), sameEmail);
        if (rowByEmail_.contains(emailKey))
            flag(prepared.row, rowByEmail_.value(emailKey), {}, sameEmail);
        else
            rowByEmail_.insert(emailKey, prepared.row);
    }

    void flag(int row, int otherRow, const QString& otherReference, const QString& reason) {
        plan_.duplicates.push_back({row, otherRow, otherReference, reason});
        const Problem other =
            otherRow > 0
                ? Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "row %1"), otherRow)
                : Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "application %1"), otherReference);
        const Problem shortReason =
            reason == samePdf ? Problem{QT_TRANSLATE_NOOP("sp::Problem", "same PDF")}
                              : Problem{QT_TRANSLATE_NOOP("sp::Problem", "same e-mail address")};
        plan_.warnings.push_back(
            ImportProblem::of(csvPath_, row, reason == samePdf ? pdfColumn : emailColumn,
                              {QT_TRANSLATE_NOOP("sp::Problem", "probable duplicate of %1 (%2)"),
                               {},
                               {},
                               {other, shortReason}}));
    }

    void problem(int row, Problem message) {
        plan_.problems.push_back(ImportProblem::of(csvPath_, row, pdfColumn, std::move(message)));
    }

    QString csvPath_;
    QDir folder_;
    const ExistingApplications& existing_;
    const PdfChecker& checkPdf_;
    ImportPlan& plan_;
    std::vector<QFuture<QByteArray>> hashes_; // of plan_.valid, by index
    QHash<QByteArray, int> rowBySha_;
    QHash<QString, int> rowByEmail_;
};

void sortByRow(std::vector<ImportProblem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
}

} // namespace

ImportPlan prepareImport(const QString& csvPath, const QString& pdfDir,
                         const ExistingApplications& existing, const PdfChecker& checkPdf,
                         const ImportProgress& progress) {
    ImportPlan plan;
    ApplicationRows rows = readApplicationRows(csvPath, existing);
    plan.problems = std::move(rows.problems);
    plan.warnings = std::move(rows.warnings);
    if (!rows.rows.empty() && !QFileInfo(pdfDir).isDir()) {
        plan.problems.push_back(ImportProblem::of(
            csvPath, 0, {},
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the PDF folder %1 does not exist"),
                        QDir::toNativeSeparators(pdfDir))));
        return plan;
    }
    PdfStage pdfs(csvPath, pdfDir, existing, checkPdf, plan);
    const int total = static_cast<int>(rows.rows.size());
    for (int done = 0; done < total; ++done) {
        if (progress && !progress(done, total)) {
            plan.cancelled = true;
            plan.valid.clear();
            return plan;
        }
        pdfs.prepare(std::move(rows.rows[done]));
    }
    pdfs.finish();
    if (progress)
        progress(total, total);
    sortByRow(plan.problems);
    sortByRow(plan.warnings);
    return plan;
}

} // namespace sp
