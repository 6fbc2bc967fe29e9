#pragma once

#include "server/server_address.h"

#include <QSqlDatabase>
#include <QString>

// A connection to a PostgreSQL server through Qt's QPSQL driver (Debian: libqt6sql6-psql).
namespace sp::server {

// Opens `connectionName` (QPSQL) to the address, signed in by libpq's usual means or `password`.
// Throws sp::Error when the driver is missing or the server refuses, with libpq's words.
QSqlDatabase connectToServer(const ServerAddress& address, const QString& password,
                             const QString& connectionName);

class ServerConnection {
public:
    // Signs in as address.user by libpq's usual means (PGPASSWORD, ~/.pgpass, a client
    // certificate, Kerberos, peer). `password` is for tests, which sign in as each member; the
    // program never takes one on its command line. Throws sp::Error when the driver is missing
    // or the server refuses, with libpq's words.
    explicit ServerConnection(const ServerAddress& address, const QString& password = QString());
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    QSqlDatabase& db() { return db_; }
    const ServerAddress& address() const { return address_; }
    QString userName(); // the role signed in (current_user)

private:
    ServerAddress address_;
    QString name_;
    QSqlDatabase db_;
};

} // namespace sp::server
