#include "report/selection_report.h"

#include "casefile/case_file.h"
#include "domain/error.h"
#include "report/report_context.h"

#include <QFileInfo>

namespace sp::report {

Document selectionReport(const CaseFile& caseFile, const ReportText& text,
                         const QDateTime& nowUtc) {
    if (caseFile.workbookIdentity())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 is a member's workbook: the selection report is written "
                                   "from the case file itself")
                        .arg(caseFile.path()));
    const ReportContext c(caseFile, text);
    Document d;
    d.title = c.t(QT_TRANSLATE_NOOP("SelectionReport", "Selection report"));
    d.reference = c.vacancy.reference;
    d.subtitle = c.vacancy.title;
    d.marking =
        c.t(QT_TRANSLATE_NOOP("SelectionReport", "Restricted / selection procedure: confidential"));
    d.secrecy = c.t(QT_TRANSLATE_NOOP(
        "SelectionReport",
        "The proceedings of the selection panel are secret (Article 6 of Annex III to the Staff "
        "Regulations). This report gives the panel's consolidated results only: no individual "
        "member's marks or comments."));
    d.issued = c.t(QT_TRANSLATE_NOOP("SelectionReport", "Drawn up on %1 from the case file %2."))
                   .arg(c.when(nowUtc), QFileInfo(caseFile.path()).fileName());
    d.pageOfPages = c.t(QT_TRANSLATE_NOOP("SelectionReport", "Page %1 of %2"));
    d.dateLabel = c.t(QT_TRANSLATE_NOOP("SelectionReport", "Date"));
    d.signatureLabel = c.t(QT_TRANSLATE_NOOP("SelectionReport", "Signature"));
    for (auto build : {vacancySection, panelSection, gridSection, screeningSection,
                       shortlistSection, interviewSection, finalRankingSection,
                       recommendationSection, balanceSection, signaturesSection})
        d.sections.push_back(build(c));
    for (size_t i = 0; i < d.sections.size(); ++i)
        d.sections[i].heading = QStringLiteral("%1. %2").arg(i + 1).arg(d.sections[i].heading);
    return d;
}

} // namespace sp::report
