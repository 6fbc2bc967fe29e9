#include "domain/marking_rules.h"

#include <algorithm>

namespace sp {

namespace {

// One text per stage rather than the stage's name as an argument, so that each is translated
// as a whole sentence.
const char* byStage(Stage stage, const char* preselection, const char* interview) {
    return stage == Stage::Preselection ? preselection : interview;
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
    return Permission::refuse(
        Problem{QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a panel member"), {id}, "member"});
}

const char* abstentionText(ConflictNature nature) {
    switch (nature) {
    case ConflictNature::Hierarchical:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (direct hierarchical link): "
                                                "no marking and no view of that candidate's marks");
    case ConflictNature::Family:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (family link): no marking and "
                                                "no view of that candidate's marks");
    case ConflictNature::FormerColleague:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (former colleague): no "
                                                "marking and no view of that candidate's marks");
    case ConflictNature::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("sp::Problem", "%1 abstains for %2 (other): no marking and no view "
                                            "of that candidate's marks");
}

Permission abstaining(const PanelMember& member, const QString& candidate, const Conflict& c) {
    return Permission::refuse(
        Problem{abstentionText(c.nature), {nameOf(member), candidate}, "conflict"});
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
        return Permission::refuse(Problem{
            QT_TRANSLATE_NOOP("sp::Problem", "%1 is the secretary: the secretary does not mark"),
            {nameOf(*marker)},
            "member"});
    if (const Conflict* conflict = abstainingConflict(member, candidate, conflicts))
        return abstaining(*marker, candidate, *conflict);
    if (gridState != GridState::Frozen)
        return Permission::refuse(Problem{
            byStage(stage,
                    QT_TRANSLATE_NOOP("sp::Problem",
                                      "the grid is not frozen: nobody marks pre-selection before "
                                      "it is"),
                    QT_TRANSLATE_NOOP("sp::Problem",
                                      "the grid is not frozen: nobody marks interview before it "
                                      "is")),
            {},
            "grid"});
    return Permission::allow();
}

std::vector<Problem> markProblems(const MarkSheet& sheet, const std::vector<Criterion>& criteria) {
    const std::vector<Criterion> stageCriteria = criteriaOf(criteria, sheet.stage);
    std::vector<Problem> problems;
    for (const auto& [id, mark] : sheet.marks) {
        auto criterion = std::find_if(stageCriteria.begin(), stageCriteria.end(),
                                      [&key = id](const Criterion& c) { return c.id == key; });
        const QString field = QStringLiteral("criterion:") + id;
        if (criterion == stageCriteria.end())
            problems.push_back(
                {byStage(sheet.stage,
                         QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a pre-selection criterion"),
                         QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not an interview criterion")),
                 {id},
                 field});
        else if (mark < 0 || mark > criterion->maxMark)
            problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "%1: mark %2 is outside 0..%3"),
                                {id, QString::number(mark), QString::number(criterion->maxMark)},
                                field});
    }
    if (sheet.submitted)
        for (const auto& c : stageCriteria)
            if (!sheet.marks.count(c.id))
                problems.push_back(
                    {QT_TRANSLATE_NOOP("sp::Problem", "%1: no mark, and a submitted sheet marks "
                                                      "every criterion"),
                     {c.id},
                     QStringLiteral("criterion:") + c.id});
    return problems;
}

QStringList validateMarks(const MarkSheet& sheet, const std::vector<Criterion>& criteria) {
    return englishTexts(markProblems(sheet, criteria));
}

Permission canSave(const MarkSheet& sheet, const std::vector<MarkSheet>& existing,
                   GridState gridState, const std::vector<Criterion>& criteria,
                   const std::vector<PanelMember>& panel, const std::vector<Conflict>& conflicts) {
    const Permission marking =
        canMark(sheet.member, sheet.candidate, sheet.stage, gridState, panel, conflicts);
    if (!marking.allowed)
        return marking;
    std::vector<Problem> problems;
    if (hasSubmitted(existing, sheet.member, sheet.candidate, sheet.stage))
        problems.push_back(
            {byStage(sheet.stage,
                     QT_TRANSLATE_NOOP("sp::Problem", "%1 has already submitted the pre-selection "
                                                      "marks for %2: a submitted sheet is final"),
                     QT_TRANSLATE_NOOP("sp::Problem", "%1 has already submitted the interview "
                                                      "marks for %2: a submitted sheet is final")),
             {nameOf(*findMember(panel, sheet.member)), sheet.candidate},
             "sheet"});
    for (Problem& problem : markProblems(sheet, criteria))
        problems.push_back(std::move(problem));
    if (!problems.empty())
        return Permission::refuse(std::move(problems));
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
        return Permission::refuse(
            Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1 is the secretary: individual marks stay "
                                                     "with the members who give them"),
                    {nameOf(*member)},
                    "member"});
    if (!hasSubmitted(sheets, viewer, candidate, stage))
        return Permission::refuse(Problem{
            byStage(stage,
                    QT_TRANSLATE_NOOP("sp::Problem", "%1 sees the others' pre-selection marks for "
                                                     "%2 only after submitting their own"),
                    QT_TRANSLATE_NOOP("sp::Problem", "%1 sees the others' interview marks for %2 "
                                                     "only after submitting their own")),
            {nameOf(*member), candidate},
            "sheet"});
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
        return Permission::refuse(Problem{
            byStage(stage,
                    QT_TRANSLATE_NOOP("sp::Problem", "%1 sees the pre-selection results for %2 "
                                                     "once every member has submitted: waiting "
                                                     "for %3"),
                    QT_TRANSLATE_NOOP("sp::Problem", "%1 sees the interview results for %2 once "
                                                     "every member has submitted: waiting for "
                                                     "%3")),
            {nameOf(*member), candidate, namesOf(pending, panel)},
            "sheet"});
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
            Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                      "%1 is not the chair: only the chair records a consensus "
                                      "mark"),
                    {nameOf(*chair)},
                    "member"});
    if (const Conflict* conflict = abstainingConflict(member, candidate, conflicts))
        return abstaining(*chair, candidate, *conflict);
    const QStringList pending = pendingMarkers(candidate, stage, panel, sheets, conflicts);
    if (!pending.isEmpty())
        return Permission::refuse(Problem{
            byStage(stage,
                    QT_TRANSLATE_NOOP("sp::Problem", "a consensus mark for %1 follows the "
                                                     "discussion of every member's pre-selection "
                                                     "marks: waiting for %2"),
                    QT_TRANSLATE_NOOP("sp::Problem", "a consensus mark for %1 follows the "
                                                     "discussion of every member's interview "
                                                     "marks: waiting for %2")),
            {candidate, namesOf(pending, panel)},
            "sheet"});
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
