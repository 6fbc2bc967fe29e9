#pragma once

#include "casefile/workbook_identity.h"

#include <QByteArray>
#include <QString>

namespace sp {

class CaseFile;
struct CaseStore;

// Member workbooks: what a member takes away to mark offline, and their signed return.
class WorkbookRepository {
public:
    WorkbookRepository(CaseStore& store, CaseFile& caseFile) : d(&store), case_(&caseFile) {}

    // A case file holding only what the member may see for marking at the stage: the vacancy and
    // the frozen grid, the candidates they are to mark with their PDFs and screening, and their
    // own sheets; never another member's marks, drafts or conflicts, nor the case's record.
    // Built fresh rather than copied and trimmed, so no deleted data lingers in it. Refuses to
    // overwrite OUT.
    WorkbookExport exportWorkbook(const QString& member, Stage stage, const QString& out) const;
    // In a workbook, its member's submitted sheets as a return file (io/marks_return.h), signed
    // with their key: they must be signed in. Refused when nothing is submitted yet.
    QByteArray marksReturn() const;
    // In the case: checks a return's signature against the member's key in the case, that it is
    // for this case and grid (a reopening since is named), that the member may mark each
    // candidate and has submitted no sheet for them here, and that it was not imported before;
    // then submits its sheets in one transaction, each recorded with the return's hash. Refused
    // (BadInput, naming `source`) with nothing changed otherwise.
    ImportedReturn importReturn(const QByteArray& bytes, const QString& source);

private:
    CaseStore* d;
    CaseFile* case_;
};

} // namespace sp
