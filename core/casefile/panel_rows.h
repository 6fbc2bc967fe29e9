#pragma once

#include "domain/consolidation.h"
#include "domain/grid.h"
#include "domain/panel.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

// Reading and writing the panel_member, conflict, grid_state, grid_reopening and setting tables.
namespace sp::panel_rows {

std::vector<PanelMember> selectPanel(QSqlDatabase& db); // in the order added
void insertMember(QSqlDatabase& db, const PanelMember& member, const QString& atUtc);

std::vector<Conflict> selectConflicts(QSqlDatabase& db); // candidate by reference
void upsertConflict(QSqlDatabase& db, const Conflict& conflict, qint64 candidateId,
                    const QString& atUtc);

// The grid is stored in the vacancy's definition (vacancy_json.h).
void updateVacancyJson(QSqlDatabase& db, const QByteArray& json);
GridState selectGridState(QSqlDatabase& db);
void updateGridState(QSqlDatabase& db, GridState state, const QString& by, const QString& atUtc);
std::vector<GridReopening> selectReopenings(QSqlDatabase& db);
void insertReopening(QSqlDatabase& db, const GridReopening& reopening);

std::optional<QString> selectSetting(QSqlDatabase& db, const QString& key);
void upsertSetting(QSqlDatabase& db, const QString& key, const QString& value);

} // namespace sp::panel_rows
