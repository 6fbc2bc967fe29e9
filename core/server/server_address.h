#pragma once

#include <QString>
#include <QStringList>

// Where a case lives on a PostgreSQL server: postgresql://[USER@][HOST][:PORT]/DATABASE?case=ID
// with libpq's own connection parameters beside case (sslmode=verify-full, sslrootcert=...,
// host=/run/postgresql for a Unix socket, ...). Whatever is left out libpq takes from its usual
// places (PGHOST, PGUSER, ~/.pgpass, ...). A password is refused in the address: it would stay in
// the shell's history and the process list; libpq's password file or prompt is the way.
namespace sp::server {

struct ServerAddress {
    QString host; // empty: libpq's default (PGHOST, or the local socket)
    int port = 0; // 0: libpq's default
    QString database;
    QString user; // empty: libpq's default (PGUSER, or the system user)
    QString caseId;
    QStringList options; // "key=value" libpq parameters, checked

    // "postgresql://host:port/database?case=ID" without the user, for messages.
    QString display() const;
    // The same address for another user, as a member types it.
    QString urlFor(const QString& user) const;
};

bool looksLikeServerUrl(const QString& text); // postgresql:// or postgres://

// Throws sp::Error (BadInput) saying what is wrong with the address.
ServerAddress parseServerUrl(const QString& url);

} // namespace sp::server
