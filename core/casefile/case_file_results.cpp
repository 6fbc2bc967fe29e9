#include "casefile/case_file_impl.h"
#include "casefile/marking_state.h"
#include "casefile/marks_by_candidate.h"
#include "casefile/participation.h"
#include "casefile/record_rows.h"
#include "casefile/results_rows.h"
#include "casefile/sql.h"
#include "domain/error.h"

#include <map>

namespace sp {

namespace {

ConsolidatedCandidate consolidatedOf(const QString& reference, Stage stage, const Vacancy& vacancy,
                                     const MarkingState& state, const CandidateMarks& marks) {
    return consolidate(reference, stage, vacancy.criteria, marks.sheets,
                       expectedMarkers(state.panel, reference, state.conflicts), marks.consensus,
                       state.aggregation, vacancy.thresholds.spreadFlag);
}

// The chair records the panel's decisions, and not for a candidate they abstain for.
void requireChairFor(const MarkingState& state, const QString& member, const QString& reference,
                     const QString& action) {
    const PanelMember& chair = requireChair(state.panel, member, action);
    if (const Conflict* conflict = abstainingConflict(member, reference, state.conflicts))
        refuse(QStringLiteral("%1 abstains for %2 (%3): another member records this decision")
                   .arg(chair.name, reference, conflictNatureLabel(conflict->nature)));
}

} // namespace

std::vector<ConsolidatedView> CaseFile::consolidated(Stage stage, const QString& viewer) const {
    const auto state = markingStateOf(*d);
    requireMember(state->panel, viewer);
    const auto marks = marksByCandidateOf(*d);
    std::vector<ConsolidatedView> views;
    for (const auto& reference : participantsOf(*this, stage))
        views.push_back(consolidatedView(reference, stage, viewer, *state, marks->of(reference)));
    return views;
}

ConsolidatedView CaseFile::consolidated(const QString& reference, Stage stage,
                                        const QString& viewer) const {
    const auto state = markingStateOf(*d);
    requireMember(state->panel, viewer);
    const Permission takesPart = participation(*this, reference, stage);
    if (!takesPart.allowed)
        return {reference, takesPart, std::nullopt};
    return consolidatedView(reference, stage, viewer, *state,
                            marksByCandidateOf(*d)->of(reference));
}

ConsolidatedView CaseFile::consolidatedView(const QString& reference, Stage stage,
                                            const QString& viewer, const MarkingState& state,
                                            const CandidateMarks& marks) const {
    ConsolidatedView view;
    view.reference = reference;
    view.access =
        canSeeConsolidated(viewer, reference, stage, state.panel, marks.sheets, state.conflicts);
    if (view.access.allowed)
        view.result = consolidatedOf(reference, stage, d->vacancy, state, marks);
    return view;
}

std::vector<RankedCandidate> CaseFile::ranking(Stage stage) const {
    d->cache.validate(d->db);
    auto& cached = d->cache.rankings[static_cast<size_t>(stage)];
    if (!cached)
        cached = rankingFromFile(stage);
    return *cached;
}

std::vector<RankedCandidate> CaseFile::rankingFromFile(Stage stage) const {
    const auto held = markingStateOf(*d);
    const MarkingState& state = *held;
    const MarksByCandidate& marks = *marksByCandidateOf(*d);
    std::map<QString, Category> categories;
    for (const auto& c : candidates())
        categories[c.application.reference] = c.application.category;
    std::vector<RankingInput> inputs;
    for (const auto& reference : participantsOf(*this, stage))
        inputs.push_back(
            rankingInput(consolidatedOf(reference, stage, d->vacancy, state, marks.of(reference)),
                         categories[reference]));
    return rank(inputs, d->vacancy.priorityOrder);
}

Shortlist CaseFile::proposedShortlist() const {
    return proposeInterviewShortlist(ranking(Stage::Preselection), d->vacancy.thresholds);
}

Shortlist CaseFile::shortlist() const {
    return shortlist(ranking(Stage::Preselection));
}

Shortlist CaseFile::shortlist(const std::vector<RankedCandidate>& preselectionRanking) const {
    const Shortlist proposal =
        proposeInterviewShortlist(preselectionRanking, d->vacancy.thresholds);
    // A decision on a candidate who no longer takes part (screening changed since) stays on
    // the record but has nothing to apply to.
    std::vector<ShortlistDecision> decisions;
    for (const auto& decision : results_rows::selectDecisions(d->db))
        if (proposal.entry(decision.candidate))
            decisions.push_back(decision);
    return applyDecisions(proposal, decisions);
}

void CaseFile::decideShortlist(const ShortlistDecision& decision, const QString& member) {
    requireWritable(*d);
    const auto held = markingStateOf(*d);
    const MarkingState& state = *held;
    requireChairFor(state, member, decision.candidate,
                    QStringLiteral("records the panel's shortlist decisions"));
    ShortlistDecision recorded = decision;
    recorded.reason = decision.reason.trimmed();
    const Shortlist proposal = proposedShortlist();
    if (!proposal.entry(recorded.candidate))
        requirePermission(participation(*this, recorded.candidate, Stage::Preselection));
    QStringList problems = decisionProblems(proposal, {recorded});
    if (problems.isEmpty() && recorded.reason.isEmpty())
        problems << QStringLiteral("%1: a shortlist decision needs a reason: a candidate not "
                                   "shortlisted may ask for it")
                        .arg(recorded.candidate);
    requireNoProblems(problems);
    {
        sql::Transaction transaction(d->db);
        results_rows::upsertDecision(d->db, recorded, candidateIdOf(d->db, recorded.candidate),
                                     member, nowUtcText());
        const ShortlistEntry* proposed = proposal.entry(recorded.candidate);
        record_rows::append(d->db, member, QStringLiteral("shortlist_decision"), recorded.candidate,
                            proposed
                                ? (proposed->invited ? QStringLiteral("proposed: invited (%1)")
                                                     : QStringLiteral("proposed: not invited (%1)"))
                                      .arg(proposed->reason)
                                : QString(),
                            (recorded.invited ? QStringLiteral("invited; reason: %1")
                                              : QStringLiteral("not invited; reason: %1"))
                                .arg(recorded.reason));
        transaction.commit();
    }
    d->events.resultsChanged(ResultsChanged{});
}

std::vector<FinalCandidate> CaseFile::finalRanking() const {
    return sp::finalRanking(ranking(Stage::Interview),
                            d->vacancy.thresholds.interviewPassMark.value_or(0));
}

RecommendationState CaseFile::recommendation() const {
    return {recommended(finalRanking()), results_rows::selectLatestRecommendation(d->db)};
}

void CaseFile::recommend(const QString& reference, const QString& member,
                         const QString& justification) {
    requireWritable(*d);
    const auto held = markingStateOf(*d);
    const MarkingState& state = *held;
    requireChairFor(state, member, reference, QStringLiteral("records the panel's recommendation"));
    requireNoProblems(validateRecommendation(reference, finalRanking(), justification));
    {
        sql::Transaction transaction(d->db);
        results_rows::insertRecommendation(d->db, candidateIdOf(d->db, reference),
                                           justification.trimmed(), member, nowUtcText());
        record_rows::append(
            d->db, member, QStringLiteral("recommendation"), reference,
            recommendation().proposed.candidates.join(QStringLiteral(", ")),
            justification.trimmed().isEmpty()
                ? QStringLiteral("recommended")
                : QStringLiteral("recommended; justification: %1").arg(justification.trimmed()));
        transaction.commit();
    }
    d->events.resultsChanged(ResultsChanged{});
}

} // namespace sp
