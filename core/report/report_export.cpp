#include "report/report_export.h"

#include "casefile/case_file.h"
#include "io/output_file.h"
#include "report/report_pdf.h"
#include "report/selection_report.h"

#include <QFile>
#include <QFileInfo>

namespace sp::report {

QString reportExportDetail(Language language, int pages, const QString& path) {
    return QStringLiteral("selection report (%1, %2 pages) to %3")
        .arg(languageKey(language))
        .arg(pages)
        .arg(QFileInfo(path).fileName());
}

int writeSelectionReport(const CaseFile& caseFile, const QString& path, Language language) {
    const ReportText text(language);
    const ReportPdf pdf = reportPdf(selectionReport(caseFile, text));
    writeFileReplacing(path, pdf.bytes);
    return pdf.pages;
}

int exportSelectionReport(CaseFile& caseFile, const QString& path, Language language,
                          const QString& actor) {
    const int pages = writeSelectionReport(caseFile, path, language);
    try {
        caseFile.record().noteAction(actor, QLatin1String(ReportExportedAction),
                                     reportExportDetail(language, pages, path));
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    return pages;
}

} // namespace sp::report
