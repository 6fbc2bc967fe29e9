#include "domain/marking_progress.h"

namespace sp {

QString markingTaskKey(MarkingTask task) {
    switch (task) {
    case MarkingTask::NotTakingPart:
        return QStringLiteral("not_taking_part");
    case MarkingTask::NotYetOpen:
        return QStringLiteral("not_yet_open");
    case MarkingTask::NotMarking:
        return QStringLiteral("not_marking");
    case MarkingTask::Abstains:
        return QStringLiteral("abstains");
    case MarkingTask::ToMark:
        return QStringLiteral("to_mark");
    case MarkingTask::Draft:
        return QStringLiteral("draft");
    case MarkingTask::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

namespace {

// The sheets of one stage by (member, candidate): a lookup per candidate, not a scan.
QHash<QPair<QString, QString>, const MarkSheet*> sheetsOf(Stage stage,
                                                          const std::vector<MarkSheet>& sheets) {
    QHash<QPair<QString, QString>, const MarkSheet*> index;
    for (const auto& sheet : sheets)
        if (sheet.stage == stage)
            index.insert({sheet.member, sheet.candidate}, &sheet);
    return index;
}

MarkingTask taskFrom(const QString& member, const QString& candidate, bool takesPart,
                     const MarkingSituation& situation, const MarkSheet* sheet) {
    if (!takesPart)
        return MarkingTask::NotTakingPart;
    const PanelMember* who = findMember(situation.panel, member);
    if (!who || !roleMarks(who->role))
        return MarkingTask::NotMarking;
    if (situation.gridState != GridState::Frozen)
        return MarkingTask::NotYetOpen;
    if (abstains(member, candidate, situation.conflicts))
        return MarkingTask::Abstains;
    if (!sheet)
        return MarkingTask::ToMark;
    return sheet->submitted ? MarkingTask::Submitted : MarkingTask::Draft;
}

} // namespace

MarkingTask markingTask(const QString& member, const QString& candidate, Stage stage,
                        bool takesPart, const MarkingSituation& situation) {
    return taskFrom(member, candidate, takesPart, situation,
                    findSheet(situation.sheets, member, candidate, stage));
}

QHash<QString, MarkingTask> markingTasks(const QString& member, Stage stage,
                                         const QStringList& participants,
                                         const MarkingSituation& situation) {
    const auto sheets = sheetsOf(stage, situation.sheets);
    QHash<QString, MarkingTask> tasks;
    tasks.reserve(participants.size());
    for (const QString& candidate : participants)
        tasks.insert(candidate, taskFrom(member, candidate, true, situation,
                                         sheets.value({member, candidate}, nullptr)));
    return tasks;
}

std::vector<MemberProgress> memberProgress(Stage stage, const QStringList& participants,
                                           const MarkingSituation& situation) {
    const auto sheets = sheetsOf(stage, situation.sheets);
    std::vector<MemberProgress> progress;
    for (const auto& member : situation.panel) {
        if (!roleMarks(member.role))
            continue;
        MemberProgress line{member};
        for (const QString& candidate : participants) {
            if (abstains(member.id, candidate, situation.conflicts)) {
                ++line.abstentions;
                continue;
            }
            ++line.expected;
            if (const MarkSheet* sheet = sheets.value({member.id, candidate}, nullptr))
                ++(sheet->submitted ? line.submitted : line.drafts);
        }
        progress.push_back(line);
    }
    return progress;
}

int completelyMarked(Stage stage, const QStringList& participants,
                     const MarkingSituation& situation) {
    if (situation.gridState != GridState::Frozen)
        return 0;
    const auto sheets = sheetsOf(stage, situation.sheets);
    int complete = 0;
    for (const QString& candidate : participants) {
        const QStringList markers =
            expectedMarkers(situation.panel, candidate, situation.conflicts);
        bool all = !markers.isEmpty();
        for (const QString& member : markers) {
            const MarkSheet* sheet = sheets.value({member, candidate}, nullptr);
            if (!sheet || !sheet->submitted) {
                all = false;
                break;
            }
        }
        complete += all ? 1 : 0;
    }
    return complete;
}

} // namespace sp
