#include "server/server_sql.h"

#include "domain/error.h"

#include <QSqlError>

namespace sp::server {

[[noreturn]] void failOnServer(const QSqlError& error, const QString& what) {
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text();
    // SQLSTATE 42501: insufficient privilege; 42P01/3F000: no such table/schema.
    const QString code = error.nativeErrorCode();
    const ErrorKind kind = code == QLatin1String("22023") ? ErrorKind::BadInput
                           : code == QLatin1String("3F000") || code == QLatin1String("42P01")
                               ? ErrorKind::NotFound
                               : ErrorKind::Failure;
    throw Error(kind, QStringLiteral("%1: the server refused: %2").arg(what, detail));
}

QSqlQuery execBound(QSqlDatabase& db, const QString& statement,
                    std::initializer_list<QVariant> values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        failOnServer(query.lastError(), QStringLiteral("preparing a statement"));
    int i = 0;
    for (const auto& value : values)
        query.bindValue(i++, value);
    if (!query.exec())
        failOnServer(query.lastError(), QStringLiteral("on the server"));
    return query;
}

void execStatement(QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        failOnServer(
            query.lastError(),
            QStringLiteral("setting up the case (%1)").arg(statement.simplified().left(60)));
}

ServerTransaction::ServerTransaction(QSqlDatabase& db) : db_(db) {
    execStatement(db_, QStringLiteral("BEGIN"));
    open_ = true;
}

ServerTransaction::~ServerTransaction() {
    if (open_) {
        QSqlQuery rollback(db_);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void ServerTransaction::commit() {
    execStatement(db_, QStringLiteral("COMMIT"));
    open_ = false;
}

} // namespace sp::server
