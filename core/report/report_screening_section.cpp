#include "report/report_context.h"

// Admissibility and eligibility: the counts, every candidate left out with the reason, and
// every decision of the panel that overrides the automatic pre-check.
namespace sp::report {

namespace {

// Why the panel set a probable duplicate aside: the reason it recorded last.
QString setAsideReason(const ReportContext& c, const QString& reference) {
    static const QString marker = QStringLiteral("set aside; reason: ");
    for (auto it = c.record.rbegin(); it != c.record.rend(); ++it)
        if (it->action == QLatin1String("duplicate_resolved") && it->candidate == reference)
            return it->after.startsWith(marker) ? it->after.mid(marker.size()) : it->after;
    return {};
}

QString preCheckText(const ReportContext& c, CriterionState state) {
    switch (state) {
    case CriterionState::Met:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "met"));
    case CriterionState::NotMet:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "not met"));
    case CriterionState::Unknown:
        break;
    }
    return c.t(QT_TRANSLATE_NOOP("SelectionReport", "unknown"));
}

Table countsTable(const ReportContext& c) {
    int late = 0, setAside = 0, eligible = 0, notEligible = 0, pending = 0;
    for (const auto& s : c.screened) {
        switch (s.screening.status) {
        case ScreeningStatus::Inadmissible:
            ++late;
            break;
        case ScreeningStatus::Superseded:
            ++setAside;
            break;
        case ScreeningStatus::Eligible:
            ++eligible;
            break;
        case ScreeningStatus::NotEligible:
            ++notEligible;
            break;
        case ScreeningStatus::Pending:
            ++pending;
            break;
        }
    }
    Table t;
    t.numericColumns = {1};
    const auto row = [&](const char* label, int n) {
        t.rows.push_back({c.t(label), QString::number(n)});
    };
    row(QT_TRANSLATE_NOOP("SelectionReport", "Applications received"), int(c.screened.size()));
    row(QT_TRANSLATE_NOOP("SelectionReport", "Inadmissible (received after the closing date)"),
        late);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Duplicate applications set aside"), setAside);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Found eligible by the panel"), eligible);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Found not eligible by the panel"), notEligible);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Awaiting the panel's decision"), pending);
    return t;
}

} // namespace

Section screeningSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Admissibility and eligibility")), {}};
    if (c.screened.empty()) {
        s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "Not reached yet: no application has been received."))));
        return s;
    }
    s.blocks.push_back(table(countsTable(c)));

    Table rejected;
    rejected.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidate")),
                       c.t(QT_TRANSLATE_NOOP("SelectionReport", "Outcome")),
                       c.t(QT_TRANSLATE_NOOP("SelectionReport", "Reason"))};
    rejected.widths = {30, 24, 46};
    Table overrides;
    overrides.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidate")),
                        c.t(QT_TRANSLATE_NOOP("SelectionReport", "Pre-check")),
                        c.t(QT_TRANSLATE_NOOP("SelectionReport", "Panel's decision")),
                        c.t(QT_TRANSLATE_NOOP("SelectionReport", "Reason")),
                        c.t(QT_TRANSLATE_NOOP("SelectionReport", "Decided"))};
    overrides.widths = {20, 14, 16, 28, 22};
    for (const auto& sc : c.screened) {
        const QString& reference = sc.candidate.application.reference;
        const Screening& screening = sc.screening;
        if (screening.status == ScreeningStatus::Inadmissible)
            rejected.rows.push_back(
                {c.candidateName(reference),
                 c.t(QT_TRANSLATE_NOOP("SelectionReport", "inadmissible: received late")),
                 screening.admissibility.reason()});
        else if (screening.status == ScreeningStatus::Superseded)
            rejected.rows.push_back(
                {c.candidateName(reference),
                 c.t(QT_TRANSLATE_NOOP("SelectionReport", "duplicate set aside")),
                 setAsideReason(c, reference)});
        else if (screening.status == ScreeningStatus::NotEligible)
            rejected.rows.push_back({c.candidateName(reference),
                                     c.t(QT_TRANSLATE_NOOP("SelectionReport", "not eligible")),
                                     screening.decision && !screening.decision->reason.isEmpty()
                                         ? screening.decision->reason
                                         : screening.preCheck.summary()});
        if (screening.decision &&
            isOverride(screening.decision->preCheckAtDecision, screening.decision->eligible))
            overrides.rows.push_back(
                {c.candidateName(reference),
                 preCheckText(c, screening.decision->preCheckAtDecision),
                 screening.decision->eligible
                     ? c.t(QT_TRANSLATE_NOOP("SelectionReport", "eligible"))
                     : c.t(QT_TRANSLATE_NOOP("SelectionReport", "not eligible")),
                 screening.decision->reason,
                 c.t(QT_TRANSLATE_NOOP("SelectionReport", "%1, %2"))
                     .arg(c.memberName(screening.decision->decidedBy),
                          c.when(screening.decision->decidedAt))});
    }
    s.blocks.push_back(
        subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Applications not admitted"))));
    if (rejected.rows.empty())
        s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport",
            "No application was found inadmissible or not eligible, or set aside."))));
    else
        s.blocks.push_back(table(rejected));
    s.blocks.push_back(subheading(
        c.t(QT_TRANSLATE_NOOP("SelectionReport", "Decisions departing from the pre-check"))));
    if (overrides.rows.empty()) {
        s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "Every decision of the panel confirms the automatic pre-check."))));
    } else {
        s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "The pre-check reads the declared nationality, education and "
                               "languages; the panel's decision may depart from it, with a "
                               "written reason."))));
        s.blocks.push_back(table(overrides));
    }
    return s;
}

} // namespace sp::report
