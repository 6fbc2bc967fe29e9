#pragma once

#include "domain/state_seal.h"

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

// The seals (domain/state_seal.h) of the rows stored now. A change seals the rows it wrote, each
// by name, in the entry that records it: sealing whole units would also seal, and so hide, a row
// someone else changed beside them.
namespace sp::seal_rows {

struct RowId {
    QString unit; // a candidate's reference or ProcedureUnit
    QString key;  // "sheet/member2/preselection", "eligibility", "panel_member/chair", ...
};

// Every row of every unit.
std::vector<RowSeal> sealAll(QSqlDatabase& db);
// Every row of the units named.
std::vector<RowSeal> sealUnits(QSqlDatabase& db, const QStringList& units);
// Every row, in any unit, of the kinds named ("sheet", "consensus", ...): what a change that
// deletes them all (reopening the grid) seals as deleted.
std::vector<RowSeal> sealKinds(QSqlDatabase& db, const QStringList& kinds);
// The rows named, as stored now; a row not stored is sealed as deleted (DeletedRow).
std::vector<RowSeal> sealRows(QSqlDatabase& db, const std::vector<RowId>& rows);
// One row, as stored now.
std::vector<RowSeal> sealRow(QSqlDatabase& db, const QString& unit, const QString& key);
// What a change made of rows sealed before it and after it: the rows new or changed, and those
// gone as deleted.
std::vector<RowSeal> changes(const std::vector<RowSeal>& before, const std::vector<RowSeal>& after);
// Each seal marked deleted.
std::vector<RowSeal> asDeleted(std::vector<RowSeal> seals);

// The id SQLite gave the row this connection inserted last, for a key such as "consensus/ID".
qint64 lastInsertedId(QSqlDatabase& db);

} // namespace sp::seal_rows
