#include "casefile/signing_session.h"

#include "domain/error.h"

#include <QHash>
#include <QSqlQuery>
#include <mutex>

namespace sp::signing_session {

namespace {

using Keys = QHash<QString, std::shared_ptr<const identity::MemberKey>>;

std::mutex& guard() {
    static std::mutex mutex;
    return mutex;
}
QHash<QString, Keys>& sessions() {
    static QHash<QString, Keys> byConnection;
    return byConnection;
}

// The member's current public key, or nothing (also in a file not yet at version 8, while it
// is being upgraded: the table does not exist then).
QByteArray credentialKeyOf(QSqlDatabase& db, const QString& member) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT public_key FROM member_credential WHERE member_id = ?")))
        return {};
    q.addBindValue(member);
    if (!q.exec() || !q.next())
        return {};
    return identity::publicKeyFromText(q.value(0).toString());
}

} // namespace

void keep(const QString& connection, std::shared_ptr<const identity::MemberKey> key) {
    std::lock_guard lock(guard());
    sessions()[connection].insert(key->member(), std::move(key));
}

void forget(const QString& connection, const QString& member) {
    std::lock_guard lock(guard());
    sessions()[connection].remove(member);
}

void forgetAll(const QString& connection) {
    std::lock_guard lock(guard());
    sessions().remove(connection);
}

std::shared_ptr<const identity::MemberKey> keyOf(const QString& connection, const QString& member) {
    std::lock_guard lock(guard());
    return sessions().value(connection).value(member);
}

std::shared_ptr<const identity::MemberKey> requiredSigner(QSqlDatabase& db, const QString& actor) {
    const QByteArray publicKey = credentialKeyOf(db, actor);
    if (publicKey.isEmpty())
        return nullptr;
    auto key = keyOf(db.connectionName(), actor);
    if (!key || key->publicKey() != publicKey)
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "sign in as %1 to act in their name: only %1 can, with their "
                                    "passphrase"),
                                actor));
    return key;
}

} // namespace sp::signing_session
