#include "casefile/participation.h"

#include "casefile/case_file.h"

namespace sp {

namespace {

// A member's interview workbook holds exactly the candidates invited when it was exported: the
// shortlist is worked out from every member's pre-selection marks, which the workbook does not
// hold.
bool isInterviewWorkbook(const CaseFile& caseFile) {
    const auto workbook = caseFile.workbookIdentity();
    return workbook && workbook->stage == Stage::Interview;
}

QStringList candidatesHeld(const CaseFile& caseFile) {
    QStringList references;
    for (const auto& candidate : caseFile.applications().candidates())
        references << candidate.application.reference;
    references.sort();
    return references;
}

} // namespace

QStringList participantsOf(const CaseFile& caseFile, Stage stage) {
    QStringList references;
    if (stage == Stage::Interview && isInterviewWorkbook(caseFile))
        return candidatesHeld(caseFile);
    if (stage == Stage::Interview) {
        references = caseFile.results().shortlist().invited();
        references.sort();
        return references;
    }
    for (const auto& screened : *caseFile.screening().shared())
        if (takesPartInMerit(screened.screening))
            references << screened.candidate.application.reference;
    return references;
}

Permission participation(const CaseFile& caseFile, const QString& reference, Stage stage) {
    if (stage == Stage::Interview) {
        const QStringList invited = isInterviewWorkbook(caseFile)
                                        ? candidatesHeld(caseFile)
                                        : caseFile.results().shortlist().invited();
        if (invited.contains(reference))
            return Permission::allow();
        return Permission::refuse(
            QStringLiteral("%1 is not invited to interview: no interview marks").arg(reference));
    }
    if (const auto screened = caseFile.screening().candidate(reference)) {
        if (takesPartInMerit(screened->screening))
            return Permission::allow();
        return Permission::refuse(
            QStringLiteral("%1 is not eligible (screening: %2): excluded "
                           "from marking")
                .arg(reference, screeningStatusKey(screened->screening.status)));
    }
    return Permission::refuse(QStringLiteral("no candidate %1").arg(reference));
}

} // namespace sp
