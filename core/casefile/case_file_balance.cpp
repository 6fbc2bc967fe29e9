#include "casefile/case_file.h"

namespace sp {

GeographicalBalance CaseFile::geographicalBalance() const {
    BalanceResults results;
    results.shortlisted = shortlist().invited();
    for (const auto& candidate : finalRanking())
        if (candidate.suitable)
            results.suitable << candidate.ranked.candidate;
    if (const auto recorded = recommendation().recorded)
        results.recommended = recorded->candidate;
    return sp::geographicalBalance(*screening(), results, vacancy().underRepresented);
}

} // namespace sp
