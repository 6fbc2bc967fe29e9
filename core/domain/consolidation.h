#pragma once

#include "domain/grid.h"
#include "domain/marking_rules.h"
#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

// Per criterion, the mean of the members' marks, or their median as the procedure's option.
enum class Aggregation { Mean, Median };
QString aggregationKey(Aggregation aggregation); // "mean", "median"
std::optional<Aggregation> aggregationFromKey(const QString& key);

// A mark the chair records after the panel discussed a criterion; it replaces the aggregate.
struct ConsensusMark {
    QString candidate;
    Stage stage = Stage::Preselection;
    QString criterion;
    int mark = 0;
    QString reason;
};

// Unknown criterion of the stage, mark outside 0..maximum, no reason.
std::vector<Problem> consensusProblems(const ConsensusMark& consensus,
                                       const std::vector<Criterion>& criteria);

struct CriterionResult {
    QString id;
    std::optional<double> aggregate; // mean or median of the marks counted; none without marks
    std::optional<double> value;     // what counts: the consensus if recorded, else the aggregate
    int spread = 0;                  // highest - lowest mark counted
    bool flagged = false;            // spread at or above the procedure's threshold
    std::optional<int> consensus;
    QString consensusReason;
    int markCount = 0; // marks counted
};

struct ConsolidatedCandidate {
    QString candidate;
    Stage stage = Stage::Preselection;
    std::vector<CriterionResult> criteria; // grid order
    std::optional<double> weightedTotal;   // sum of weight * value; none while incomplete
    bool complete = false;
    QStringList
        missing; // by member id: "anna: no submitted sheet", "anna: no mark for technologies"
    bool anyFlagged = false;      // some criterion flagged
    bool needsDiscussion = false; // some criterion flagged and without a consensus mark yet

    const CriterionResult* criterion(const QString& id) const; // nullptr if absent
};

// Consolidates the candidate's marks at the stage. Counted: the submitted sheets of the expected
// markers (panel.h expectedMarkers: chair and members who do not abstain); drafts, and sheets of
// anyone else, are ignored. Complete when every expected marker has submitted a mark for every
// criterion of the stage, and there is at least one expected marker; an incomplete candidate has
// no total, never a total of zero. The median of an even number of marks is the mean of the two
// middle ones. When several consensus marks are recorded for a criterion, the last one counts.
ConsolidatedCandidate consolidate(const QString& candidate, Stage stage,
                                  const std::vector<Criterion>& criteria,
                                  const std::vector<MarkSheet>& sheets,
                                  const QStringList& expectedMarkers,
                                  const std::vector<ConsensusMark>& consensus,
                                  Aggregation aggregation, double spreadThreshold);

} // namespace sp
