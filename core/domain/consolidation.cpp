#include "domain/consolidation.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace sp {

namespace {

double aggregateOf(const std::vector<int>& counted, Aggregation aggregation) {
    if (aggregation == Aggregation::Mean) {
        double sum = 0;
        for (int mark : counted)
            sum += mark;
        return sum / static_cast<double>(counted.size());
    }
    std::vector<int> marks = counted;
    std::sort(marks.begin(), marks.end());
    const size_t middle = marks.size() / 2;
    if (marks.size() % 2 == 1)
        return marks[middle];
    return (marks[middle - 1] + marks[middle]) / 2.0;
}

const ConsensusMark* lastConsensus(const std::vector<ConsensusMark>& consensus,
                                   const QString& candidate, Stage stage,
                                   const QString& criterion) {
    const ConsensusMark* found = nullptr;
    for (const auto& c : consensus)
        if (c.candidate == candidate && c.stage == stage && c.criterion == criterion)
            found = &c;
    return found;
}

// The expected markers' submitted sheets for the candidate and stage; notes who has none.
std::vector<const MarkSheet*> countedSheets(const QString& candidate, Stage stage,
                                            const std::vector<MarkSheet>& sheets,
                                            const QStringList& expectedMarkers,
                                            QStringList& missing) {
    std::vector<const MarkSheet*> counted;
    for (const auto& member : expectedMarkers) {
        auto sheet = std::find_if(sheets.begin(), sheets.end(), [&](const MarkSheet& s) {
            return s.member == member && s.candidate == candidate && s.stage == stage &&
                   s.submitted;
        });
        if (sheet == sheets.end())
            missing << member + QStringLiteral(": no submitted sheet");
        else
            counted.push_back(&*sheet);
    }
    return counted;
}

// Each counted sheet's mark for each criterion: [criterion * sheets + sheet], none where the sheet
// has no mark. Each sheet's marks are walked once; sheets usually hold the same criteria, so the
// positions found in one serve the next that has the same, instead of a search per sheet and
// criterion (millions of them in a ranking of 20,000 candidates).
std::vector<std::optional<int>> marksByCriterion(const std::vector<const Criterion*>& criteria,
                                                 const std::vector<const MarkSheet*>& counted) {
    std::vector<std::optional<int>> table(criteria.size() * counted.size());
    std::vector<QString> keys;             // the criteria of the sheet the positions are for
    std::vector<std::ptrdiff_t> positions; // of each criterion in `keys`; -1: none
    std::vector<int> values;
    for (size_t s = 0; s < counted.size(); ++s) {
        const Marks& marks = counted[s]->marks;
        bool same = !positions.empty() && marks.size() == keys.size();
        values.clear();
        size_t k = 0;
        for (const auto& [id, mark] : marks) {
            // Criterion ids read from a case file share their text: comparing where it is saves
            // comparing it, two million times in a ranking of 20,000 candidates.
            same = same && (id.constData() == keys[k].constData() || id == keys[k]);
            ++k;
            values.push_back(mark);
        }
        if (!same) {
            keys.clear();
            for (const auto& entry : marks)
                keys.push_back(entry.first);
            positions.clear();
            for (const Criterion* criterion : criteria) {
                const auto it = std::lower_bound(keys.begin(), keys.end(), criterion->id);
                positions.push_back(it != keys.end() && *it == criterion->id ? it - keys.begin()
                                                                             : -1);
            }
        }
        for (size_t c = 0; c < criteria.size(); ++c)
            if (positions[c] >= 0)
                table[c * counted.size() + s] = values[static_cast<size_t>(positions[c])];
    }
    return table;
}

} // namespace

QString aggregationKey(Aggregation aggregation) {
    return aggregation == Aggregation::Median ? QStringLiteral("median") : QStringLiteral("mean");
}

std::optional<Aggregation> aggregationFromKey(const QString& key) {
    if (key == QLatin1String("mean"))
        return Aggregation::Mean;
    if (key == QLatin1String("median"))
        return Aggregation::Median;
    return std::nullopt;
}

