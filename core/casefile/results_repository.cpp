#include "casefile/results_repository.h"

#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/marking_rows.h"
#include "casefile/marking_state.h"
#include "casefile/marks_by_candidate.h"
#include "casefile/participation.h"
#include "casefile/record_rows.h"
#include "casefile/results_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "domain/error.h"

#include <QHash>
#include <optional>

namespace sp {

namespace {

ConsolidatedCandidate consolidatedOf(const QString& reference, Stage stage, const Vacancy& vacancy,
                                     const MarkingSetup& state,
                                     const std::vector<MarkSheet>& sheets,
                                     const std::vector<ConsensusMark>& consensus) {
    return consolidate(reference, stage, vacancy.criteria, sheets,
                       expectedMarkers(state.panel, reference, state.conflicts), consensus,
                       state.aggregation, vacancy.thresholds.spreadFlag);
}

// One text per nature, so that each is translated as a whole sentence.
const char* abstainingChairText(ConflictNature nature) {
    switch (nature) {
    case ConflictNature::Hierarchical:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (direct hierarchical link): "
                                                "another member records this decision");
    case ConflictNature::Family:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (family link): another "
                                                "member records this decision");
    case ConflictNature::FormerColleague:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (former colleague): another "
                                                "member records this decision");
    case ConflictNature::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("sp::Problem",
                             "%1 abstains for %2 (other): another member records this decision");
}

// The chair records the panel's decisions, and not for a candidate they abstain for.
void requireChairFor(const MarkingSetup& state, const QString& member, const QString& reference,
                     const char* notTheChair) {
    const PanelMember& chair = requireChair(state.panel, member, notTheChair);
    if (const Conflict* conflict = abstainingConflict(member, reference, state.conflicts))
        refuse(Problem{abstainingChairText(conflict->nature),
                       {chair.name, reference},
                       QStringLiteral("conflict")});
}

QStringList preselectionParticipants(const std::vector<ScreenedCandidate>& screened) {
    QStringList references;
    for (const auto& candidate : screened)
        if (takesPartInMerit(candidate.screening))
            references << candidate.candidate.application.reference;
    return references;
}

} // namespace

std::vector<ConsolidatedView> ResultsRepository::consolidated(Stage stage,
                                                              const QString& viewer) const {
    const auto state = markingStateOf(*d);
    requireMember(state->panel, viewer);
    const auto marks = marksByCandidateOf(*d);
    std::vector<ConsolidatedView> views;
    for (const auto& reference : participantsOf(*case_, stage))
        views.push_back(consolidatedView(reference, stage, viewer, *state, marks->of(reference)));
    return views;
}

ConsolidatedView ResultsRepository::consolidated(const QString& reference, Stage stage,
                                                 const QString& viewer) const {
    const auto state = candidateMarkingOf(*d, reference);
    requireMember(state->panel, viewer);
    const Permission takesPart = participation(*case_, reference, stage);
    if (!takesPart.allowed)
        return {reference, takesPart, std::nullopt};
    return consolidatedView(reference, stage, viewer, *state, {state->sheets, state->consensus});
}

ConsolidatedView ResultsRepository::consolidatedView(const QString& reference, Stage stage,
                                                     const QString& viewer,
                                                     const MarkingSetup& state,
                                                     const CandidateMarks& marks) const {
    ConsolidatedView view;
    view.reference = reference;
    view.access =
        canSeeConsolidated(viewer, reference, stage, state.panel, marks.sheets, state.conflicts);
    if (view.access.allowed)
        view.result =
            consolidatedOf(reference, stage, d->vacancy, state, marks.sheets, marks.consensus);
    return view;
}

std::vector<RankedCandidate> ResultsRepository::ranking(Stage stage) const {
    d->cache.validate(d->db);
    auto& cached = d->cache.rankings[static_cast<size_t>(stage)];
    if (!cached)
        cached = rankingFromFile(stage);
    return *cached;
}

std::vector<RankedCandidate> ResultsRepository::rankingFromFile(Stage stage) const {
    const auto setup = markingSetupOf(*d);
    const QStringList participants = participantsOf(*case_, stage);
    QHash<QString, qsizetype> position;
    position.reserve(participants.size());
    for (qsizetype i = 0; i < participants.size(); ++i)
        position.insert(participants[i], i);
    QHash<QString, Category> categories;
    for (const auto& screened : *case_->screening().shared())
        categories.insert(screened.candidate.application.reference,
                          screened.candidate.application.category);
    QHash<QString, std::vector<ConsensusMark>> consensus;
    for (auto& mark : marking_rows::selectConsensus(d->db)) // in the order recorded
        consensus[mark.candidate].push_back(std::move(mark));
    const std::vector<MarkSheet> noSheets;
    const auto inputOf = [&](const QString& reference, const std::vector<MarkSheet>& sheets) {
        return rankingInput(consolidatedOf(reference, stage, d->vacancy, *setup, sheets,
                                           consensus.value(reference)),
                            categories.value(reference, Category::External));
    };
    // In the participants' order, as rank() has always been given them.
    std::vector<std::optional<RankingInput>> inputs(participants.size());
    marking_rows::forEachCandidateSheets(
        d->db, stage, [&](const QString& reference, const std::vector<MarkSheet>& sheets) {
            if (const auto it = position.constFind(reference); it != position.constEnd())
                inputs[*it] = inputOf(reference, sheets);
        });
    std::vector<RankingInput> complete;
    complete.reserve(inputs.size());
    for (qsizetype i = 0; i < participants.size(); ++i)
        complete.push_back(inputs[i] ? std::move(*inputs[i]) : inputOf(participants[i], noSheets));
    return rank(complete, d->vacancy.priorityOrder);
}

