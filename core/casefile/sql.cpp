#include "casefile/sql.h"

#include "casefile/store_dialect.h"
#include "domain/error.h"

#include <QSqlDriver>
#include <QSqlError>

namespace sp::sql {

[[noreturn]] void fail(const QSqlError& error, const Problem& what) {
    throw fileDialect().failure(error, what);
}

namespace {

// The dialect of the store the query ran on: the case file's words, or the server's.
[[noreturn]] void failed(const QSqlQuery& query, const Problem& what) {
    const QSqlDriver* driver = query.driver();
    const StoreDialect& dialect =
        driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? serverDialect() : fileDialect();
    throw dialect.failure(query.lastError(), what);
}

} // namespace

QSqlQuery prepare(QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        failed(query, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "preparing a statement")));
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
        failed(query, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "writing to the case file")));
}

QSqlQuery exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values) {
    QSqlQuery query = prepare(db, statement);
    run(query, values);
    return query;
}

QSqlQuery execBeside(QSqlDatabase& db, const QString& statement,
                     std::initializer_list<QVariant> values) {
    if (!dialectOf(db).onServer())
        return exec(db, statement, values);
    QSqlQuery query(db);
    if (!query.prepare(statement))
        failed(query, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "preparing a statement")));
    run(query, values);
    return query;
}

// Unprepared: PostgreSQL prepares queries only.
Transaction::Transaction(QSqlDatabase& db) : db_(db) {
    QSqlQuery begin(db_);
    if (!begin.exec(dialectOf(db_).beginWrite()))
        failed(begin, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "writing to the case file")));
    open_ = true;
}

Transaction::~Transaction() {
    if (open_) {
        QSqlQuery rollback(db_);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit() {
    QSqlQuery commit(db_);
    if (!commit.exec(QStringLiteral("COMMIT")))
        failed(commit, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "writing to the case file")));
    open_ = false;
}

} // namespace sp::sql
