#pragma once

#include "domain/problem.h"
#include "domain/ranking.h"
#include "domain/vacancy.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

struct ShortlistEntry {
    QString candidate;
    bool invited = false;
    QString reason;              // why, either way: a candidate not shortlisted may ask
    bool changedByPanel = false; // the panel's decision differs from the proposal
};

struct Shortlist {
    std::vector<ShortlistEntry> entries; // in ranking order
    QStringList notes;                   // "tied at the cut: 9 invited for the best 8"

    const ShortlistEntry* entry(const QString& candidate) const; // nullptr if absent
    QStringList invited() const;                                 // references, in order
};

// The proposed invitations to interview, from the pre-selection ranking (ranking.h):
// - best N: the candidates ranked N or better. The rank runs over the whole list in Article 29
//   order, so priority candidates fill the places first (the usual practice: the priority of
//   Article 29 applies at every step, not only to the final choice). When the cut falls inside a
//   tie the whole tie is invited, and a note says so: a tie is the panel's to settle.
// - minimum total: the candidates whose total reaches it, whatever their tier.
// - both: the best N among those who reach the minimum total (the minimum is a floor of
//   quality, N the number of interviews the panel can hold).
// Incomplete candidates are never proposed. Throws Error(BadInput) when the thresholds give
// neither best N nor a minimum total.
Shortlist proposeInterviewShortlist(const std::vector<RankedCandidate>& ranking,
                                    const Thresholds& thresholds);

// The panel's decision on one candidate; differing from the proposal needs a reason.
struct ShortlistDecision {
    QString candidate;
    bool invited = false;
    QString reason;
};

// A decision for a candidate not in the proposal, two decisions for one candidate, a decision
// that differs from the proposal without a reason.
std::vector<Problem> shortlistDecisionProblems(const Shortlist& proposal,
                                               const std::vector<ShortlistDecision>& decisions);

// The shortlist after the panel's decisions: a changed entry says "panel decision: <reason>"
// and what was proposed. Throws Error(BadInput) listing shortlistDecisionProblems.
Shortlist applyDecisions(const Shortlist& proposal,
                         const std::vector<ShortlistDecision>& decisions);

// Suitable after the interview: a total at or above the pass mark. No total is not suitable.
bool suitable(std::optional<double> interviewTotal, double passMark);

} // namespace sp
