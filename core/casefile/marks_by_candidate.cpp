#include "casefile/marks_by_candidate.h"

namespace sp {

MarksByCandidate::MarksByCandidate(std::vector<MarkSheet> sheets,
                                   std::vector<ConsensusMark> consensus) {
    for (auto& sheet : sheets)
        byCandidate_[sheet.candidate].sheets.push_back(std::move(sheet));
    // In their order, so that the last consensus mark recorded still counts.
    for (auto& mark : consensus)
        byCandidate_[mark.candidate].consensus.push_back(std::move(mark));
}

const CandidateMarks& MarksByCandidate::of(const QString& reference) const {
    const auto it = byCandidate_.constFind(reference);
    return it == byCandidate_.constEnd() ? none_ : *it;
}

} // namespace sp
