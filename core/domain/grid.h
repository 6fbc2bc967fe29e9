#pragma once

#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

// The evaluation grid is fixed before any scoring (RULES.md, "Merit assessment"): nobody marks
// while it is a draft, and once frozen it changes only through a recorded reopening, which
// discards every mark given so far, at both stages.
enum class GridState { Draft, Frozen };
QString gridStateKey(GridState state); // "draft", "frozen"
std::optional<GridState> gridStateFromKey(const QString& key);

struct Grid {
    std::vector<Criterion> criteria; // both stages
    Thresholds thresholds;
    QStringList interviewQuestions;
};

Grid gridOf(const Vacancy& vacancy);

// The criteria of one stage, in grid order.
std::vector<Criterion> criteriaOf(const std::vector<Criterion>& criteria, Stage stage);

// The highest weighted total of a stage: the sum of weight * maximum mark.
double maxWeightedTotal(const std::vector<Criterion>& criteria, Stage stage);

// What stops the grid from being frozen: criterion ids empty, not [a-z0-9_]+ or repeated within
// a stage; weight or maximum mark below 1; no pre-selection criterion; no invitation threshold
// (best N and/or minimum total) or one out of range; interview criteria without a pass mark, or a
// pass mark out of 0..the highest interview total; a spread flag not above 0. Thresholds count:
// auditors criticised panels that set them after seeing the candidates.
std::vector<Problem> gridProblems(const Grid& grid);

// gridProblems, and refused when the grid is already frozen.
std::vector<Problem> freezingProblems(const Grid& grid, GridState state);

// Refused when the grid is frozen: a change needs a reopening first.
std::vector<Problem> changingProblems(GridState state);

// The record of a reopening: it goes into the case file with the number of mark sheets discarded.
struct GridReopening {
    QString by;   // PanelMember::id
    QDateTime at; // UTC
    QString reason;
    int discardedSheets = 0;
};

// Refused when the grid is not frozen (nothing to reopen) or the reason is empty.
std::vector<Problem> reopeningProblems(GridState state, const QString& reason);

} // namespace sp
