#pragma once

#include "casefile/workbook_identity.h"
#include "domain/marking_rules.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

// The case file's side of member workbooks (WorkbookRepository::exportWorkbook and its write
// paths).
namespace sp::workbook {

// The workbook's identity kept in its settings ('workbook_of_member', 'workbook_of_case', ...);
// nothing in an ordinary case file.
std::optional<WorkbookIdentity> identityIn(QSqlDatabase& db);

// The grid's hash: SHA-256 of the vacancy definition as stored, which holds the grid.
QString gridHashOf(const Vacancy& vacancy);

// Throws BadInput naming whose workbook it is: in a workbook nothing but marking is done.
[[noreturn]] void refuseInWorkbook(const WorkbookIdentity& workbook, const QString& path);
// Throws BadInput unless every sheet is the workbook member's at the workbook's stage.
void requireWorkbookSheets(const WorkbookIdentity& workbook, const std::vector<MarkSheet>& sheets);

} // namespace sp::workbook
