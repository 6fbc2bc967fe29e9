#include "casefile/credential_rows.h"

#include "casefile/sql.h"
#include "identity/passphrase_hash.h"

#include <QSqlQuery>

namespace sp::credential_rows {

std::optional<CredentialRow> select(QSqlDatabase& db, const QString& member) {
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT kind, passphrase_hash, public_key, sealed_key, "
                                           "failures, next_attempt_at FROM member_credential "
                                           "WHERE member_id = ?"),
                            {member});
    if (!q.next())
        return std::nullopt;
    CredentialRow row;
    row.kind = q.value(0).toString() == QLatin1String("one_time_code")
                   ? identity::Credentials::OneTimeCode
                   : identity::Credentials::Passphrase;
    row.passphraseHash = q.value(1).toString();
    row.publicKey = identity::publicKeyFromText(q.value(2).toString());
    row.sealedKey = q.value(3).toString();
    row.failures = q.value(4).toInt();
    row.nextAttemptAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return row;
}

void store(QSqlDatabase& db, const QString& member, const char* kind, const QByteArray& secret,
           const identity::MemberKey& key, const QString& nowUtc) {
    sql::exec(
        db,
        QStringLiteral("INSERT INTO member_credential (member_id, kind, passphrase_hash, "
                       "public_key, sealed_key, failures, next_attempt_at, set_at) "
                       "VALUES (?, ?, ?, ?, ?, 0, '', ?) ON CONFLICT (member_id) DO UPDATE "
                       "SET kind = excluded.kind, passphrase_hash = excluded.passphrase_hash, "
                       "public_key = excluded.public_key, sealed_key = excluded.sealed_key, "
                       "failures = 0, next_attempt_at = '', set_at = excluded.set_at"),
        {member, QString::fromLatin1(kind), identity::hashPassphrase(secret),
         identity::publicKeyText(key.publicKey()), key.seal(secret).toText(), nowUtc});
}

void countFailure(QSqlDatabase& db, const QString& member, const QDateTime& nextAttemptAt) {
    sql::exec(db,
              QStringLiteral("UPDATE member_credential SET failures = failures + 1, "
                             "next_attempt_at = ? WHERE member_id = ?"),
              {nextAttemptAt.toString(Qt::ISODateWithMs), member});
}

void clearFailures(QSqlDatabase& db, const QString& member) {
    sql::exec(db,
              QStringLiteral("UPDATE member_credential SET failures = 0, next_attempt_at = '' "
                             "WHERE member_id = ?"),
              {member});
}

} // namespace sp::credential_rows
