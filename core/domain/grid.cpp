#include "domain/grid.h"

#include <QRegularExpression>
#include <algorithm>
#include <set>

namespace sp {

namespace {

QStringList criterionProblems(const std::vector<Criterion>& criteria) {
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    QStringList problems;
    std::set<std::pair<Stage, QString>> seen;
    for (const auto& c : criteria) {
        const QString where =
            stageKey(c.stage) + QStringLiteral(" criterion '") + c.id + QLatin1Char('\'');
        if (c.id.isEmpty())
            problems << QStringLiteral("a %1 criterion has no id").arg(stageKey(c.stage));
        else if (!keyPattern.match(c.id).hasMatch())
            problems << where + QStringLiteral(": the id may hold only a-z, 0-9 and _");
        else if (!seen.insert({c.stage, c.id}).second)
            problems << where + QStringLiteral(" appears twice");
        if (c.weight < 1)
            problems << where + QStringLiteral(": weight %1 must be at least 1").arg(c.weight);
        if (c.maxMark < 1)
            problems << where +
                            QStringLiteral(": maximum mark %1 must be at least 1").arg(c.maxMark);
    }
    if (std::none_of(criteria.begin(), criteria.end(),
                     [](const Criterion& c) { return c.stage == Stage::Preselection; }))
        problems << QStringLiteral("the grid has no pre-selection criterion");
    return problems;
}

QStringList thresholdProblems(const Grid& grid) {
    const Thresholds& t = grid.thresholds;
    const double preselectionMax = maxWeightedTotal(grid.criteria, Stage::Preselection);
    const double interviewMax = maxWeightedTotal(grid.criteria, Stage::Interview);
    QStringList problems;
    if (!t.interviewBestN && !t.interviewMinTotal)
        problems << QStringLiteral("the grid does not say who is invited to interview: give the "
                                   "best N, a minimum total or both");
    if (t.interviewBestN && *t.interviewBestN < 1)
        problems << QStringLiteral("best N %1 must be at least 1").arg(*t.interviewBestN);
    if (t.interviewMinTotal && (*t.interviewMinTotal < 0 || *t.interviewMinTotal > preselectionMax))
        problems << QStringLiteral("minimum total %1 is outside 0..%2, the highest pre-selection "
                                   "total")
                        .arg(*t.interviewMinTotal)
                        .arg(preselectionMax);
    if (interviewMax > 0 && !t.interviewPassMark)
        problems << QStringLiteral("the grid has interview criteria but no pass mark");
    if (interviewMax == 0 && t.interviewPassMark)
        problems << QStringLiteral("the grid has a pass mark but no interview criterion");
    if (interviewMax > 0 && t.interviewPassMark &&
        (*t.interviewPassMark < 0 || *t.interviewPassMark > interviewMax))
        problems << QStringLiteral("pass mark %1 is outside 0..%2, the highest interview total")
                        .arg(*t.interviewPassMark)
                        .arg(interviewMax);
    if (!(t.spreadFlag > 0))
        problems << QStringLiteral("the spread flag %1 must be above 0").arg(t.spreadFlag);
    return problems;
}

} // namespace

QString gridStateKey(GridState state) {
    return state == GridState::Frozen ? QStringLiteral("frozen") : QStringLiteral("draft");
}

std::optional<GridState> gridStateFromKey(const QString& key) {
    if (key == QLatin1String("draft"))
        return GridState::Draft;
    if (key == QLatin1String("frozen"))
        return GridState::Frozen;
    return std::nullopt;
}

Grid gridOf(const Vacancy& vacancy) {
    return {vacancy.criteria, vacancy.thresholds, vacancy.interviewQuestions};
}

double maxWeightedTotal(const std::vector<Criterion>& criteria, Stage stage) {
    double total = 0;
    for (const auto& c : criteria)
        if (c.stage == stage)
            total += c.weight * c.maxMark;
    return total;
}

std::vector<Criterion> criteriaOf(const std::vector<Criterion>& criteria, Stage stage) {
    std::vector<Criterion> result;
    std::copy_if(criteria.begin(), criteria.end(), std::back_inserter(result),
                 [stage](const Criterion& c) { return c.stage == stage; });
    return result;
}

QStringList validateGrid(const Grid& grid) {
    return criterionProblems(grid.criteria) + thresholdProblems(grid);
}

QStringList freezeProblems(const Grid& grid, GridState state) {
    if (state == GridState::Frozen)
        return {QStringLiteral("the grid is already frozen")};
    return validateGrid(grid);
}

QStringList changeProblems(GridState state) {
    if (state == GridState::Frozen)
        return {QStringLiteral("the grid is frozen: reopen it first, which discards the marks "
                               "given so far")};
    return {};
}

QStringList reopenProblems(GridState state, const QString& reason) {
    QStringList problems;
    if (state != GridState::Frozen)
        problems << QStringLiteral("the grid is not frozen: there is nothing to reopen");
    if (reason.trimmed().isEmpty())
        problems << QStringLiteral("a reopening needs a written reason: it goes into the record");
    return problems;
}

} // namespace sp
