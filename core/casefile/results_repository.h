#pragma once

#include "domain/consolidation.h"
#include "domain/geographical_balance.h"
#include "domain/marking_rules.h"
#include "domain/procedure_overview.h"
#include "domain/ranking.h"
#include "domain/recommendation.h"
#include "domain/shortlist.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace sp {

class CaseFile;
struct CaseStore;
struct CandidateMarks; // marks_by_candidate.h
struct MarkingSetup;   // marking_state.h
struct ResultsEvents;
class ReadSharing;

// The consolidated result of one candidate as one viewer may see it: `result` only when
// `access` allows (domain canSeeConsolidated), otherwise `access.reason` says why not.
struct ConsolidatedView {
    QString reference;
    Permission access;
    std::optional<ConsolidatedCandidate> result;
};

// The recommendation the rules give, and the one the panel recorded.
struct RecordedRecommendation {
    QString candidate;
    QString justification;
    QString by;
    QDateTime at; // UTC
};
struct RecommendationState {
    Recommendation proposed;                        // recommendation.h recommended()
    std::optional<RecordedRecommendation> recorded; // the latest the panel recorded
};

// Results: consolidated results only, never individual marks; rankings, the shortlist, the
// recommendation, the procedure's progress and its geographical balance.
class ResultsRepository {
public:
    ResultsRepository(CaseStore& store, const CaseFile& caseFile) : d(&store), case_(&caseFile) {}

    // Every candidate taking part in the stage, as far as the viewer may see.
    std::vector<ConsolidatedView> consolidated(Stage stage, const QString& viewer) const;
    // The same for one candidate; refused access (with the reason) when they do not take part.
    ConsolidatedView consolidated(const QString& reference, Stage stage,
                                  const QString& viewer) const;
    // The panel's ranking of the stage: eligible candidates (pre-selection) or the invited ones
    // (interview), by tier then total, ties shared, incomplete ones without a rank.
    std::vector<RankedCandidate> ranking(Stage stage) const;
    Shortlist proposedShortlist() const;
    Shortlist shortlist() const; // with the panel's decisions applied
    // The same from the pre-selection ranking already at hand (ranking(Stage::Preselection)):
    // spares reading every mark again, seconds at 20,000 candidates.
    Shortlist shortlist(const std::vector<RankedCandidate>& preselectionRanking) const;
    // The chair records the panel's decision on inviting a candidate; always with a reason,
    // as a candidate not shortlisted may ask for it.
    void decideShortlist(const ShortlistDecision& decision, const QString& member);
    std::vector<FinalCandidate> finalRanking() const;
    RecommendationState recommendation() const;
    // The chair records the panel's recommendation (recommendationProblems).
    void recommend(const QString& reference, const QString& member, const QString& justification);

    // Counts per stage, the grid's state and each member's marking progress.
    ProcedureOverview overview() const;
    // The share of nationals of the vacancy's under-represented Member States at each stage
    // (geographical_balance.h), for the panel's overview and the selection report.
    GeographicalBalance geographicalBalance() const;

    ResultsEvents& events();

private:
    friend class ReadSharing;
    std::vector<RankedCandidate> rankingFromFile(Stage stage) const;
    ConsolidatedView consolidatedView(const QString& reference, Stage stage, const QString& viewer,
                                      const MarkingSetup& state, const CandidateMarks& marks) const;
    CaseStore* d;
    const CaseFile* case_;
};

} // namespace sp
