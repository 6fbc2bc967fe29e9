#pragma once

#include "domain/panel.h"
#include "domain/vacancy.h"
#include "server/server_connection.h"
#include "server/server_names.h"
#include "server/server_schema.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Setting up a case on a PostgreSQL server (the admin's side of issue 17): its schema, roles,
// grants and row-level policies, and the members who sign in to it.
namespace sp::server {

// Whether the address's case has a schema in the database.
bool caseExists(ServerConnection& admin);

// Creates the case named by the address, for `vacancy` (its procedure, as a case file holds it;
// without one the case holds no procedure and no member can open it yet): refused, changing
// nothing, when it exists already, when the admin cannot create roles, or when the database is
// not UTF-8. One transaction. An older `version` makes the case as an earlier program did (the
// tests of upgrading it).
void initCase(ServerConnection& admin, const std::optional<Vacancy>& vacancy = std::nullopt,
              int version = currentServerSchemaVersion());

// The case's roles, schema, tables, functions, policies and grants, and its case id, inside the
// caller's transaction, acting as the case's owner role from then on (server_push.cpp fills it);
// grantCaseDatabase then gives the panel the database, as the admin. Refused as initCase.
void createCaseSchema(ServerConnection& admin, const CaseNames& names,
                      int version = currentServerSchemaVersion());
void grantCaseDatabase(ServerConnection& admin, const CaseNames& names);

// Adds a panel member with their own login role (sp_CASE__ID), signing in with `password`.
// Refused when the id is not usable on a server, is on the panel already, or its role exists.
// Returns the role's name.
QString addMember(ServerConnection& admin, const PanelMember& member, const QByteArray& password);

} // namespace sp::server
