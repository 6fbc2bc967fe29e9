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

// One text per screening status, so that each is translated as a whole sentence.
const char* notTakingPartText(ScreeningStatus status) {
    switch (status) {
    case ScreeningStatus::Inadmissible:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 is not eligible (screening: inadmissible): "
                                                "excluded from marking");
    case ScreeningStatus::Superseded:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 is not eligible (screening: "
                                                "superseded_duplicate): excluded from marking");
    case ScreeningStatus::Pending:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 is not eligible (screening: pending): "
                                                "excluded from marking");
    case ScreeningStatus::Eligible: // takes part
    case ScreeningStatus::NotEligible:
        break;
    }
    return QT_TRANSLATE_NOOP("sp::Problem", "%1 is not eligible (screening: not_eligible): "
                                            "excluded from marking");
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
        return Permission::refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "%1 is not invited to interview: no interview marks"),
            reference));
    }
    if (const auto screened = caseFile.screening().candidate(reference)) {
        if (takesPartInMerit(screened->screening))
            return Permission::allow();
        return Permission::refuse(
            Problem::of(notTakingPartText(screened->screening.status), reference));
    }
    return Permission::refuse(
        Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), reference));
}

} // namespace sp
