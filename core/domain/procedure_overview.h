#pragma once

#include "domain/grid.h"
#include "domain/marking_progress.h"
#include "domain/screening.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// How many candidates stand where after screening.
struct ScreeningCounts {
    int received = 0;
    int inadmissible = 0; // late
    int superseded = 0;   // duplicates set aside
    int pending = 0;      // awaiting the panel's eligibility decision
    int eligible = 0;
    int notEligible = 0;
};
ScreeningCounts countScreening(const std::vector<ScreenedCandidate>& candidates);

// One marking stage: who takes part, how many are fully marked, and each member's progress.
struct StageProgress {
    int participants = 0;
    int completelyMarked = 0; // every expected marker has submitted
    std::vector<MemberProgress> members;
};
StageProgress stageProgress(Stage stage, const QStringList& participants,
                            const MarkingSituation& situation);

// The whole procedure at a glance, for the panel's overview and the `status` command.
struct ProcedureOverview {
    ScreeningCounts screening;
    GridState gridState = GridState::Draft;
    int gridReopenings = 0;
    int panelMembers = 0;
    int conflicts = 0;
    StageProgress preselection;
    int shortlisted = 0; // invited to interview, with the panel's decisions
    StageProgress interview;
    QString recommended; // the candidate the panel recommended, empty until then
};

} // namespace sp
