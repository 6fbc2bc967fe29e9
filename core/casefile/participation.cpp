#include "casefile/participation.h"

#include "casefile/case_file.h"

namespace sp {

QStringList participantsOf(const CaseFile& caseFile, Stage stage) {
    QStringList references;
    if (stage == Stage::Interview) {
        references = caseFile.shortlist().invited();
        references.sort();
        return references;
    }
    for (const auto& screened : *caseFile.screening())
        if (takesPartInMerit(screened.screening))
            references << screened.candidate.application.reference;
    return references;
}

Permission participation(const CaseFile& caseFile, const QString& reference, Stage stage) {
    if (stage == Stage::Interview) {
        if (caseFile.shortlist().invited().contains(reference))
            return Permission::allow();
        return Permission::refuse(
            QStringLiteral("%1 is not invited to interview: no interview marks").arg(reference));
    }
    if (const auto screened = caseFile.screened(reference)) {
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
