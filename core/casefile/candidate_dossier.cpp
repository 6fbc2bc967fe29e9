#include "casefile/candidate_dossier.h"

#include "casefile/case_file.h"
#include "casefile/record_as_seen.h"
#include "domain/error.h"
#include "io/ordered_json.h"
#include "io/output_file.h"
#include "io/record_listing.h"

#include <QDir>

namespace sp {

namespace {

using json::OrderedJson;

OrderedJson optionalNumber(const std::optional<double>& value) {
    return value ? OrderedJson(*value) : OrderedJson(QJsonValue());
}

OrderedJson declaredData(const Candidate& c) {
    const ApplicationData& a = c.application;
    return OrderedJson::object()
        .add("reference", a.reference)
        .add("surname", a.surname)
        .add("given_names", a.givenNames)
        .add("email", a.email)
        .add("nationalities", OrderedJson::array(a.nationalities))
        .add("received_at", a.receivedAt.toString(Qt::ISODateWithMs))
        .add("category", categoryKey(a.category))
        .add("reserve_list", a.reserveList)
        .add("education",
             a.education ? OrderedJson(educationKey(*a.education)) : OrderedJson(QJsonValue()))
        .add("experience_years", optionalNumber(a.experienceYears))
        .add("languages", languagesText(a.languages))
        .add("pdf", c.pdf.size > 0 ? OrderedJson::object()
                                         .add("file_name", c.pdfFileName)
                                         .add("sha256", QString::fromLatin1(c.pdf.sha256Hex))
                                         .add("size", static_cast<double>(c.pdf.size))
                                         .add("pages", c.pdf.pageCount)
                                   : OrderedJson(QJsonValue()));
}

OrderedJson outcomes(const std::vector<CriterionOutcome>& list) {
    OrderedJson array = OrderedJson::array();
    for (const auto& o : list)
        array.append(OrderedJson::object()
                         .add("id", o.id)
                         .add("state", criterionStateKey(o.state))
                         .add("reason", o.reason()));
    return array;
}

OrderedJson screening(const Screening& s) {
    OrderedJson result = OrderedJson::object()
                             .add("admissibility", admissibilityKey(s.admissibility.state))
                             .add("admissibility_reason", s.admissibility.reason())
                             .add("pre_check", s.preCheck.summary())
                             .add("criteria", outcomes(s.preCheck.criteria))
                             .add("declarations", outcomes(s.declarations))
                             .add("status", screeningStatusKey(s.status))
                             .add("tier", s.tierLabel);
    if (s.decision)
        result.add("panel_decision",
                   OrderedJson::object()
                       .add("eligible", s.decision->eligible)
                       .add("reason", s.decision->reason)
                       .add("decided_by", s.decision->decidedBy)
                       .add("decided_at", s.decision->decidedAt.toString(Qt::ISODateWithMs)));
    else
        result.add("panel_decision", OrderedJson(QJsonValue()));
    return result;
}

// The consolidated results as the chair sees them: per criterion, never per member.
OrderedJson results(const CaseFile& caseFile, const QString& reference) {
    QString chair;
    for (const auto& member : caseFile.panel().members())
        if (member.role == Role::Chair)
            chair = member.id;
    OrderedJson stages = OrderedJson::array();
    if (chair.isEmpty())
        return stages;
    for (Stage stage : {Stage::Preselection, Stage::Interview}) {
        for (const auto& view : caseFile.results().consolidated(stage, chair)) {
            if (view.reference != reference)
                continue;
            OrderedJson entry = OrderedJson::object().add("stage", stageKey(stage));
            if (!view.result) {
                entry.add("available", false).add("why_not", view.access.reason);
            } else {
                OrderedJson criteria = OrderedJson::array();
                for (const auto& c : view.result->criteria)
                    criteria.append(OrderedJson::object()
                                        .add("criterion", c.id)
                                        .add("mark", optionalNumber(c.value))
                                        .add("consensus_reason", c.consensusReason));
                entry.add("available", true)
                    .add("criteria", criteria)
                    .add("weighted_total", optionalNumber(view.result->weightedTotal))
                    .add("complete", view.result->complete);
            }
            for (const auto& ranked : caseFile.results().ranking(stage))
                if (ranked.candidate == reference)
                    entry.add("rank",
                              ranked.rank ? OrderedJson(*ranked.rank) : OrderedJson(QJsonValue()));
            stages.append(entry);
        }
    }
    return stages;
}

OrderedJson shortlistDecision(const CaseFile& caseFile, const QString& reference) {
    const Shortlist shortlist = caseFile.results().shortlist();
    const ShortlistEntry* entry = shortlist.entry(reference);
    if (!entry)
        return OrderedJson(QJsonValue());
    return OrderedJson::object().add("invited", entry->invited).add("reason", entry->reason);
}

OrderedJson recommendationDecision(const CaseFile& caseFile, const QString& reference) {
    const auto recorded = caseFile.results().recommendation().recorded;
    if (!recorded || recorded->candidate != reference)
        return OrderedJson(false);
    return OrderedJson::object()
        .add("recommended", true)
        .add("justification", recorded->justification)
        .add("at", recorded->at.toString(Qt::ISODateWithMs));
}

} // namespace

QByteArray candidateDossierJson(const CaseFile& caseFile, const QString& reference) {
    const std::optional<ScreenedCandidate> screened = caseFile.screening().candidate(reference);
    const ScreenedCandidate* found = screened ? &*screened : nullptr;
    if (!found)
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), reference));
    return OrderedJson::object()
        .add("procedure", caseFile.vacancy().reference)
        .add("erased", caseFile.dataProtection().isErased(reference))
        .add("application", declaredData(found->candidate))
        .add("screening", screening(found->screening))
        .add("results", results(caseFile, reference))
        .add("shortlist", shortlistDecision(caseFile, reference))
        .add("recommendation", recommendationDecision(caseFile, reference))
        .toJson();
}

QStringList exportCandidateDossier(const CaseFile& caseFile, const QString& reference,
                                   const QString& dir) {
    const QByteArray application = candidateDossierJson(caseFile, reference);
    makeOwnerOnlyFolder(dir);
    const QDir out(dir);
    QStringList written;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        const QString path = out.filePath(name);
        writeFileReplacing(path, bytes);
        written << path;
    };
    write(QStringLiteral("application.json"), application);
    const auto candidate = caseFile.applications().candidate(reference);
    const QByteArray pdf = caseFile.applications().pdf(candidate->id);
    if (!pdf.isEmpty())
        write(QStringLiteral("application.pdf"), pdf);
    write(QStringLiteral("record.csv"), recordCsv(recordAsSeenBy(caseFile, QString(), reference)));
    return written;
}

} // namespace sp
