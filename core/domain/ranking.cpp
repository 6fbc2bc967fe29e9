#include "domain/ranking.h"

#include "domain/error.h"
#include "domain/tier.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace sp {

namespace {

bool ranked(const RankedCandidate& c) {
    return c.complete && c.total.has_value();
}

bool sameTotal(double a, double b) {
    return std::abs(a - b) <= totalEpsilon;
}

} // namespace

RankingInput rankingInput(const ConsolidatedCandidate& consolidated, Category category) {
    return {consolidated.candidate, category, consolidated.weightedTotal, consolidated.complete};
}

std::vector<RankedCandidate> rank(const std::vector<RankingInput>& inputs, PriorityOrder order) {
    std::vector<RankedCandidate> list;
    list.reserve(inputs.size());
    QSet<QString> seen;
    seen.reserve(static_cast<qsizetype>(inputs.size()));
    for (const auto& input : inputs) {
        if (seen.contains(input.candidate))
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "candidate %1 appears twice in the ranking"),
                                    input.candidate));
        seen.insert(input.candidate);
        RankedCandidate c;
        c.candidate = input.candidate;
        c.category = input.category;
        c.tierRank = tierRank(input.category, order);
        c.tier = tierName(input.category, order);
        c.tierLabel = c.tier.english();
        c.total = input.total;
        c.complete = input.complete && input.total.has_value();
        list.push_back(c);
    }

    // Exact comparisons keep the sort a strict weak ordering; the epsilon applies when grouping.
    std::sort(list.begin(), list.end(), [](const RankedCandidate& a, const RankedCandidate& b) {
        if (a.tierRank != b.tierRank)
            return a.tierRank < b.tierRank;
        if (ranked(a) != ranked(b))
            return ranked(a);
        if (ranked(a) && *a.total != *b.total)
            return *a.total > *b.total;
        return a.candidate < b.candidate;
    });

    // Competition ranking over the whole list: a candidate's rank is one more than the number of
    // ranked candidates before them, unless they tie with the one just before.
    int position = 0;
    RankedCandidate* previous = nullptr;
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (!ranked(*it))
            continue;
        ++position;
        if (previous && previous->tierRank == it->tierRank &&
            sameTotal(*previous->total, *it->total)) {
            it->rank = previous->rank;
            it->tied = previous->tied = true;
        } else {
            it->rank = position;
        }
        previous = &*it;
    }
    // Totals within the epsilon may differ in their last bits: the display order of a tie is by
    // reference alone. Each tie once: sorting it again at each of its members would cost k² for
    // k tied candidates.
    for (auto tie = list.begin(); tie != list.end();) {
        auto end = std::next(tie);
        while (tie->tied && end != list.end() && end->tied && end->rank == tie->rank)
            ++end;
        std::sort(tie, end, [](const RankedCandidate& a, const RankedCandidate& b) {
            return a.candidate < b.candidate;
        });
        tie = end;
    }
    return list;
}

QString totalText(std::optional<double> total) {
    if (!total)
        return QStringLiteral("no total");
    QString text = QString::number(*total, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith('0') || text.endsWith('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

} // namespace sp
