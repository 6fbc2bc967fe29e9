#include "casefile/panel_repository.h"

#include "casefile/automatic_backup.h"
#include "casefile/case_events.h"
#include "casefile/case_store.h"
#include "casefile/marking_rows.h"
#include "casefile/marking_state.h"
#include "casefile/panel_rows.h"
#include "casefile/record_rows.h"
#include "casefile/results_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "io/vacancy_json.h"

#include <QFileInfo>
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
    GridReopening reopening{chair.id, QDateTime::currentDateTimeUtc(), reason.trimmed(), 0};
    const QString backup = automaticBackupPath(d->path, QStringLiteral("reopen"));
    backupCase(*d, backup);
    BackupKeptIfDone kept(backup);
    {
        sql::Transaction transaction(d->db);
        std::vector<RowSeal> seals = seal_rows::asDeleted(seal_rows::sealKinds(
            d->db, {QStringLiteral("sheet"), QStringLiteral("consensus"),
                    QStringLiteral("shortlist"), QStringLiteral("recommendation")}));
        reopening.discardedSheets = marking_rows::deleteAllMarking(d->db);
        results_rows::deleteAll(d->db);
        panel_rows::insertReopening(d->db, reopening);
        const QString reopeningKey =
            QStringLiteral("grid_reopening/%1").arg(seal_rows::lastInsertedId(d->db));
        panel_rows::updateGridState(d->db, GridState::Draft, {}, {});
        for (auto& seal :
             seal_rows::sealRows(d->db, {{ProcedureUnit, reopeningKey},
                                         {ProcedureUnit, QStringLiteral("grid_state")}}))
            seals.push_back(seal);
        record_rows::append(d->db, chair.id, QStringLiteral("grid_reopened"), QString(),
                            QStringLiteral("frozen"),
                            QStringLiteral("draft; %1 mark sheet(s) discarded; reason: %2; "
                                           "backup before: %3")
                                .arg(reopening.discardedSheets)
                                .arg(reopening.reason, QFileInfo(backup).fileName()),
                            seals);
        transaction.commit();
    }
    kept.done();
    d->events.panel.gridChanged(GridChanged{GridChanged::What::Reopened});
    d->events.marking.changed(MarksChanged{});
    d->events.results.changed(ResultsChanged{ResultsChanged::What::Discarded, {}});
    return {reopening.discardedSheets, backup};
}

PanelEvents& PanelRepository::events() {
    return d->events.panel;
}

} // namespace sp