Shortlist ResultsRepository::proposedShortlist() const {
    return proposeInterviewShortlist(ranking(Stage::Preselection), d->vacancy.thresholds);
}

Shortlist ResultsRepository::shortlist() const {
    return shortlist(ranking(Stage::Preselection));
}

Shortlist
ResultsRepository::shortlist(const std::vector<RankedCandidate>& preselectionRanking) const {
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

void ResultsRepository::decideShortlist(const ShortlistDecision& decision, const QString& member) {
    requireWritable(*d);
    const auto held = markingSetupOf(*d);
    const MarkingSetup& state = *held;
    requireChairFor(state, member, decision.candidate,
                    QT_TRANSLATE_NOOP("sp::Problem", "%1 is not the chair: only the chair records "
                                                     "the panel's shortlist decisions"));
    ShortlistDecision recorded = decision;
    recorded.reason = decision.reason.trimmed();
    const Shortlist proposal = proposedShortlist();
    if (!proposal.entry(recorded.candidate))
        requirePermission(participation(*case_, recorded.candidate, Stage::Preselection));
    std::vector<Problem> problems = shortlistDecisionProblems(proposal, {recorded});
    if (problems.empty() && recorded.reason.isEmpty())
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "%1: a shortlist decision needs a reason: a "
                                              "candidate not shortlisted may ask for it"),
             {recorded.candidate},
             QStringLiteral("reason")});
    requireNoProblems(problems);
    {
        sql::Transaction transaction(d->db);
        results_rows::upsertDecision(d->db, recorded, candidateIdOf(d->db, recorded.candidate),
                                     member, nowUtcText());
        const ShortlistEntry* proposed = proposal.entry(recorded.candidate);
        record_rows::append(
            d->db, member, QStringLiteral("shortlist_decision"), recorded.candidate,
            proposed ? (proposed->invited ? QStringLiteral("proposed: invited (%1)")
                                          : QStringLiteral("proposed: not invited (%1)"))
                           .arg(proposed->reason)
                     : QString(),
            (recorded.invited ? QStringLiteral("invited; reason: %1")
                              : QStringLiteral("not invited; reason: %1"))
                .arg(recorded.reason),
            seal_rows::sealRow(d->db, recorded.candidate, QStringLiteral("shortlist")));
        transaction.commit();
    }
    d->events.results.changed(
        ResultsChanged{ResultsChanged::What::ShortlistDecision, recorded.candidate});
}

std::vector<FinalCandidate> ResultsRepository::finalRanking() const {
    return sp::finalRanking(ranking(Stage::Interview),
                            d->vacancy.thresholds.interviewPassMark.value_or(0));
}

RecommendationState ResultsRepository::recommendation() const {
    return {recommended(finalRanking()), results_rows::selectLatestRecommendation(d->db)};
}

void ResultsRepository::recommend(const QString& reference, const QString& member,
                                  const QString& justification) {
    requireWritable(*d);
    const auto held = markingSetupOf(*d);
    const MarkingSetup& state = *held;
    requireChairFor(state, member, reference,
                    QT_TRANSLATE_NOOP("sp::Problem", "%1 is not the chair: only the chair records "
                                                     "the panel's recommendation"));
    requireNoProblems(recommendationProblems(reference, finalRanking(), justification));
    {
        sql::Transaction transaction(d->db);
        results_rows::insertRecommendation(d->db, candidateIdOf(d->db, reference),
                                           justification.trimmed(), member, nowUtcText());
        const QString key =
            QStringLiteral("recommendation/%1").arg(seal_rows::lastInsertedId(d->db));
        record_rows::append(
            d->db, member, QStringLiteral("recommendation"), reference,
            recommendation().proposed.candidates.join(QStringLiteral(", ")),
            justification.trimmed().isEmpty()
                ? QStringLiteral("recommended")
                : QStringLiteral("recommended; justification: %1").arg(justification.trimmed()),
            seal_rows::sealRow(d->db, reference, key));
        transaction.commit();
    }
    d->events.results.changed(ResultsChanged{ResultsChanged::What::Recommendation, reference});
}

ProcedureOverview ResultsRepository::overview() const {
    const auto held = case_->screening().shared();
    const std::vector<ScreenedCandidate>& screened = *held;
    const MarkingSituation situation = markingSituationOf(*d);
    const QStringList invited = participantsOf(*case_, Stage::Interview);

    ProcedureOverview overview;
    overview.screening = countScreening(screened);
    overview.gridState = situation.gridState;
    overview.gridReopenings = static_cast<int>(case_->panel().gridReopenings().size());
    overview.panelMembers = static_cast<int>(situation.panel.size());
    overview.conflicts = static_cast<int>(situation.conflicts.size());
    overview.preselection =
        stageProgress(Stage::Preselection, preselectionParticipants(screened), situation);
    overview.shortlisted = static_cast<int>(invited.size());
    overview.interview = stageProgress(Stage::Interview, invited, situation);
    if (const auto recorded = recommendation().recorded)
        overview.recommended = recorded->candidate;
    return overview;
}

GeographicalBalance ResultsRepository::geographicalBalance() const {
    BalanceResults results;
    results.shortlisted = shortlist().invited();
    for (const auto& candidate : finalRanking())
        if (candidate.suitable)
            results.suitable << candidate.ranked.candidate;
    if (const auto recorded = recommendation().recorded)
        results.recommended = recorded->candidate;
    return sp::geographicalBalance(*case_->screening().shared(), results,
                                   d->vacancy.underRepresented);
}

ResultsEvents& ResultsRepository::events() {
    return d->events.results;
}

} // namespace sp
