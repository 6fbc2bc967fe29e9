#include "report/report_context.h"

// The end of the procedure: the recommendation, the geographical balance and the signatures.
namespace sp::report {

namespace {

const FinalCandidate* finalOf(const ReportContext& c, const QString& reference) {
    for (const auto& f : c.finalRanking)
        if (f.ranked.candidate == reference)
            return &f;
    return nullptr;
}

QString stageName(const ReportContext& c, BalanceStage stage) {
    switch (stage) {
    case BalanceStage::Applied:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "Applied"));
    case BalanceStage::Admissible:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "Admissible"));
    case BalanceStage::Eligible:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "Eligible"));
    case BalanceStage::Shortlisted:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "Invited to interview"));
    case BalanceStage::Suitable:
        return c.t(QT_TRANSLATE_NOOP("SelectionReport", "Suitable"));
    case BalanceStage::Recommended:
        break;
    }
    return c.t(QT_TRANSLATE_NOOP("SelectionReport", "Recommended"));
}

} // namespace

Section recommendationSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Recommendation")), {}};
    const auto& recorded = c.recommendation.recorded;
    const Recommendation& proposed = c.recommendation.proposed;
    if (!recorded) {
        if (!c.interviewReached())
            s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
                "SelectionReport", "Not reached yet: the interviews are not fully marked."))));
        else if (proposed.candidates.isEmpty())
            s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
                "SelectionReport", "No candidate interviewed reached the pass mark."))));
        else {
            QStringList names;
            for (const auto& reference : proposed.candidates)
                names << c.candidateName(reference);
            s.blocks.push_back(note(
                c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                      "Not recorded yet: the chair has not recorded the panel's "
                                      "recommendation. By the rules, the best suitable "
                                      "candidate(s) of the highest tier: %1."))
                    .arg(names.join(QStringLiteral("; ")))));
        }
        return s;
    }
    const FinalCandidate* chosen = finalOf(c, recorded->candidate);
    s.blocks.push_back(
        paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport", "The panel recommends %1."))
                      .arg(c.candidateName(recorded->candidate))));
    if (chosen)
        s.blocks.push_back(
            paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport", "%1; interview total %2; rank %3."))
                          .arg(c.tierName(chosen->ranked.tierRank),
                               c.text.number(chosen->ranked.total), c.rankText(chosen->ranked))));
    s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP("SelectionReport", "Recorded by %1 on %2."))
                                     .arg(c.memberName(recorded->by), c.when(recorded->at))));
    const bool passesOver = justificationRequired(recorded->candidate, c.finalRanking);
    if (passesOver) {
        QStringList before;
        for (const auto& reference : proposed.candidates)
            before << c.candidateName(reference);
        s.blocks.push_back(subheading(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "Justification for passing over a candidate ranked higher"))));
        s.blocks.push_back(paragraph(
            c.t(QT_TRANSLATE_NOOP("SelectionReport",
                                  "By the rules the recommendation would go to: %1. The panel "
                                  "recommends another suitable candidate, for this reason:"))
                .arg(before.join(QStringLiteral("; ")))));
        s.blocks.push_back(paragraph(recorded->justification));
    } else if (!recorded->justification.trimmed().isEmpty()) {
        s.blocks.push_back(
            subheading(c.t(QT_TRANSLATE_NOOP("SelectionReport", "The panel's reasons"))));
        s.blocks.push_back(paragraph(recorded->justification));
    }
    return s;
}

Section balanceSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Geographical balance")), {}};
    const GeographicalBalance balance = c.caseFile.results().geographicalBalance();
    if (balance.underRepresented.isEmpty()) {
        s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
            "SelectionReport", "The vacancy names no under-represented Member State."))));
        return s;
    }
    s.blocks.push_back(paragraph(
        c.t(QT_TRANSLATE_NOOP("SelectionReport",
                              "The share of nationals of the under-represented Member States "
                              "named by the vacancy (%1) at each stage. A candidate counts once "
                              "when any of their nationalities is one of them."))
            .arg(balance.underRepresented.join(QStringLiteral(", ")))));
    Table t;
    t.header = {c.t(QT_TRANSLATE_NOOP("SelectionReport", "Stage")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Candidates")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Of whom nationals")),
                c.t(QT_TRANSLATE_NOOP("SelectionReport", "Share"))};
    t.numericColumns = {1, 2, 3};
    t.widths = {40, 20, 25, 15};
    for (const auto& stage : balance.stages)
        t.rows.push_back({stageName(c, stage.stage), QString::number(stage.candidates),
                          QString::number(stage.underRepresented),
                          stage.candidates > 0
                              ? c.text.percent(stage.share())
                              : c.t(QT_TRANSLATE_NOOP("SelectionReport", "not reached yet"))});
    s.blocks.push_back(table(t));
    s.blocks.push_back(note(c.t(QT_TRANSLATE_NOOP(
        "SelectionReport", "For reporting only: recruitment is strictly on merit, and these "
                           "figures entered no mark, rank, shortlist or recommendation."))));
    return s;
}

Section signaturesSection(const ReportContext& c) {
    Section s{c.t(QT_TRANSLATE_NOOP("SelectionReport", "Signatures of the panel")), {}};
    s.startsPage = true;
    if (c.panel.empty()) {
        s.blocks.push_back(
            note(c.t(QT_TRANSLATE_NOOP("SelectionReport", "No panel has been appointed yet."))));
        return s;
    }
    s.blocks.push_back(paragraph(c.t(QT_TRANSLATE_NOOP(
        "SelectionReport", "The members of the selection panel certify that this report is a "
                           "faithful account of the panel's proceedings and decisions."))));
    Block signatures;
    signatures.kind = Block::Kind::Signatures;
    for (const auto& m : c.panel)
        signatures.signatures.push_back({m.name, c.roleName(m.role)});
    s.blocks.push_back(signatures);
    return s;
}

} // namespace sp::report
