#pragma once

#include "domain/record.h"
#include "domain/state_seal.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

// The record table: appended to inside the transaction of the change it records.
namespace sp::record_rows {

// `seals`: the rows the change wrote (seal_rows.h), kept in the entry so verify can tell a row
// changed by another tool. Signed by the actor's key when they have credentials, refused when
// they are not signed in (signing_session.h).
void append(QSqlDatabase& db, const QString& actor, const QString& action,
            const QString& candidate = QString(), const QString& before = QString(),
            const QString& after = QString(), const std::vector<RowSeal>& seals = {});

std::vector<RecordEntry> selectAll(QSqlDatabase& db);

// The head kept beside the record (record_head), written with each entry; nothing in a file
// older than version 7.
std::optional<RecordHead> storedHead(QSqlDatabase& db);

} // namespace sp::record_rows
