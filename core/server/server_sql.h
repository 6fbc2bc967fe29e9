#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

// Running SQL on a server. Values are always bound; a statement without values (the case's DDL,
// case_sql.h) runs unprepared, as PostgreSQL prepares only queries.
namespace sp::server {

QSqlQuery execBound(QSqlDatabase& db, const QString& statement,
                    std::initializer_list<QVariant> values = {});
void execStatement(QSqlDatabase& db, const QString& statement);

// The server's refusal as sp::Error: its message, and what was being done.
[[noreturn]] void failOnServer(const QSqlError& error, const QString& what);

// BEGIN ... COMMIT, rolled back unless committed.
class ServerTransaction {
public:
    explicit ServerTransaction(QSqlDatabase& db);
    ~ServerTransaction();
    void commit();
    ServerTransaction(const ServerTransaction&) = delete;
    ServerTransaction& operator=(const ServerTransaction&) = delete;

private:
    QSqlDatabase& db_;
    bool open_ = false;
};

} // namespace sp::server
