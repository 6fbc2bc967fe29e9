#pragma once

#include "domain/application.h"
#include "io/csv_reader.h"
#include "io/import_problem.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// The columns of an applications CSV file, matched case-insensitively and in any order.
// Optional columns: reference, reserve_list; every other one is required.
const QStringList& applicationColumns();
const QStringList& requiredApplicationColumns();

// A row of the file, as far as it could be read; its PDF has not been opened yet.
struct ApplicationRow {
    int row = 0;
    bool valid = false; // every field is valid: `data` is complete
    ApplicationData data;
    QString pdfFileName; // empty when the pdf cell is not a valid name
};

struct ApplicationRows {
    // Every row with data, valid or not, so that the PDF of an invalid row can be checked too
    // and all of its problems reported at once.
    std::vector<ApplicationRow> rows;
    std::vector<ImportProblem> problems; // header problems (header row), then every problem of
                                         // every invalid row, in row order
    std::vector<ImportProblem> warnings; // ignored columns, reserve list of a non-laureate
};

// Validates every record of a parsed applications file. A missing required column or a
// duplicate column stops there (no row is validated). Rows whose cells are all blank are
// skipped. A reference must be unique in the file and not among `existingReferences`.
ApplicationRows validateApplicationRows(const CsvTable& table, const QString& fileName,
                                        const QSet<QString>& existingReferences);

} // namespace sp
