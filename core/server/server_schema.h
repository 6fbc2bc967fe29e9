#pragma once

#include "server/server_names.h"

#include <QSqlDatabase>
#include <QString>

// The versions of a case's tables on a server. Version 2 is the tables, functions, policies and
// grants of case_sql.h; each later version is a step on top of it, run by server-init for a new
// case and by `upgrade URL` for a case an earlier program made, so both end with the same tables.
namespace sp::server {

constexpr int firstServerSchemaVersion = 2;

// The version this program makes and works with.
int currentServerSchemaVersion();

// What the version brought, for the record ("the index of the applications' text").
QString serverSchemaStepWhat(int version);

// Runs the steps after `from` up to `to` and sets the case's version to `to`, inside the
// caller's transaction, acting as the case's owner role.
void upgradeSchema(QSqlDatabase& db, const CaseNames& names, int from, int to);

} // namespace sp::server
