#pragma once

#include "domain/problem.h"
#include "domain/ranking.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// A candidate of the final ranking: the ranking of the interview totals, with suitability
// (shortlist.h suitable: interview total at or above the pass mark).
struct FinalCandidate {
    RankedCandidate ranked;
    bool suitable = false;
};

// The interview ranking with each candidate's suitability against the pass mark.
std::vector<FinalCandidate> finalRanking(const std::vector<RankedCandidate>& interviewRanking,
                                         double passMark);

struct Recommendation {
    // The best-ranked suitable candidate(s) of the highest tier that has one (RULES.md, Article
    // 29). One: the recommendation. Several: they tie at the top and the panel chooses among
    // them, the program never does. None: nobody is suitable.
    QStringList candidates;
    QString tierLabel; // of the candidates, empty when none
    Problem tier;      // the same, for the window to translate
    QString reason;    // "best suitable candidate of tier 1 Commission official, total 30"

    bool needsPanelChoice() const { return candidates.size() > 1; }
};

// Reads the final ranking in its order (tier, then total): the first suitable candidate and any
// tied with them.
Recommendation recommended(const std::vector<FinalCandidate>& ranking);

// Whether choosing the candidate needs a written justification: another candidate is
// recommended, namely (a) a suitable candidate of a higher tier exists (the justification says why
// they do not best fit the post), or (b) a better-ranked suitable candidate of the same tier does.
// Choosing one of a tie at the top needs none.
bool justificationRequired(const QString& chosen, const std::vector<FinalCandidate>& ranking);

// Refused: a candidate not in the final ranking, one not suitable (or without a complete
// interview total); a choice that needs a justification without one (the message names the
// higher-tier or better-ranked suitable candidates).
std::vector<Problem> recommendationProblems(const QString& chosen,
                                            const std::vector<FinalCandidate>& ranking,
                                            const QString& justification);

} // namespace sp
