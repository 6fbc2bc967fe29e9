#pragma once

#include "identity/credentials.h"
#include "identity/member_key.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The member_credential table: each member's passphrase hash, public key and sealed secret key,
// and the failed sign-ins counted against them.
namespace sp::credential_rows {

struct CredentialRow {
    identity::Credentials kind = identity::Credentials::None;
    QString passphraseHash;
    QByteArray publicKey;
    QString sealedKey;
    int failures = 0;
    QDateTime nextAttemptAt; // invalid: at once
};

std::optional<CredentialRow> select(QSqlDatabase& db, const QString& member);
// `kind` "passphrase" or "one_time_code"; the secret is kept as its Argon2id hash, the secret
// key sealed by it. The failures start again from none.
void store(QSqlDatabase& db, const QString& member, const char* kind, const QByteArray& secret,
           const identity::MemberKey& key, const QString& nowUtc);
void countFailure(QSqlDatabase& db, const QString& member, const QDateTime& nextAttemptAt);
void clearFailures(QSqlDatabase& db, const QString& member);

} // namespace sp::credential_rows
