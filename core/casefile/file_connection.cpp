#include "casefile/file_connection.h"

#include "casefile/sql.h"

#include <QAtomicInt>
#include <QSqlError>

namespace sp {

namespace {
QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("selpanel-file-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

FileConnection::FileConnection(const QString& path, const QString& connectOptions,
                               const char* failure)
    : name_(nextConnectionName()) {
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db_.setDatabaseName(path);
    db_.setConnectOptions(connectOptions);
    if (!db_.open()) {
        const QSqlError error = db_.lastError();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
        sql::fail(error, Problem::of(failure, path));
    }
}

FileConnection::~FileConnection() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

} // namespace sp
