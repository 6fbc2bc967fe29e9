#pragma once

#include "domain/application.h"
#include "domain/consolidation.h"
#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QString>
#include <optional>
#include <vector>

namespace sp {

// What the ranking needs of a candidate: the category gives the Article 29 tier.
struct RankingInput {
    QString candidate; // reference
    Category category = Category::External;
    std::optional<double> total; // weighted total; none while incomplete
    bool complete = false;
};

RankingInput rankingInput(const ConsolidatedCandidate& consolidated, Category category);

struct RankedCandidate {
    QString candidate;
    Category category = Category::External;
    int tierRank = 0;  // tier.h: 0 is the highest tier
    QString tierLabel; // "1 Commission official", ..., per the procedure's priority order
    Problem tier;      // the same, for the window to translate
    std::optional<double> total;
    std::optional<int> rank; // 1-based over the whole list, equal for ties; none if incomplete
    bool tied = false;       // shares its rank with another candidate
    bool complete = false;
};

// Totals closer than this are equal: they come from means of integer marks, so a real difference
// is far larger, and a difference below it is rounding.
constexpr double totalEpsilon = 1e-9;

// Article 29 first, merit second: by tier (tier.h, per the priority order), then by total, best
// first. Incomplete candidates follow the complete ones of their tier, without a rank: they are
// never ranked as if their missing marks were zero. Equal totals within a tier share the rank
// ("1, 2, 2, 4") and are marked tied: the panel settles a tie, the program never breaks it; the
// order by reference within a tie is for display only. Throws Error(BadInput) when a candidate
// appears twice.
std::vector<RankedCandidate> rank(const std::vector<RankingInput>& inputs, PriorityOrder order);

// A total as the panel reads it: at most two decimals, no trailing zeros ("28.5", "28.33", "30");
// "no total" when there is none.
QString totalText(std::optional<double> total);

} // namespace sp
