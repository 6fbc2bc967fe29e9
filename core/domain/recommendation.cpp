#include "domain/recommendation.h"

#include "domain/shortlist.h"

#include <algorithm>

namespace sp {

namespace {

const FinalCandidate* findCandidate(const std::vector<FinalCandidate>& ranking,
                                    const QString& candidate) {
    auto it = std::find_if(ranking.begin(), ranking.end(), [&](const FinalCandidate& c) {
        return c.ranked.candidate == candidate;
    });
    return it == ranking.end() ? nullptr : &*it;
}

bool recommendable(const FinalCandidate& c) {
    return c.suitable && c.ranked.rank.has_value();
}

// The suitable candidates that come before the chosen one: of a higher tier, or of the same tier
// with a better rank.
QStringList passedOver(const FinalCandidate& chosen, const std::vector<FinalCandidate>& ranking) {
    QStringList before;
    for (const auto& c : ranking) {
        if (!recommendable(c) || c.ranked.candidate == chosen.ranked.candidate)
            continue;
        const bool higherTier = c.ranked.tierRank < chosen.ranked.tierRank;
        const bool betterInTier =
            c.ranked.tierRank == chosen.ranked.tierRank && *c.ranked.rank < *chosen.ranked.rank;
        if (higherTier || betterInTier)
            before << QStringLiteral("%1 (%2, rank %3)")
                          .arg(c.ranked.candidate, c.ranked.tierLabel)
                          .arg(*c.ranked.rank);
    }
    return before;
}

} // namespace

std::vector<FinalCandidate> finalRanking(const std::vector<RankedCandidate>& interviewRanking,
                                         double passMark) {
    std::vector<FinalCandidate> result;
    for (const auto& c : interviewRanking)
        result.push_back({c, c.complete && suitable(c.total, passMark)});
    return result;
}

Recommendation recommended(const std::vector<FinalCandidate>& ranking) {
    Recommendation recommendation;
    auto best = std::find_if(ranking.begin(), ranking.end(), recommendable);
    if (best == ranking.end()) {
        recommendation.reason = QStringLiteral("no interviewed candidate is suitable");
        return recommendation;
    }
    for (const auto& c : ranking)
        if (recommendable(c) && c.ranked.tierRank == best->ranked.tierRank &&
            c.ranked.rank == best->ranked.rank)
            recommendation.candidates << c.ranked.candidate;
    recommendation.tierLabel = best->ranked.tierLabel;
    recommendation.tier = best->ranked.tier;
    const QString total = totalText(best->ranked.total);
    recommendation.reason =
        recommendation.needsPanelChoice()
            ? QStringLiteral("%1 suitable candidates of tier %2 tie at total %3: the panel chooses")
                  .arg(recommendation.candidates.size())
                  .arg(best->ranked.tierLabel, total)
            : QStringLiteral("best suitable candidate of tier %1, total %2")
                  .arg(best->ranked.tierLabel, total);
    return recommendation;
}

bool justificationRequired(const QString& chosen, const std::vector<FinalCandidate>& ranking) {
    const FinalCandidate* candidate = findCandidate(ranking, chosen);
    return candidate && recommendable(*candidate) && !passedOver(*candidate, ranking).isEmpty();
}

std::vector<Problem> recommendationProblems(const QString& chosen,
                                            const std::vector<FinalCandidate>& ranking,
                                            const QString& justification) {
    const FinalCandidate* candidate = findCandidate(ranking, chosen);
    if (!candidate)
        return {Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not in the final ranking of "
                                                             "interviewed candidates"),
                            chosen)};
    if (!candidate->ranked.complete || !candidate->ranked.rank)
        return {Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 has no complete interview "
                                                             "total: they cannot be recommended"),
                            chosen)};
    if (!candidate->suitable)
        return {Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "%1 is not suitable (interview total %2 below the "
                                              "pass mark): they cannot be recommended"),
                            chosen, totalText(candidate->ranked.total))};
    const QStringList before = passedOver(*candidate, ranking);
    if (before.isEmpty() || !justification.trimmed().isEmpty())
        return {};
    const bool lowerTier =
        std::any_of(ranking.begin(), ranking.end(), [&](const FinalCandidate& c) {
            return recommendable(c) && c.ranked.tierRank < candidate->ranked.tierRank;
        });
    return {{lowerTier ? QT_TRANSLATE_NOOP("sp::Problem",
                                           "recommending %1 over %2 needs a written justification "
                                           "of why the suitable higher-tier candidates do not "
                                           "best fit the post (Article 29)")
                       : QT_TRANSLATE_NOOP("sp::Problem",
                                           "recommending %1 over %2 needs a written justification "
                                           "of why the better-ranked suitable candidates do not "
                                           "best fit the post"),
             {chosen, before.join(QStringLiteral(", "))},
             QStringLiteral("justification")}};
}

} // namespace sp
