#include "report/report_export.h"

#include "casefile/case_file.h"
#include "io/output_file.h"
#include "report/report_pdf.h"
#include "report/selection_report.h"

#include <QFile>
#include <QFileInfo>

namespace sp::report {

int exportSelectionReport(CaseFile& caseFile, const QString& path, Language language,
                          const QString& actor) {
    const ReportText text(language);
    const ReportPdf pdf = reportPdf(selectionReport(caseFile, text));
    writeFileReplacing(path, pdf.bytes);
    try {
        caseFile.recordAction(actor, QStringLiteral("report_exported"),
                              QStringLiteral("selection report (%1, %2 pages) to %3")
                                  .arg(languageKey(language))
                                  .arg(pdf.pages)
                                  .arg(QFileInfo(path).fileName()));
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    return pdf.pages;
}

} // namespace sp::report
