#pragma once

#include "report/report_document.h"
#include "report/report_language.h"

#include <QDateTime>

namespace sp {
class CaseFile;
}

namespace sp::report {

// The selection report the panel signs for the appointing authority and HR, from the case as it
// stands, in the words of `text`: the vacancy, the panel and its conflicts, the grid as frozen,
// screening, shortlist, interviews, the final ranking by Article 29 tier, the recommendation, the
// geographical balance and a signature block per member. A stage not reached yet says so.
// Consolidated results only: never a member's own mark or comment. Refused (BadInput) for a
// member's workbook, which holds only that member's part of the case.
Document selectionReport(const CaseFile& caseFile, const ReportText& text,
                         const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());

} // namespace sp::report
