#include "report/report_context.h"

#include "domain/error.h"

namespace sp::report {

ReportContext::ReportContext(const CaseFile& file, const ReportText& words)
    : caseFile(file), text(words), vacancy(file.vacancy()), screened(file.screening().all()),
      panel(file.panel().members()), record(file.record().entries()),
      gridState(file.panel().gridState()) {
    for (qsizetype i = 0; i < qsizetype(screened.size()); ++i)
        position_.insert(screened[i].candidate.application.reference, i);
    if (gridState == GridState::Frozen) {
        preselection = file.results().ranking(Stage::Preselection);
        try {
            shortlist = file.results().shortlist(preselection);
        } catch (const Error&) {
            // A grid frozen without invitation thresholds gives no shortlist to report.
        }
        finalRanking = file.results().finalRanking();
    }
    recommendation = file.results().recommendation();
}

QString ReportContext::candidateName(const QString& reference) const {
    const auto it = position_.constFind(reference);
    if (it == position_.constEnd())
        return reference;
    const ApplicationData& a = screened[*it].candidate.application;
    const QString name =
        a.givenNames.isEmpty() ? a.surname : a.surname + QStringLiteral(", ") + a.givenNames;
    return name.isEmpty() ? reference : reference + QLatin1Char(' ') + name;
}

QString ReportContext::memberName(const QString& id) const {
    const PanelMember* member = findMember(panel, id);
    return member ? member->name : id;
}

QString ReportContext::roleName(Role role) const {
    switch (role) {
    case Role::Chair:
        return t(QT_TRANSLATE_NOOP("SelectionReport", "Chair"));
    case Role::Secretary:
        return t(QT_TRANSLATE_NOOP("SelectionReport", "Secretary"));
    case Role::Member:
        break;
    }
    return t(QT_TRANSLATE_NOOP("SelectionReport", "Member"));
}

QString ReportContext::tierName(int tierRank) const {
    if (vacancy.priorityOrder == PriorityOrder::Grouped)
        return tierRank == 0
                   ? t(QT_TRANSLATE_NOOP("SelectionReport",
                                         "Tier 1: priority candidates (Article 29(1)(a) to (c))"))
                   : t(QT_TRANSLATE_NOOP("SelectionReport", "Tier 2: external candidates"));
    switch (tierRank) {
    case 0:
        return t(QT_TRANSLATE_NOOP("SelectionReport", "Tier 1: officials of the Commission"));
    case 1:
        return t(QT_TRANSLATE_NOOP("SelectionReport", "Tier 2: officials of other institutions"));
    case 2:
        return t(QT_TRANSLATE_NOOP("SelectionReport", "Tier 3: laureates of competitions"));
    default:
        break;
    }
    return t(QT_TRANSLATE_NOOP("SelectionReport", "Tier 4: external candidates"));
}

QString ReportContext::rankText(const RankedCandidate& ranked) const {
    if (!ranked.rank)
        return t(QT_TRANSLATE_NOOP("SelectionReport", "not fully marked"));
    if (ranked.tied)
        return t(QT_TRANSLATE_NOOP("SelectionReport", "%1 (tie)")).arg(*ranked.rank);
    return QString::number(*ranked.rank);
}

QString ReportContext::when(const QDateTime& utc) const {
    return text.dateTime(utc, vacancy.deadlineZone);
}

QString ReportContext::yesNo(bool yes) const {
    return yes ? t(QT_TRANSLATE_NOOP("SelectionReport", "yes"))
               : t(QT_TRANSLATE_NOOP("SelectionReport", "no"));
}

bool ReportContext::preselectionReached() const {
    for (const auto& r : preselection)
        if (r.complete)
            return true;
    return false;
}

bool ReportContext::interviewReached() const {
    for (const auto& f : finalRanking)
        if (f.ranked.complete)
            return true;
    return false;
}

} // namespace sp::report
