#pragma once

#include "report/report_language.h"

#include <QString>

namespace sp {
class CaseFile;
}

namespace sp::report {

// Writes the selection report of the case as a PDF at `path` (io/output_file.h: atomic,
// owner-only, replacing a file there) and enters the export in the case's record in the name of
// `actor`. When the record cannot take it, the PDF is removed again: no report leaves the panel
// unrecorded. Returns the number of pages. Throws sp::Error.
int exportSelectionReport(CaseFile& caseFile, const QString& path, Language language,
                          const QString& actor);

} // namespace sp::report
