#include "casefile/sql.h"

#include "domain/error.h"

#include <QSqlError>

namespace sp::sql {

[[noreturn]] void fail(const QSqlError& error, const Problem& what) {
    const QString code = error.nativeErrorCode();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite primary result codes: 13 SQLITE_FULL, 11 SQLITE_CORRUPT, 26 SQLITE_NOTADB,
    // 8 SQLITE_READONLY, 5 SQLITE_BUSY.
    if (code == QLatin1String("13"))
        throw Error(
            ErrorKind::Failure,
            Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: the disk is full; nothing was changed"),
                    {},
                    {},
                    {what}});
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        throw Error(ErrorKind::Damaged,
                    QStringLiteral("%1: the case file is damaged or not a case file (%2)")
                        .arg(what.english(), detail));
    if (code == QLatin1String("8"))
        throw Error(ErrorKind::Failure,
                    Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: the case file is open read-only"),
                            {},
                            {},
                            {what}});
    if (code == QLatin1String("5"))
        throw Error(ErrorKind::Locked,
                    Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                              "%1: the case file is busy in another process"),
                            {},
                            {},
                            {what}});
    throw Error(ErrorKind::Failure, QStringLiteral("%1: %2").arg(what.english(), detail));
}

QSqlQuery prepare(QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(),
             Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "preparing a statement")));
    return query;
}

void run(QSqlQuery& query, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const auto& value : values) {
        // Qt binds a null QString as SQL NULL; our text columns mean "empty" by it. A real NULL
        // is passed as QVariant() (no type).
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i++, nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        fail(query.lastError(),
             Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "writing to the case file")));
}

QSqlQuery exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values) {
    QSqlQuery query = prepare(db, statement);
    run(query, values);
    return query;
}

Transaction::Transaction(QSqlDatabase& db) : db_(db) {
    exec(db_, QStringLiteral("BEGIN IMMEDIATE"));
    open_ = true;
}

Transaction::~Transaction() {
    if (open_) {
        QSqlQuery rollback(db_);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit() {
    exec(db_, QStringLiteral("COMMIT"));
    open_ = false;
}

} // namespace sp::sql
