#pragma once

#include "domain/grid.h"
#include "domain/vacancy.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace sp {

// What a member's work is checked against when it comes back: the case (its setting 'case_id'),
// the grid as frozen (the SHA-256 of the vacancy definition holding it) and how many times it had
// been reopened, so a return made before a reopening is told from one made after it.
struct CaseIdentity {
    QString caseId;
    QString gridHash;
    int gridReopenings = 0;
};

// A case file that is one member's workbook (exported with WorkbookRepository::exportWorkbook):
// only that member's marking at that stage may be done in it.
struct WorkbookIdentity {
    QString member;     // PanelMember::id
    QString memberName; // as on the panel
    Stage stage = Stage::Preselection;
    CaseIdentity ofCase; // the case it was exported from
    QDateTime exportedAt;
};

// What exporting a workbook wrote.
struct WorkbookExport {
    QString path;
    QStringList candidates; // by reference: those the member is to mark
    int ownSheets = 0;      // the member's sheets already in the case, copied
};

// Sheets that come from a member's signed return (WorkbookRepository::importReturn): recorded as
// imported by `importedBy`, naming the return's hash, and with the return as it was signed, so its
// signature can be checked again from the record.
struct ReturnSource {
    QString sha256;
    QString importedBy;
    QString signedReturn; // "return_imported" entry's text: member, key, signature, signed bytes
};

// What importing a member's return did.
struct ImportedReturn {
    QString member;
    QStringList candidates; // whose sheets were submitted from it
    QString sha256;         // of the return file, as recorded
};

} // namespace sp
