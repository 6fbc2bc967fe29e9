#include "server/server_password.h"

#include "domain/error.h"
#include "identity/one_time_code.h"

#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>

namespace sp::server {

QString scramVerifier(const QSqlDatabase& db, const QString& role, const QByteArray& password) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // PGconn is libpq's typedef of struct pg_conn; Qt names the type by either.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        throw Error(ErrorKind::Failure,
                    QStringLiteral("no PostgreSQL connection to compute a password verifier on "
                                   "(%1)")
                        .arg(QString::fromLatin1(handle.typeName())));
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    char* verifier = PQencryptPasswordConn(connection, password.constData(),
                                           role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        throw Error(ErrorKind::Failure,
                    QStringLiteral("computing the password verifier: %1")
                        .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

QString newOneTimePassword() {
    // 79 random bits (identity/one_time_code.cpp): enough for a password that is changed at
    // the first sign-in, and hard to mistype.
    return identity::newOneTimeCode();
}

} // namespace sp::server
