#pragma once

#include "report/report_language.h"

#include <QString>

namespace sp {
class CaseFile;
}

namespace sp::report {

// The action and detail of the record entry that notes an exported report.
inline constexpr const char* ReportExportedAction = "report_exported";
QString reportExportDetail(Language language, int pages, const QString& path);

// Writes the selection report of the case as a PDF at `path` (io/output_file.h: atomic,
// owner-only, replacing a file there). Returns the number of pages. Throws sp::Error. The export
// still has to be entered in the record (the window does it through its edit history).
int writeSelectionReport(const CaseFile& caseFile, const QString& path, Language language);

// The same, then the export entered in the case's record in the name of `actor`. When the record
// cannot take it, the PDF is removed again: no report leaves the panel unrecorded.
int exportSelectionReport(CaseFile& caseFile, const QString& path, Language language,
                          const QString& actor);

} // namespace sp::report