std::vector<Problem> consensusProblems(const ConsensusMark& consensus,
                                       const std::vector<Criterion>& criteria) {
    std::vector<Problem> problems;
    auto criterion = std::find_if(criteria.begin(), criteria.end(), [&](const Criterion& c) {
        return c.stage == consensus.stage && c.id == consensus.criterion;
    });
    const QString field = QStringLiteral("criterion:") + consensus.criterion;
    if (criterion == criteria.end())
        problems.push_back(
            {consensus.stage == Stage::Preselection
                 ? QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a pre-selection criterion")
                 : QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not an interview criterion"),
             {consensus.criterion},
             field});
    else if (consensus.mark < 0 || consensus.mark > criterion->maxMark)
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "%1: consensus mark %2 is outside 0..%3"),
             {consensus.criterion, QString::number(consensus.mark),
              QString::number(criterion->maxMark)},
             field});
    if (consensus.reason.trimmed().isEmpty())
        problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "a consensus mark needs a reason: it "
                                                             "goes into the record"),
                            {},
                            QStringLiteral("reason")});
    return problems;
}

const CriterionResult* ConsolidatedCandidate::criterion(const QString& id) const {
    auto it = std::find_if(criteria.begin(), criteria.end(),
                           [&](const CriterionResult& r) { return r.id == id; });
    return it == criteria.end() ? nullptr : &*it;
}

ConsolidatedCandidate consolidate(const QString& candidate, Stage stage,
                                  const std::vector<Criterion>& criteria,
                                  const std::vector<MarkSheet>& sheets,
                                  const QStringList& expectedMarkers,
                                  const std::vector<ConsensusMark>& consensus,
                                  Aggregation aggregation, double spreadThreshold) {
    ConsolidatedCandidate result;
    result.candidate = candidate;
    result.stage = stage;
    std::vector<const Criterion*> stageCriteria;
    for (const auto& criterion : criteria)
        if (criterion.stage == stage)
            stageCriteria.push_back(&criterion);
    if (stageCriteria.empty())
        result.missing << QStringLiteral("the grid has no %1 criterion").arg(stageKey(stage));
    if (expectedMarkers.isEmpty())
        result.missing << QStringLiteral("no panel member may mark this candidate");
    const std::vector<const MarkSheet*> counted =
        countedSheets(candidate, stage, sheets, expectedMarkers, result.missing);
    const std::vector<std::optional<int>> table = marksByCriterion(stageCriteria, counted);

    double total = 0;
    result.criteria.reserve(stageCriteria.size());
    std::vector<int> marks; // reused: a ranking consolidates tens of thousands of candidates
    marks.reserve(counted.size());
    for (size_t i = 0; i < stageCriteria.size(); ++i) {
        const Criterion& criterion = *stageCriteria[i];
        CriterionResult r;
        r.id = criterion.id;
        marks.clear();
        for (size_t s = 0; s < counted.size(); ++s) {
            if (const std::optional<int> mark = table[i * counted.size() + s])
                marks.push_back(*mark);
            else
                result.missing << counted[s]->member + QStringLiteral(": no mark for ") +
                                      criterion.id;
        }
        r.markCount = static_cast<int>(marks.size());
        if (!marks.empty()) {
            r.aggregate = aggregateOf(marks, aggregation);
            auto [lowest, highest] = std::minmax_element(marks.begin(), marks.end());
            r.spread = *highest - *lowest;
            r.flagged = r.spread >= spreadThreshold;
        }
        r.value = r.aggregate;
        if (const ConsensusMark* c = lastConsensus(consensus, candidate, stage, criterion.id)) {
            r.consensus = c->mark;
            r.consensusReason = c->reason;
            r.value = c->mark;
        }
        result.anyFlagged = result.anyFlagged || r.flagged;
        result.needsDiscussion = result.needsDiscussion || (r.flagged && !r.consensus);
        total += criterion.weight * r.value.value_or(0);
        result.criteria.push_back(std::move(r));
    }
    result.complete = result.missing.isEmpty();
    if (result.complete)
        result.weightedTotal = total;
    return result;
}

} // namespace sp
