#include "server/signed_in.h"

#include "casefile/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace sp::server {

SignedIn signedIn(QSqlDatabase& db) {
    QSqlQuery who = sql::exec(
        db, QStringLiteral("SELECT current_member(), session_user::text, "
                           "pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE "
                           "nspname = current_schema()), 'MEMBER')"));
    if (!who.next())
        return {};
    return {who.value(0).toString(), who.value(1).toString(), who.value(2).toBool()};
}

} // namespace sp::server
