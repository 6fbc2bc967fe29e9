#pragma once

#include "domain/marking_rules.h"
#include "domain/vacancy.h"
#include "io/import_problem.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sp {

// A member's mark sheet as a spreadsheet, to mark offline and import back. Columns:
// reference, surname, given_names, then one column per criterion id of the stage in grid
// order, then comment. An empty mark cell is a criterion not marked yet.

struct MarkSheetLine {
    QString reference;
    QString surname;
    QString givenNames;
    Marks marks; // the member's own marks so far
    QString comment;
};

// The sheet for the member, blank or with their current marks (CSV per RULES.md).
QByteArray markSheetCsv(const std::vector<MarkSheetLine>& lines, Stage stage,
                        const std::vector<Criterion>& criteria);

struct ImportedMarkSheet {
    int row = 0; // as a spreadsheet shows it
    MarkSheet sheet;
};

struct MarkSheetImport {
    std::vector<ImportedMarkSheet> sheets; // without the cells that have a problem
    std::vector<ImportProblem> problems;   // every one, FILE:ROW: COLUMN: message
};

// Reads a filled-in sheet of `member` for `stage`: a column that is neither one of the sheet's
// nor a criterion of the stage, a repeated column or reference, a row without reference, a mark
// that is not a whole number or is out of range (validateMarks). Whether the member may mark
// each candidate is for the case file to say. Names and blank rows are ignored.
MarkSheetImport readMarkSheetCsv(const QByteArray& bytes, const QString& fileName,
                                 const QString& member, Stage stage,
                                 const std::vector<Criterion>& criteria);

} // namespace sp
