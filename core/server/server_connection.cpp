#include "server/server_connection.h"

#include "domain/error.h"
#include "server/server_sql.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <algorithm>

namespace sp::server {

namespace {

// A server that does not answer, or a network cut without a word, shows within seconds rather
// than TCP's minutes: the window waits for the answer when it checks its connection. The
// address's own settings come first.
QString connectOptions(const ServerAddress& address) {
    QStringList options = address.options;
    for (const auto& [name, value] :
         {std::pair{"connect_timeout", "10"}, std::pair{"keepalives_idle", "10"},
          std::pair{"keepalives_interval", "5"}, std::pair{"keepalives_count", "3"}}) {
        const QString key = QLatin1String(name) + QLatin1Char('=');
        const bool given = std::any_of(options.begin(), options.end(), [&key](const QString& o) {
            return o.trimmed().startsWith(key);
        });
        if (!given)
            options << key + QLatin1String(value);
    }
    return options.join(QLatin1Char(';'));
}

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
    db.setConnectOptions(connectOptions(address));
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
