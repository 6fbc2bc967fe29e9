#pragma once

#include "domain/panel.h"
#include "server/server_connection.h"

#include <QByteArray>
#include <QString>

// Setting up a case on a PostgreSQL server (the admin's side of issue 17): its schema, roles,
// grants and row-level policies, and the members who sign in to it.
namespace sp::server {

// Whether the address's case has a schema in the database.
bool caseExists(ServerConnection& admin);

// Creates the case named by the address: refused, changing nothing, when it exists already, when
// the admin cannot create roles, or when the database is not UTF-8. One transaction.
void initCase(ServerConnection& admin);

// Adds a panel member with their own login role (sp_CASE__ID), signing in with `password`.
// Refused when the id is not usable on a server, is on the panel already, or its role exists.
// Returns the role's name.
QString addMember(ServerConnection& admin, const PanelMember& member, const QByteArray& password);

} // namespace sp::server
