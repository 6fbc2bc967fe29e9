#include "report/report_context.h"

// The procedure as set up: the vacancy, the panel and its conflicts, the grid as frozen.
namespace sp::report {

namespace {

QString conflictNature(const ReportContext& c, ConflictNature nature) {
    switch (nature) {
    case ConflictNature::Hierarchical:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "direct hierarchical link"));
    case ConflictNature::Family:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "family link"));
    case ConflictNature::FormerColleague:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "former colleague"));
    case ConflictNature::Other:
        break;
    }
    return c.t(QT_TRANSLATE_NOOP("SelectionReport", "other"));
}

// The time of the last freezing, from the record.
QDateTime frozenAt(const ReportContext& c, QString* by) {
    for (auto it = c.record.rbegin(); it != c.record.rend(); ++it)
        if (it->action == QLatin1String("grid_frozen")) {
            *by = it->actor;
            return it->at;
        }
    return {};
}

Table criteriaTable(const ReportContext& c, Stage stage) {
    Table t;
    t.header = {QStringLiteral("#"), c.t(QT_TRANSLATE_NOOP("SelectionReport", "Criterion")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Weight")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Highest mark"))};
    t.numericColumns = {0, 2, 3};
    t.widths = {5, 71, 10, 14};
    int n = 0;
    for (const auto& criterion : criteriaOf(c.vacancy.criteria, stage))
        t.rows.push_back({QString::number(++n), criterion.label, QString::number(criterion.weight),
                          QString::number(criterion.maxMark)});
    return t;
}

} // namespace

Section vacancySection(const ReportContext& c) {
    const Vacancy& v = c.vacancy;
    Table t;
    const auto row = [&](const char* label, const QString& value) {
        if (!value.trimmed().isEmpty())
            t.rows.push_back({c.t(label), value});
    };
    row(QT_TRANSLATE_NOOP("SelectionReport", "Reference"), v.reference);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Title"), v.title);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Directorate-General"),
        v.dgName.isEmpty() ? v.dg : QStringLiteral("%1 (%2)").arg(v.dgName, v.dg));
    row(QT_TRANSLATE_NOOP("SelectionReport", "Unit"), v.unit);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Place of employment"), v.place);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Staff category"), v.staffCategory);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Function group and grades"),
        v.gradeMin == v.gradeMax ? v.gradeMin
                                 : QStringLiteral("%1 – %2").arg(v.gradeMin, v.gradeMax));
    if (!v.gradesNeedingJustification.isEmpty())
        row(QT_TRANSLATE_NOOP("SelectionReport", "Grades needing a justification"),
            v.gradesNeedingJustification.join(QStringLiteral(", ")));
    row(QT_TRANSLATE_NOOP("SelectionReport", "Closing date for applications"),
        c.when(v.deadlineUtc()));
    row(QT_TRANSLATE_NOOP("SelectionReport", "Order of priority (Article 29)"),
        v.priorityOrder == PriorityOrder::Strict
            ? c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                    "strict: officials of the Commission, officials of other "
                                    "institutions, laureates, then external candidates"))
            : c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                    "grouped: the three priority categories together, then "
                                    "external candidates")));
    return {c.t(QT_TRANSLATE_NOOP("SelectionReport", "The vacancy")), {table(t)}};
}

Section panelSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "The selection panel")), {}};
    if (c.panel.empty()) {
        s.blocks.push_back(
            note(c.t(QT_TRANSLATE_NOOP("SelectionReport", "No panel has been appointed yet."))));
        return s;
    }
    Table members;
    members.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Name")),
                      c.t(QT_TRANSLATE_NOOP("SelectionReport", "Role"))};
    for (const auto& m : c.panel)
        members.rows.push_back({m.name, c.roleName(m.role)});
    s.blocks.push_back(table(members));

    s.blocks.push_back(
        subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Declared conflicts of interest"))));
    const auto conflicts = c.caseFile.panel().conflicts();
    if (conflicts.empty()) {
        s.blocks.push_back(paragraph(c.t(
            QT_TRANSLATE_NOOP("SelectionReport", "No member declared a conflict of interest."))));
        return s;
    }
    s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
        "SelectionReport", "A direct hierarchical or family link means that the member abstains: "
                           "they neither mark the candidate nor see the candidate's marks. Any "
                           "other declared conflict is on the record; the member may mark."))));
    Table t;
    t.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Member")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidate")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Nature")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Note")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Consequence"))};
    t.widths = {18, 28, 17, 17, 20};
    for (const auto& conflict : conflicts)
        t.rows.push_back(
            {c.memberName(conflict.member), c.candidateName(conflict.candidate),
             conflictNature(c, conflict.nature), conflict.note,
             mustAbstain(conflict.nature)
                 ? c.t(QT_TRANSLATE_NOOP("SelectionReport", "abstains for this candidate"))
                 : c.t(QT_TRANSLATE_NOOP("SelectionReport", "declared; marks"))});
    s.blocks.push_back(table(t));
    return s;
}

