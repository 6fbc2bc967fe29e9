#include "domain/grid.h"

#include <QRegularExpression>
#include <algorithm>
#include <set>

namespace sp {

namespace {

std::vector<Problem> criterionProblems(const std::vector<Criterion>& criteria) {
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    std::vector<Problem> problems;
    std::set<std::pair<Stage, QString>> seen;
    for (const auto& c : criteria) {
        const QString field = QStringLiteral("criterion:") + c.id;
        const QString stage = stageKey(c.stage);
        if (c.id.isEmpty())
            problems.push_back(
                {QT_TRANSLATE_NOOP("sp::Problem", "a %1 criterion has no id"), {stage}, field});
        else if (!keyPattern.match(c.id).hasMatch())
            problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "%1 criterion '%2': the id may "
                                                                 "hold only a-z, 0-9 and _"),
                                {stage, c.id},
                                field});
        else if (!seen.insert({c.stage, c.id}).second)
            problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "%1 criterion '%2' appears twice"),
                                {stage, c.id},
                                field});
        if (c.weight < 1)
            problems.push_back(
                {QT_TRANSLATE_NOOP("sp::Problem",
                                   "%1 criterion '%2': weight %3 must be at least 1"),
                 {stage, c.id, QString::number(c.weight)},
                 field});
        if (c.maxMark < 1)
            problems.push_back(
                {QT_TRANSLATE_NOOP("sp::Problem",
                                   "%1 criterion '%2': maximum mark %3 must be at least 1"),
                 {stage, c.id, QString::number(c.maxMark)},
                 field});
    }
    if (std::none_of(criteria.begin(), criteria.end(),
                     [](const Criterion& c) { return c.stage == Stage::Preselection; }))
        problems.push_back(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "the grid has no pre-selection criterion")));
    return problems;
}

std::vector<Problem> thresholdProblems(const Grid& grid) {
    const Thresholds& t = grid.thresholds;
    const double preselectionMax = maxWeightedTotal(grid.criteria, Stage::Preselection);
    const double interviewMax = maxWeightedTotal(grid.criteria, Stage::Interview);
    std::vector<Problem> problems;
    auto add = [&](const char* text, QStringList args = {}) {
        problems.push_back({text, std::move(args), QStringLiteral("thresholds")});
    };
    if (!t.interviewBestN && !t.interviewMinTotal)
        add(QT_TRANSLATE_NOOP("sp::Problem", "the grid does not say who is invited to interview: "
                                             "give the best N, a minimum total or both"));
    if (t.interviewBestN && *t.interviewBestN < 1)
        add(QT_TRANSLATE_NOOP("sp::Problem", "best N %1 must be at least 1"),
            {QString::number(*t.interviewBestN)});
    if (t.interviewMinTotal && (*t.interviewMinTotal < 0 || *t.interviewMinTotal > preselectionMax))
        add(QT_TRANSLATE_NOOP("sp::Problem", "minimum total %1 is outside 0..%2, the highest "
                                             "pre-selection total"),
            {QString::number(*t.interviewMinTotal), QString::number(preselectionMax)});
    if (interviewMax > 0 && !t.interviewPassMark)
        add(QT_TRANSLATE_NOOP("sp::Problem", "the grid has interview criteria but no pass mark"));
    if (interviewMax == 0 && t.interviewPassMark)
        add(QT_TRANSLATE_NOOP("sp::Problem",
                              "the grid has a pass mark but no interview criterion"));
    if (interviewMax > 0 && t.interviewPassMark &&
        (*t.interviewPassMark < 0 || *t.interviewPassMark > interviewMax))
        add(QT_TRANSLATE_NOOP("sp::Problem",
                              "pass mark %1 is outside 0..%2, the highest interview total"),
            {QString::number(*t.interviewPassMark), QString::number(interviewMax)});
    if (!(t.spreadFlag > 0))
        add(QT_TRANSLATE_NOOP("sp::Problem", "the spread flag %1 must be above 0"),
            {QString::number(t.spreadFlag)});
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

std::vector<Problem> gridProblems(const Grid& grid) {
    std::vector<Problem> problems = criterionProblems(grid.criteria);
    for (Problem& problem : thresholdProblems(grid))
        problems.push_back(std::move(problem));
    return problems;
}

std::vector<Problem> freezingProblems(const Grid& grid, GridState state) {
    if (state == GridState::Frozen)
        return {Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the grid is already frozen"))};
    return gridProblems(grid);
}

std::vector<Problem> changingProblems(GridState state) {
    if (state == GridState::Frozen)
        return {Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "the grid is frozen: reopen it first, which "
                                              "discards the marks given so far"))};
    return {};
}

std::vector<Problem> reopeningProblems(GridState state, const QString& reason) {
    std::vector<Problem> problems;
    if (state != GridState::Frozen)
        problems.push_back(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "the grid is not frozen: there is nothing to reopen")));
    if (reason.trimmed().isEmpty())
        problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "a reopening needs a written reason: "
                                                             "it goes into the record"),
                            {},
                            QStringLiteral("reason")});
    return problems;
}

} // namespace sp
