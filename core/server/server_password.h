#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace sp::server {

// What the server stores for a role's password: its SCRAM-SHA-256 verifier, computed here by
// libpq (as psql's \password does), so the password itself is never sent in a statement, nor
// written to the server's log.
QString scramVerifier(const QSqlDatabase& db, const QString& role, const QByteArray& password);

// A one-time password for a new member: libsodium's random bytes, in groups easy to type.
QString newOneTimePassword();

} // namespace sp::server
