#pragma once

#include "domain/application.h"
#include "domain/candidate.h"
#include "io/import_problem.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <variant>
#include <vector>

namespace sp {

// Opens the bytes as a PDF and returns its page count, or a message saying why it cannot be read
// (not a PDF, damaged, password-protected). Supplied by core/pdf so this part needs no QtGui.
using PdfChecker = std::function<std::variant<int, QString>(const QByteArray& bytes)>;

// The largest application PDF imported (200 MB): a larger one is refused from its size alone,
// before a byte is read, since each PDF is held in memory to be checked, hashed and stored.
constexpr qint64 maxApplicationPdfBytes = 200'000'000;

// An application that passed every check and is ready to be written.
struct PreparedApplication {
    int row = 0;          // its row in the CSV file (header = 1)
    ApplicationData data; // reference may be empty: the case file generates one
    QString pdfFileName;  // as written in the CSV, relative to the PDF folder
    QByteArray pdfBytes;
    PdfFacts pdf;
};

// What the case file already holds, for uniqueness and duplicate checks.
struct ExistingApplications {
    QSet<QString> references;
    QHash<QString, QString> referenceByEmail;     // e-mail lower-cased -> reference
    QHash<QByteArray, QString> referenceBySha256; // hex sha -> reference
};

struct ImportPlan {
    QString source;     // the CSV file, recorded with the import
    QString importedBy; // who imports, for the record
    std::vector<PreparedApplication> valid;
    std::vector<ImportProblem> problems; // rows that cannot be imported, and why
    std::vector<ImportProblem> warnings; // probable duplicates, ignored columns: imported anyway
    // Pairs of probable duplicates, by row number in this file or by existing reference:
    // filled in for the case file to record. `rowOrReference` of the earlier one.
    struct Duplicate {
        int row = 0;            // the later row of this file
        int otherRow = 0;       // the earlier row of this file, or 0
        QString otherReference; // or an application already in the case file
        QString reason;
    };
    std::vector<Duplicate> duplicates;
    bool cancelled = false; // the progress callback asked to stop: nothing is valid
};

// Told how many rows' PDFs are checked so far; returns false to cancel. Called on the thread
// that runs prepareImport.
using ImportProgress = std::function<bool(int done, int total)>;

// Reads and validates the whole CSV and every PDF it names before anything is written.
// Problems of the file as a whole (cannot be read, empty, UTF-16, no PDF folder) have row 0;
// header problems (a missing or repeated column) are of row 1. Never throws for bad input.
// A cancelled plan has `cancelled` set and no valid applications.
ImportPlan prepareImport(const QString& csvPath, const QString& pdfDir,
                         const ExistingApplications& existing, const PdfChecker& checkPdf,
                         const ImportProgress& progress = {});

} // namespace sp
