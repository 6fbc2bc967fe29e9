#include "casefile/panel_rows.h"

#include "casefile/sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sp::panel_rows {

std::vector<PanelMember> selectPanel(QSqlDatabase& db) {
    std::vector<PanelMember> panel;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, name, role FROM panel_member "
                                               "ORDER BY rowid"));
    while (q.next())
        panel.push_back({q.value(0).toString(), q.value(1).toString(),
                         roleFromKey(q.value(2).toString()).value_or(Role::Member)});
    return panel;
}

void insertMember(QSqlDatabase& db, const PanelMember& member, const QString& atUtc) {
    sql::exec(db,
              QStringLiteral("INSERT INTO panel_member (id, name, role, added_at) "
                             "VALUES (?, ?, ?, ?)"),
              {member.id, member.name, roleKey(member.role), atUtc});
}

std::vector<Conflict> selectConflicts(QSqlDatabase& db) {
    std::vector<Conflict> conflicts;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT c.member_id, k.reference, c.nature, c.note "
                                               "FROM conflict c JOIN candidate k ON "
                                               "k.id = c.candidate_id ORDER BY c.rowid"));
    while (q.next())
        conflicts.push_back(
            {q.value(0).toString(), q.value(1).toString(),
             conflictNatureFromKey(q.value(2).toString()).value_or(ConflictNature::Other),
             q.value(3).toString()});
    return conflicts;
}

void upsertConflict(QSqlDatabase& db, const Conflict& conflict, qint64 candidateId,
                    const QString& atUtc) {
    sql::exec(
        db,
        QStringLiteral("INSERT INTO conflict (member_id, candidate_id, nature, note, "
                       "declared_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (member_id, candidate_id) DO UPDATE SET"
                       " nature = excluded.nature, note = excluded.note,"
                       " declared_at = excluded.declared_at"),
        {conflict.member, candidateId, conflictNatureKey(conflict.nature), conflict.note, atUtc});
}

GridState selectGridState(QSqlDatabase& db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT state FROM grid_state WHERE id = 1"));
    return q.next() ? gridStateFromKey(q.value(0).toString()).value_or(GridState::Draft)
                    : GridState::Draft;
}

void updateVacancyJson(QSqlDatabase& db, const QByteArray& json) {
    sql::exec(db, QStringLiteral("UPDATE procedure SET vacancy_json = ? WHERE id = 1"),
              {QString::fromUtf8(json)});
}

void updateGridState(QSqlDatabase& db, GridState state, const QString& by, const QString& atUtc) {
    const bool frozen = state == GridState::Frozen;
    sql::exec(db,
              // The one row exists from the start (schema.cpp, the server's tables).
              QStringLiteral("UPDATE grid_state SET state = ?, frozen_at = ?, frozen_by = ? "
                             "WHERE id = 1"),
              {gridStateKey(state), frozen ? QVariant(atUtc) : QVariant(),
               frozen ? QVariant(by) : QVariant()});
}

std::vector<GridReopening> selectReopenings(QSqlDatabase& db) {
    std::vector<GridReopening> reopenings;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT reopened_by, reopened_at, reason, "
                                               "discarded_sheets FROM grid_reopening ORDER BY id"));
    while (q.next())
        reopenings.push_back(
            {q.value(0).toString(),
             QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC(),
             q.value(2).toString(), q.value(3).toInt()});
    return reopenings;
}

void insertReopening(QSqlDatabase& db, const GridReopening& r) {
    sql::exec(db,
              QStringLiteral("INSERT INTO grid_reopening (reopened_at, reopened_by, reason, "
                             "discarded_sheets) VALUES (?, ?, ?, ?)"),
              {r.at.toUTC().toString(Qt::ISODateWithMs), r.by, r.reason, r.discardedSheets});
}

std::optional<QString> selectSetting(QSqlDatabase& db, const QString& key) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void upsertSetting(QSqlDatabase& db, const QString& key, const QString& value) {
    sql::exec(db,
              QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

} // namespace sp::panel_rows
