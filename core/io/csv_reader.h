#pragma once

#include "io/import_problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// One record of a CSV file. `row` is the record number as a spreadsheet shows it (the header is
// row 1); a quoted line break does not start a new row, a skipped empty line counts as one.
struct CsvRecord {
    int row = 0;
    QStringList cells;
};

// A parsed CSV file: either header and records, or (when the file cannot be read as CSV) only
// problems, each naming the row and, where known, the column.
struct CsvTable {
    QStringList header;
    int headerRow = 1;              // later than 1 only after leading empty lines
    std::vector<CsvRecord> records; // without the header and without empty lines
    std::vector<ImportProblem> problems;

    bool ok() const { return problems.empty(); }
};

// Parses RFC 4180 CSV encoded as UTF-8: comma separator, fields quoted with " and "" for a quote,
// line breaks inside quotes, CRLF or LF (or CR) line ends, optional final line end, UTF-8
// byte-order marks at the start of the file skipped (cells keep any other U+FEFF as it is). Spaces
// around a quoted field are tolerated. Rejects UTF-16, invalid UTF-8, NUL bytes, unterminated
// quotes and quotes inside unquoted fields. Linear time; never throws. `fileName` only labels the
// problems.
CsvTable readCsv(const QByteArray& bytes, const QString& fileName);

} // namespace sp