Section gridSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "The evaluation grid")), {}};
    if (c.gridState == GridState::Frozen) {
        QString by;
        const QDateTime at = frozenAt(c, &by);
        s.blocks.push_back(
            paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                            "The grid was frozen before any marking, on %1 by %2."))
                          .arg(c.when(at), c.memberName(by))));
    } else {
        s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "Not reached yet: the grid is still a draft and has not been "
                               "frozen. It is shown as it stands."))));
    }
    s.blocks.push_back(paragraph(
        c.caseFile.panel().aggregation() == Aggregation::Median
            ? c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                    "Each criterion's result is the median of the marks of the "
                                    "members who do not abstain, unless the chair recorded a "
                                    "consensus mark after discussion."))
            : c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                    "Each criterion's result is the mean of the marks of the "
                                    "members who do not abstain, unless the chair recorded a "
                                    "consensus mark after discussion."))));
    const Grid grid = c.caseFile.panel().grid();
    s.blocks.push_back(
        subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Pre-selection criteria"))));
    s.blocks.push_back(table(criteriaTable(c, Stage::Preselection)));
    s.blocks.push_back(subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Interview criteria"))));
    s.blocks.push_back(table(criteriaTable(c, Stage::Interview)));

    s.blocks.push_back(subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Thresholds"))));
    Table thresholds;
    const Thresholds& th = grid.thresholds;
    const auto row = [&](const char* label, const QString& value) {
        thresholds.rows.push_back({c.t(label), value});
    };
    const QString none = c.t(QT_TRANSLATE_NOOP("SelectionReport", "none"));
    row(QT_TRANSLATE_NOOP("SelectionReport", "Candidates invited to interview (best N)"),
        th.interviewBestN ? QString::number(*th.interviewBestN) : none);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Lowest pre-selection total invited"),
        c.text.number(th.interviewMinTotal, none));
    row(QT_TRANSLATE_NOOP("SelectionReport", "Interview pass mark"),
        th.interviewPassMark
            ? c.t(QT_TRANSLATE_NOOP("SelectionReport", "%1 of %2"))
                  .arg(c.text.number(th.interviewPassMark),
                       c.text.number(maxWeightedTotal(grid.criteria, Stage::Interview)))
            : none);
    row(QT_TRANSLATE_NOOP("SelectionReport", "Spread of marks flagged for discussion"),
        c.text.number(th.spreadFlag));
    s.blocks.push_back(table(thresholds));

    s.blocks.push_back(
        subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Interview questions"))));
    if (grid.interviewQuestions.isEmpty())
        s.blocks.push_back(
            paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport", "No question was set."))));
    else
        s.blocks.push_back(numberedList(grid.interviewQuestions));

    s.blocks.push_back(
        subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Reopenings of the grid"))));
    const auto reopenings = c.caseFile.panel().gridReopenings();
    if (reopenings.empty()) {
        s.blocks.push_back(
            paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport", "The grid was never reopened."))));
        return s;
    }
    s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
        "SelectionReport",
        "Each reopening discarded every mark given until then, at both stages."))));
    Table t;
    t.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Date")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "By")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Reason")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Mark sheets discarded"))};
    t.numericColumns = {3};
    t.widths = {24, 18, 44, 14};
    for (const auto& r : reopenings)
        t.rows.push_back(
            {c.when(r.at), c.memberName(r.by), r.reason, QString::number(r.discardedSheets)});
    s.blocks.push_back(table(t));
    return s;
}

} // namespace sp::report
