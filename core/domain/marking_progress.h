#pragma once

#include "domain/grid.h"
#include "domain/marking_rules.h"
#include "domain/panel.h"
#include "domain/vacancy.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// Where one member stands with one candidate at one stage, as their own list shows it.
enum class MarkingTask {
    NotTakingPart, // the candidate is not marked at this stage (not eligible, not invited)
    NotYetOpen,    // the grid is not frozen yet: nobody marks
    NotMarking,    // the member does not mark (the secretary, or not on the panel)
    Abstains,      // a declared conflict: the member must abstain
    ToMark,        // nothing saved yet
    Draft,         // saved, not submitted
    Submitted,
};
QString markingTaskKey(MarkingTask task); // "not_taking_part", ..., "submitted"
// Still the member's to do: to mark or a draft to finish.
inline bool needsMarks(MarkingTask task) {
    return task == MarkingTask::ToMark || task == MarkingTask::Draft;
}

// What the marking rules need to tell each member's tasks, read once.
struct MarkingSituation {
    GridState gridState = GridState::Draft;
    std::vector<PanelMember> panel;
    std::vector<Conflict> conflicts;
    std::vector<MarkSheet> sheets;
};

// The member's task for the candidate at the stage; `takesPart` says whether the candidate is
// marked at that stage at all (participation).
MarkingTask markingTask(const QString& member, const QString& candidate, Stage stage,
                        bool takesPart, const MarkingSituation& situation);

// The member's tasks for every participant of the stage, by reference. Candidates not taking
// part are absent (NotTakingPart).
QHash<QString, MarkingTask> markingTasks(const QString& member, Stage stage,
                                         const QStringList& participants,
                                         const MarkingSituation& situation);

// One member's progress at one stage: of the candidates they are expected to mark, how many
// sheets are submitted and how many are drafts; and for how many they abstain.
struct MemberProgress {
    PanelMember member;
    int expected = 0;
    int submitted = 0;
    int drafts = 0;
    int abstentions = 0;

    int remaining() const { return expected - submitted; }
};

// Every member who marks, in panel order.
std::vector<MemberProgress> memberProgress(Stage stage, const QStringList& participants,
                                           const MarkingSituation& situation);

// Participants whose expected markers have all submitted.
int completelyMarked(Stage stage, const QStringList& participants,
                     const MarkingSituation& situation);

} // namespace sp
