#include "domain/procedure_overview.h"

namespace sp {

ScreeningCounts countScreening(const std::vector<ScreenedCandidate>& candidates) {
    ScreeningCounts counts;
    counts.received = static_cast<int>(candidates.size());
    for (const auto& screened : candidates) {
        switch (screened.screening.status) {
        case ScreeningStatus::Inadmissible:
            ++counts.inadmissible;
            break;
        case ScreeningStatus::Superseded:
            ++counts.superseded;
            break;
        case ScreeningStatus::Pending:
            ++counts.pending;
            break;
        case ScreeningStatus::Eligible:
            ++counts.eligible;
            break;
        case ScreeningStatus::NotEligible:
            ++counts.notEligible;
            break;
        }
    }
    return counts;
}

StageProgress stageProgress(Stage stage, const QStringList& participants,
                            const MarkingSituation& situation) {
    return {static_cast<int>(participants.size()), completelyMarked(stage, participants, situation),
            memberProgress(stage, participants, situation)};
}

} // namespace sp
