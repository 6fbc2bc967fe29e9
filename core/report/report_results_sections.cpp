#include "domain/tier.h"
#include "report/report_context.h"

#include <QHash>

// The merit stages, from consolidated results only: the shortlist, the interviews, the final
// ranking by Article 29 tier.
namespace sp::report {

namespace {

QString notReachedYet(const ReportContext& c) {
    return c.gridState == GridState::Frozen
               ? c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                       "Not reached yet: no candidate is fully marked at this "
                                       "stage."))
               : c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                       "Not reached yet: marking starts once the grid is "
                                       "frozen."));
}

} // namespace

Section shortlistSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Pre-selection and shortlist")), {}};
    if (!c.preselectionReached()) {
        s.blocks.push_back(note(notReachedYet(c)));
        return s;
    }
    if (!c.shortlist) {
        s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "The grid sets no threshold for inviting candidates to "
                               "interview, so there is no shortlist."))));
        return s;
    }
    s.blocks.push_back(paragraph(
        c.t(QT_TRANSLATE_NOOP("SelectionReport",
                              "Candidates in the order of Article 29, then of their consolidated "
                              "pre-selection total "
                              "(out of %1). Equal totals share a rank: the panel settles a tie."))
            .arg(c.text.number(maxWeightedTotal(c.vacancy.criteria, Stage::Preselection)))));
    QHash<QString, const RankedCandidate*> ranked;
    for (const auto& r : c.preselection)
        ranked.insert(r.candidate, &r);
    Table t;
    t.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Rank")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidate")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Tier")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Total")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Invited")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Reason"))};
    t.numericColumns = {3};
    t.widths = {8, 27, 6, 9, 9, 41};
    int invited = 0;
    for (const auto& entry : c.shortlist->entries) {
        const RankedCandidate* r = ranked.value(entry.candidate);
        invited += entry.invited ? 1 : 0;
        t.rows.push_back({r ? c.rankText(*r) : QString(), c.candidateName(entry.candidate),
                          r ? QString::number(r->tierRank + 1) : QString(),
                          r ? c.text.number(r->total) : QString(), c.yesNo(entry.invited),
                          entry.reason});
    }
    s.blocks.push_back(table(t));
    s.blocks.push_back(
        paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidates invited to interview: %1."))
                      .arg(invited)));
    for (const auto& n : c.shortlist->notes)
        s.blocks.push_back(note(n));
    int incomplete = 0;
    for (const auto& r : c.preselection)
        incomplete += r.complete ? 0 : 1;
    if (incomplete > 0)
        s.blocks.push_back(
            note(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Eligible candidates not fully marked, "
                                                          "hence not ranked: %1."))
                     .arg(incomplete)));
    return s;
}

Section interviewSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Interview results")), {}};
    if (!c.interviewReached()) {
        s.blocks.push_back(
            note(c.preselectionReached()
                     ? c.t(QT_TRANSLATE_NOOP("SelectionReport", "Not reached yet: no interview is "
                                                                "fully marked."))
                     : notReachedYet(c)));
        return s;
    }
    const double passMark = c.vacancy.thresholds.interviewPassMark.value_or(0);
    s.blocks.push_back(paragraph(
        c.t(QT_TRANSLATE_NOOP("SelectionReport",
                              "The consolidated interview total of each candidate interviewed "
                              "(out of %1); a candidate reaching the pass mark of %2 is "
                              "suitable."))
            .arg(c.text.number(maxWeightedTotal(c.vacancy.criteria, Stage::Interview)),
                 c.text.number(passMark))));
    std::vector<const FinalCandidate*> byReference;
    for (const auto& f : c.finalRanking)
        byReference.push_back(&f);
    std::sort(byReference.begin(), byReference.end(), [](const auto* a, const auto* b) {
        return a->ranked.candidate < b->ranked.candidate;
    });
    Table t;
    t.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidate")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Interview total")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Suitable"))};
    t.numericColumns = {1};
    t.widths = {60, 22, 18};
    const QString notMarked = c.t(QT_TRANSLATE_NOOP("SelectionReport", "not fully marked"));
    for (const auto* f : byReference)
        t.rows.push_back({c.candidateName(f->ranked.candidate),
                          c.text.number(f->ranked.total, notMarked),
                          f->ranked.complete ? c.yesNo(f->suitable) : QString()});
    s.blocks.push_back(table(t));
    return s;
}

Section finalRankingSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Final ranking by Article 29 tier")), {}};
    if (!c.interviewReached()) {
        s.blocks.push_back(
            note(c.preselectionReached()
                     ? c.t(QT_TRANSLATE_NOOP("SelectionReport", "Not reached yet: no interview is "
                                                                "fully marked."))
                     : notReachedYet(c)));
        return s;
    }
    s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
        "SelectionReport",
        "Article 29 of the Staff Regulations comes first, merit second: the suitable candidates "
        "of a higher tier come before those of a lower one, whatever their totals. Within a "
        "tier, by interview total; equal totals share a rank."))));
    for (int tier = 0; tier < tierCount(c.vacancy.priorityOrder); ++tier) {
        Table t;
        t.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Rank")),
                    c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidate")),
                    c.t(QT_TRANSLATE_NOOP("SelectionReport", "Interview total")),
                    c.t(QT_TRANSLATE_NOOP("SelectionReport", "Suitable"))};
        t.numericColumns = {2};
        t.widths = {10, 50, 22, 18};
        for (const auto& f : c.finalRanking)
            if (f.ranked.tierRank == tier)
                t.rows.push_back({c.rankText(f.ranked), c.candidateName(f.ranked.candidate),
                                  c.text.number(f.ranked.total),
                                  f.ranked.complete ? c.yesNo(f.suitable) : QString()});
        if (t.rows.empty())
            continue;
        s.blocks.push_back(subheading(c.tierName(tier)));
        s.blocks.push_back(table(t));
    }
    return s;
}

} // namespace sp::report
