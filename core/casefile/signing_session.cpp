#include "casefile/signing_session.h"

#include "casefile/store_dialect.h"

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
    return dialectOf(db).signerFor(db, actor);
}

} // namespace sp::signing_session
