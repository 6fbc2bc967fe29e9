#include "casefile/case_file.h"
#include "casefile/case_file_impl.h"
#include "casefile/marking_state.h"
#include "casefile/participation.h"

namespace sp {

namespace {

MarkingSituation situationOf(CaseFile::Impl& impl,
                             const std::optional<std::pair<QString, Stage>>& memberAtStage) {
    const auto setup = markingSetupOf(impl);
    return {setup->gridState, setup->panel, setup->conflicts, sheetStatesOf(impl, memberAtStage)};
}

QStringList preselectionParticipants(const std::vector<ScreenedCandidate>& screened) {
    QStringList references;
    for (const auto& candidate : screened)
        if (takesPartInMerit(candidate.screening))
            references << candidate.candidate.application.reference;
    return references;
}

} // namespace

ProcedureOverview CaseFile::overview() const {
    const auto held = screening();
    const std::vector<ScreenedCandidate>& screened = *held;
    const MarkingSituation situation = situationOf(*d, std::nullopt);
    const QStringList invited = participantsOf(*this, Stage::Interview);

    ProcedureOverview overview;
    overview.screening = countScreening(screened);
    overview.gridState = situation.gridState;
    overview.gridReopenings = static_cast<int>(gridReopenings().size());
    overview.panelMembers = static_cast<int>(situation.panel.size());
    overview.conflicts = static_cast<int>(situation.conflicts.size());
    overview.preselection =
        stageProgress(Stage::Preselection, preselectionParticipants(screened), situation);
    overview.shortlisted = static_cast<int>(invited.size());
    overview.interview = stageProgress(Stage::Interview, invited, situation);
    if (const auto recorded = recommendation().recorded)
        overview.recommended = recorded->candidate;
    return overview;
}

QHash<QString, MarkingTask> CaseFile::markingTasks(Stage stage, const QString& member) const {
    return sp::markingTasks(member, stage, participantsOf(*this, stage),
                            situationOf(*d, std::pair(member, stage)));
}

} // namespace sp
