#include "domain/marking_rules.h"

#include <algorithm>

namespace sp {

namespace {

QString stageName(Stage stage) {
    return stage == Stage::Preselection ? QStringLiteral("pre-selection")
                                        : QStringLiteral("interview");
}

QString nameOf(const PanelMember& member) {
    return member.name.isEmpty() ? member.id : member.name;
}

QString namesOf(const QStringList& ids, const std::vector<PanelMember>& panel) {
    QStringList names;
    for (const auto& id : ids) {
        const PanelMember* member = findMember(panel, id);
        names << (member ? nameOf(*member) : id);
    }
    return names.join(QStringLiteral(", "));
}

Permission notOnPanel(const QString& id) {
    return Permission::refuse(QStringLiteral("'%1' is not a panel member").arg(id));
}

Permission abstaining(const PanelMember& member, const QString& candidate, const Conflict& c) {
    return Permission::refuse(QStringLiteral("%1 abstains for %2 (%3): no marking and no view of "
                                             "that candidate's marks")
                                  .arg(nameOf(member), candidate, conflictNatureLabel(c.nature)));
}

bool hasSubmitted(const std::vector<MarkSheet>& sheets, const QString& member,
                  const QString& candidate, Stage stage) {
    return std::any_of(sheets.begin(), sheets.end(), [&](const MarkSheet& s) {
        return s.member == member && s.candidate == candidate && s.stage == stage && s.submitted;
    });
}

} // namespace

const MarkSheet* findSheet(const std::vector<MarkSheet>& sheets, const QString& member,
                           const QString& candidate, Stage stage) {
    auto it = std::find_if(sheets.begin(), sheets.end(), [&](const MarkSheet& s) {
        return s.member == member && s.candidate == candidate && s.stage == stage;
    });
    return it == sheets.end() ? nullptr : &*it;
}

Permission canMark(const QString& member, const QString& candidate, Stage stage,
                   GridState gridState, const std::vector<PanelMember>& panel,
                   const std::vector<Conflict>& conflicts) {
    const PanelMember* marker = findMember(panel, member);
    if (!marker)
        return notOnPanel(member);
    if (!roleMarks(marker->role))
        return Permission::refuse(QStringLiteral("%1 is the secretary: the secretary does not mark")
                                      .arg(nameOf(*marker)));
    if (const Conflict* conflict = abstainingConflict(member, candidate, conflicts))
        return abstaining(*marker, candidate, *conflict);
    if (gridState != GridState::Frozen)
        return Permission::refuse(QStringLiteral("the grid is not frozen: nobody marks %1 before "
                                                 "it is")
                                      .arg(stageName(stage)));
    return Permission::allow();
}

QStringList validateMarks(const MarkSheet& sheet, const std::vector<Criterion>& criteria) {
    const std::vector<Criterion> stageCriteria = criteriaOf(criteria, sheet.stage);
    QStringList problems;
    for (const auto& [id, mark] : sheet.marks) {
        auto criterion = std::find_if(stageCriteria.begin(), stageCriteria.end(),
                                      [&key = id](const Criterion& c) { return c.id == key; });
        if (criterion == stageCriteria.end())
            problems
                << QStringLiteral("'%1' is not a %2 criterion").arg(id, stageName(sheet.stage));
        else if (mark < 0 || mark > criterion->maxMark)
            problems << QStringLiteral("%1: mark %2 is outside 0..%3")
                            .arg(id)
                            .arg(mark)
                            .arg(criterion->maxMark);
    }
    if (sheet.submitted)
        for (const auto& c : stageCriteria)
            if (!sheet.marks.count(c.id))
                problems << QStringLiteral("%1: no mark, and a submitted sheet marks every "
                                           "criterion")
                                .arg(c.id);
    return problems;
}

Permission canSave(const MarkSheet& sheet, const std::vector<MarkSheet>& existing,
                   GridState gridState, const std::vector<Criterion>& criteria,
                   const std::vector<PanelMember>& panel, const std::vector<Conflict>& conflicts) {
    const Permission marking =
        canMark(sheet.member, sheet.candidate, sheet.stage, gridState, panel, conflicts);
    if (!marking.allowed)
        return marking;
    QStringList problems;
    if (hasSubmitted(existing, sheet.member, sheet.candidate, sheet.stage))
        problems << QStringLiteral("%1 has already submitted the %2 marks for %3: a submitted "
                                   "sheet is final")
                        .arg(nameOf(*findMember(panel, sheet.member)), stageName(sheet.stage),
                             sheet.candidate);
    problems << validateMarks(sheet, criteria);
    if (!problems.isEmpty())
        return Permission::refuse(problems.join(QStringLiteral("; ")));
    return Permission::allow();
}

Permission canSeeMarks(const QString& viewer, const QString& candidate, Stage stage,
                       const std::vector<PanelMember>& panel, const std::vector<MarkSheet>& sheets,
                       const std::vector<Conflict>& conflicts) {
    const PanelMember* member = findMember(panel, viewer);
    if (!member)
        return notOnPanel(viewer);
    if (const Conflict* conflict = abstainingConflict(viewer, candidate, conflicts))
        return abstaining(*member, candidate, *conflict);
    if (!roleMarks(member->role))
        return Permission::refuse(QStringLiteral("%1 is the secretary: individual marks stay with "
                                                 "the members who give them")
                                      .arg(nameOf(*member)));
    if (!hasSubmitted(sheets, viewer, candidate, stage))
        return Permission::refuse(QStringLiteral("%1 sees the others' %2 marks for %3 only after "
                                                 "submitting their own")
                                      .arg(nameOf(*member), stageName(stage), candidate));
    return Permission::allow();
}

Permission canSeeConsolidated(const QString& viewer, const QString& candidate, Stage stage,
                              const std::vector<PanelMember>& panel,
                              const std::vector<MarkSheet>& sheets,
                              const std::vector<Conflict>& conflicts) {
    const PanelMember* member = findMember(panel, viewer);
    if (!member)
        return notOnPanel(viewer);
    if (const Conflict* conflict = abstainingConflict(viewer, candidate, conflicts))
        return abstaining(*member, candidate, *conflict);
    if (roleMarks(member->role))
        return canSeeMarks(viewer, candidate, stage, panel, sheets, conflicts);
    const QStringList pending = pendingMarkers(candidate, stage, panel, sheets, conflicts);
    if (!pending.isEmpty())
        return Permission::refuse(
            QStringLiteral("%1 sees the %2 results for %3 once every member "
                           "has submitted: waiting for %4")
                .arg(nameOf(*member), stageName(stage), candidate, namesOf(pending, panel)));
    return Permission::allow();
}

std::vector<MarkSheet> visibleSheets(const QString& viewer, const QString& candidate, Stage stage,
                                     const std::vector<PanelMember>& panel,
                                     const std::vector<MarkSheet>& sheets,
                                     const std::vector<Conflict>& conflicts) {
    const bool seesOthers = canSeeMarks(viewer, candidate, stage, panel, sheets, conflicts).allowed;
    std::vector<MarkSheet> visible;
    for (const auto& sheet : sheets) {
        if (sheet.candidate != candidate || sheet.stage != stage)
            continue;
        if (sheet.member == viewer || (seesOthers && sheet.submitted))
            visible.push_back(sheet);
    }
    return visible;
}

Permission canRecordConsensus(const QString& member, const QString& candidate, Stage stage,
                              const std::vector<PanelMember>& panel,
                              const std::vector<MarkSheet>& sheets,
                              const std::vector<Conflict>& conflicts) {
    const PanelMember* chair = findMember(panel, member);
    if (!chair)
        return notOnPanel(member);
    if (chair->role != Role::Chair)
        return Permission::refuse(
            QStringLiteral("%1 is not the chair: only the chair records a consensus mark")
                .arg(nameOf(*chair)));
    if (const Conflict* conflict = abstainingConflict(member, candidate, conflicts))
        return abstaining(*chair, candidate, *conflict);
    const QStringList pending = pendingMarkers(candidate, stage, panel, sheets, conflicts);
    if (!pending.isEmpty())
        return Permission::refuse(QStringLiteral("a consensus mark for %1 follows the discussion "
                                                 "of every member's %2 marks: waiting for %3")
                                      .arg(candidate, stageName(stage), namesOf(pending, panel)));
    return Permission::allow();
}

QStringList pendingMarkers(const QString& candidate, Stage stage,
                           const std::vector<PanelMember>& panel,
                           const std::vector<MarkSheet>& sheets,
                           const std::vector<Conflict>& conflicts) {
    QStringList pending;
    for (const auto& id : expectedMarkers(panel, candidate, conflicts))
        if (!hasSubmitted(sheets, id, candidate, stage))
            pending << id;
    return pending;
}

QString markSheetText(const MarkSheet& sheet) {
    QStringList marks;
    for (const auto& [criterion, mark] : sheet.marks)
        marks << QStringLiteral("%1=%2").arg(criterion).arg(mark);
    QString text = stageKey(sheet.stage) + QStringLiteral(": ") + marks.join(QLatin1Char(' '));
    if (!sheet.comment.isEmpty())
        text += QStringLiteral("; comment: ") + sheet.comment;
    return text + (sheet.submitted ? QStringLiteral("; submitted") : QStringLiteral("; draft"));
}

} // namespace sp
