#include "casefile/panel_repository.h"

#include "casefile/case_events.h"
#include "casefile/case_store.h"
#include "casefile/marking_state.h"
#include "casefile/panel_rows.h"
#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "io/vacancy_json.h"

#include <algorithm>

namespace sp {

std::vector<PanelMember> PanelRepository::members() const {
    return panel_rows::selectPanel(d->db);
}

void PanelRepository::addMember(const PanelMember& member) {
    requireWritable(*d);
    requireNoProblems(changingProblems(gridState()));
    const PanelMember added{member.id.trimmed(), member.name.trimmed(), member.role};
    std::vector<PanelMember> members = this->members();
    // The whole panel is checked (panelProblems) when the grid is frozen; while it is being
    // put together, a panel without its chair yet is fine.
    std::vector<Problem> problems;
    if (added.id.isEmpty() || added.id.contains(QLatin1Char(' ')))
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "a panel member needs an id without spaces"),
             {},
             QStringLiteral("id")});
    else if (findMember(members, added.id))
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "panel member id '%1' is already used"),
             {added.id},
             QStringLiteral("id")});
    if (added.name.isEmpty())
        problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "panel member '%1' has no name"),
                            {added.id},
                            QStringLiteral("name")});
    if (added.role == Role::Chair &&
        std::any_of(members.begin(), members.end(),
                    [](const PanelMember& m) { return m.role == Role::Chair; }))
        problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "the panel already has a chair"),
                            {},
                            QStringLiteral("role")});
    requireNoProblems(problems);
    {
        sql::Transaction transaction(d->db);
        panel_rows::insertMember(d->db, added, nowUtcText());
        record_rows::append(
            d->db, added.id, QStringLiteral("panel_member_added"), QString(), QString(),
            QStringLiteral("%1 (%2)").arg(added.name, roleKey(added.role)),
            seal_rows::sealRow(d->db, ProcedureUnit, QStringLiteral("panel_member/") + added.id));
        transaction.commit();
    }
    d->events.panel.panelChanged(PanelChanged{PanelChanged::What::MemberAdded, added.id, {}});
}

std::vector<Conflict> PanelRepository::conflicts() const {
    return panel_rows::selectConflicts(d->db);
}

void PanelRepository::declareConflict(const Conflict& conflict) {
    requireWritable(*d);
    Conflict declared = conflict;
    declared.note = conflict.note.trimmed();
    requireNoProblems(conflictProblems(declared, members()));
    {
        sql::Transaction transaction(d->db);
        const qint64 id = candidateIdOf(d->db, declared.candidate);
        panel_rows::upsertConflict(d->db, declared, id, nowUtcText());
        record_rows::append(d->db, declared.member, QStringLiteral("conflict_declared"),
                            declared.candidate, QString(),
                            QStringLiteral("%1%2").arg(conflictNatureKey(declared.nature),
                                                       declared.note.isEmpty()
                                                           ? QString()
                                                           : QStringLiteral(": ") + declared.note),
                            seal_rows::sealRow(d->db, declared.candidate,
                                               QStringLiteral("conflict/") + declared.member));
        transaction.commit();
    }
    d->events.panel.panelChanged(
        PanelChanged{PanelChanged::What::ConflictDeclared, declared.member, declared.candidate});
}

GridState PanelRepository::gridState() const {
    return panel_rows::selectGridState(d->db);
}

Grid PanelRepository::grid() const {
    return gridOf(d->vacancy);
}

std::vector<GridReopening> PanelRepository::gridReopenings() const {
    return panel_rows::selectReopenings(d->db);
}

Aggregation PanelRepository::aggregation() const {
    return storedAggregation(d->db);
}

void PanelRepository::setAggregation(Aggregation aggregation, const QString& member) {
    requireWritable(*d);
    requireMember(members(), member);
    requireNoProblems(changingProblems(gridState()));
    {
        sql::Transaction transaction(d->db);
        panel_rows::upsertSetting(d->db, QStringLiteral("aggregation"),
                                  aggregationKey(aggregation));
        record_rows::append(
            d->db, member, QStringLiteral("aggregation_set"), QString(),
            aggregationKey(this->aggregation()), aggregationKey(aggregation),
            seal_rows::sealRow(d->db, ProcedureUnit, QStringLiteral("setting/aggregation")));
        transaction.commit();
    }
    d->events.panel.gridChanged(GridChanged{GridChanged::What::AggregationSet});
}

void PanelRepository::changeGrid(const Grid& grid, const QString& member) {
    requireWritable(*d);
    requireMember(members(), member);
    requireNoProblems(changingProblems(gridState()));
    Vacancy changed = d->vacancy;
    changed.criteria = grid.criteria;
    changed.thresholds = grid.thresholds;
    changed.interviewQuestions = grid.interviewQuestions;
    // The stored grid is the vacancy's: it must stay a vacancy the file format accepts.
    const QByteArray json = vacancyToJson(changed);
    changed = parseVacancyJson(json, QStringLiteral("the grid"));
    {
        sql::Transaction transaction(d->db);
        panel_rows::updateVacancyJson(d->db, json);
        record_rows::append(d->db, member, QStringLiteral("grid_changed"), QString(),
                            QString::fromUtf8(vacancyToJson(d->vacancy)), QString::fromUtf8(json),
                            seal_rows::sealRow(d->db, ProcedureUnit, QStringLiteral("procedure")));
        transaction.commit();
    }
    d->vacancy = changed;
    d->events.panel.gridChanged(GridChanged{GridChanged::What::Edited});
}

void PanelRepository::freezeGrid(const QString& member) {
    requireWritable(*d);
    const std::vector<PanelMember> members = this->members();
    const PanelMember& chair = requireChair(
        members, member,
        QT_TRANSLATE_NOOP("sp::Problem", "%1 is not the chair: only the chair freezes the grid"));
    std::vector<Problem> problems = freezingProblems(grid(), gridState());
    for (Problem& problem : panelProblems(members))
        problems.push_back(std::move(problem));
    requireNoProblems(problems);
    {
        sql::Transaction transaction(d->db);
        panel_rows::updateGridState(d->db, GridState::Frozen, chair.id, nowUtcText());
        record_rows::append(d->db, chair.id, QStringLiteral("grid_frozen"), QString(), QString(),
                            QString(),
                            seal_rows::sealRow(d->db, ProcedureUnit, QStringLiteral("grid_state")));
        transaction.commit();
    }
    d->events.panel.gridChanged(GridChanged{GridChanged::What::Frozen});
}

GridReopenOutcome PanelRepository::reopenGrid(const QString& member, const QString& reason) {
    requireWritable(*d);
    const std::vector<PanelMember> members = this->members();
    const PanelMember& chair = requireChair(
        members, member,
        QT_TRANSLATE_NOOP("sp::Problem", "%1 is not the chair: only the chair reopens the grid"));
    requireNoProblems(reopeningProblems(gridState(), reason));
    const GridReopenOutcome outcome = dialectOf(d->db).reopenGrid(
        *d, GridReopening{chair.id, QDateTime::currentDateTimeUtc(), reason.trimmed(), 0});
    d->events.panel.gridChanged(GridChanged{GridChanged::What::Reopened});
    d->events.marking.changed(MarksChanged{});
    d->events.results.changed(ResultsChanged{ResultsChanged::What::Discarded, {}});
    return outcome;
}

PanelEvents& PanelRepository::events() {
    return d->events.panel;
}

} // namespace sp
