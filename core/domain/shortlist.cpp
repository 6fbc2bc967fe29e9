#include "domain/shortlist.h"

#include "domain/error.h"

#include <algorithm>
#include <map>
#include <set>

namespace sp {

namespace {

bool ranked(const RankedCandidate& c) {
    return c.rank.has_value();
}

bool reaches(const RankedCandidate& c, std::optional<double> minTotal) {
    return !minTotal || (c.total && *c.total >= *minTotal - totalEpsilon);
}

// The reason for one candidate: rank within the best N and/or the minimum total.
QString reasonFor(const RankedCandidate& c, const Thresholds& t, int place, bool invited,
                  bool tiedAtCut) {
    if (!ranked(c))
        return QStringLiteral("marks incomplete: not ranked");
    const QString total = totalText(c.total);
    const std::optional<double> min = t.interviewMinTotal;
    if (min && !reaches(c, min))
        return QStringLiteral("total %1 < %2").arg(total, totalText(min));
    const QString minPart =
        min ? QStringLiteral("total %1 >= %2").arg(total, totalText(min)) : QString();
    if (!t.interviewBestN)
        return minPart;
    const QString n = QString::number(*t.interviewBestN);
    QString cut;
    if (!min)
        cut = invited ? QStringLiteral("rank %1 of the best %2").arg(*c.rank).arg(n)
                      : QStringLiteral("rank %1, outside the best %2").arg(*c.rank).arg(n);
    else
        cut = invited ? QStringLiteral("%1, place %2 of the best %3 reaching it")
                            .arg(minPart)
                            .arg(place)
                            .arg(n)
                      : QStringLiteral("%1, but place %2, outside the best %3 reaching it")
                            .arg(minPart)
                            .arg(place)
                            .arg(n);
    return tiedAtCut ? cut + QStringLiteral(", tied at the cut") : cut;
}

} // namespace

const ShortlistEntry* Shortlist::entry(const QString& candidate) const {
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const ShortlistEntry& e) { return e.candidate == candidate; });
    return it == entries.end() ? nullptr : &*it;
}

QStringList Shortlist::invited() const {
    QStringList references;
    for (const auto& e : entries)
        if (e.invited)
            references << e.candidate;
    return references;
}

Shortlist proposeInterviewShortlist(const std::vector<RankedCandidate>& ranking,
                                    const Thresholds& thresholds) {
    if (!thresholds.interviewBestN && !thresholds.interviewMinTotal)
        throw Error(ErrorKind::BadInput,
                    Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                              "the grid does not say who is invited to interview: "
                                              "give the best N, a minimum total or both"),
                            {},
                            QStringLiteral("thresholds")});

    // Place among the candidates who reach the minimum total; a tie shares its place
    // (competition style, as the ranking's rank). groupSize: how many share each place.
    std::vector<int> places(ranking.size(), 0);
    std::map<int, int> groupSize;
    int counted = 0;
    int previousPlace = 0;
    std::optional<int> previousRank;
    for (size_t i = 0; i < ranking.size(); ++i) {
        const RankedCandidate& c = ranking[i];
        if (!ranked(c) || !reaches(c, thresholds.interviewMinTotal))
            continue;
        ++counted;
        places[i] = (previousRank == c.rank) ? previousPlace : counted;
        ++groupSize[places[i]];
        previousPlace = places[i];
        previousRank = c.rank;
    }

    Shortlist shortlist;
    std::set<int> cutTies;
    for (size_t i = 0; i < ranking.size(); ++i) {
        const RankedCandidate& c = ranking[i];
        const int place = places[i];
        const std::optional<int> n = thresholds.interviewBestN;
        const bool invited = place > 0 && (!n || place <= *n);
        const bool tiedAtCut = invited && n && place + groupSize[place] - 1 > *n;
        if (tiedAtCut)
            cutTies.insert(place);
        shortlist.entries.push_back(
            {c.candidate, invited, reasonFor(c, thresholds, place, invited, tiedAtCut), false});
    }
    for (int place : cutTies)
        shortlist.notes << QStringLiteral("tied at the cut: %1 candidates share place %2, so %3 "
                                          "are invited for the best %4")
                               .arg(groupSize[place])
                               .arg(place)
                               .arg(place + groupSize[place] - 1)
                               .arg(*thresholds.interviewBestN);
    return shortlist;
}

std::vector<Problem> shortlistDecisionProblems(const Shortlist& proposal,
                                               const std::vector<ShortlistDecision>& decisions) {
    std::vector<Problem> problems;
    std::set<QString> seen;
    for (const auto& d : decisions) {
        const ShortlistEntry* proposed = proposal.entry(d.candidate);
        if (!proposed) {
            problems.push_back(
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not in the proposed shortlist"),
                            d.candidate));
            continue;
        }
        if (!seen.insert(d.candidate).second)
            problems.push_back(
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 has two decisions"), d.candidate));
        if (d.invited != proposed->invited && d.reason.trimmed().isEmpty())
            problems.push_back(
                {d.invited ? QT_TRANSLATE_NOOP("sp::Problem", "%1: inviting differs from the "
                                                              "proposal and needs a reason")
                           : QT_TRANSLATE_NOOP("sp::Problem", "%1: not inviting differs from the "
                                                              "proposal and needs a reason"),
                 {d.candidate},
                 QStringLiteral("reason")});
    }
    return problems;
}

Shortlist applyDecisions(const Shortlist& proposal,
                         const std::vector<ShortlistDecision>& decisions) {
    std::vector<Problem> problems = shortlistDecisionProblems(proposal, decisions);
    if (!problems.empty())
        throw Error(ErrorKind::BadInput, std::move(problems));
    Shortlist shortlist = proposal;
    for (const auto& d : decisions) {
        auto entry =
            std::find_if(shortlist.entries.begin(), shortlist.entries.end(),
                         [&](const ShortlistEntry& e) { return e.candidate == d.candidate; });
        if (entry->invited == d.invited)
            continue;
        entry->reason =
            QStringLiteral("panel decision: %1 (proposed: %2, %3)")
                .arg(d.reason.trimmed(),
                     entry->invited ? QStringLiteral("invited") : QStringLiteral("not invited"),
                     entry->reason);
        entry->invited = d.invited;
        entry->changedByPanel = true;
    }
    return shortlist;
}

bool suitable(std::optional<double> interviewTotal, double passMark) {
    return interviewTotal && *interviewTotal >= passMark - totalEpsilon;
}

} // namespace sp
