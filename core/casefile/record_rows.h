#pragma once

#include "domain/record.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

// The record table: appended to inside the transaction of the change it records.
namespace sp::record_rows {

void append(QSqlDatabase& db, const QString& actor, const QString& action,
            const QString& candidate = QString(), const QString& before = QString(),
            const QString& after = QString());

std::vector<RecordEntry> selectAll(QSqlDatabase& db);

} // namespace sp::record_rows
