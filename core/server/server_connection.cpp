#include "server/server_connection.h"

#include "domain/error.h"
#include "server/server_sql.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace sp::server {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("sp-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QSqlDatabase connectToServer(const ServerAddress& address, const QString& password,
                             const QString& connectionName) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                        "sp::Problem", "Qt's PostgreSQL driver (QPSQL) is not installed (Debian: "
                                       "apt-get install libqt6sql6-psql)")));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(address.host);
    if (address.port != 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(password);
    db.setConnectOptions(address.options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString why = error.databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw Error(ErrorKind::Failure,
                    QStringLiteral("cannot connect to %1: %2")
                        .arg(address.display(), why.isEmpty() ? error.text() : why));
    }
    return db;
}

ServerConnection::ServerConnection(const ServerAddress& address, const QString& password)
    : address_(address), name_(nextConnectionName()),
      db_(connectToServer(address, password, name_)) {}

ServerConnection::~ServerConnection() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

QString ServerConnection::userName() {
    QSqlQuery query = execBound(db_, QStringLiteral("SELECT current_user"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace sp::server
