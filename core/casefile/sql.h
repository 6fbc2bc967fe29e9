#pragma once

#include "domain/problem.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace sp::sql {

// Runs a statement with bound parameters (never string-built SQL) and throws sp::Error on failure.
QSqlQuery exec(QSqlDatabase& db, const QString& statement,
               std::initializer_list<QVariant> values = {});
QSqlQuery prepare(QSqlDatabase& db, const QString& statement);
// The same, for a query read while another of the connection is still being read: a server
// streams one query at a time per connection, so there its result is read whole at once.
QSqlQuery execBeside(QSqlDatabase& db, const QString& statement,
                     std::initializer_list<QVariant> values = {});
void run(QSqlQuery& query, std::initializer_list<QVariant> values = {});

// Converts a failed query's error into sp::Error: disk full, read-only, damaged, or a failure.
// `what` was being done: "writing to the case file".
[[noreturn]] void fail(const QSqlError& error, const Problem& what);

// A write transaction (BEGIN IMMEDIATE) that rolls back unless committed.
class Transaction {
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    QSqlDatabase& db_;
    bool open_ = false;
};

} // namespace sp::sql
