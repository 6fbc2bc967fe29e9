#include "server/server_upgrade.h"

#include "domain/error.h"
#include "server/server_case.h"
#include "server/server_names.h"
#include "server/server_schema.h"
#include "server/server_sql.h"

#include <QSqlDriver>
#include <QStringList>

namespace sp::server {

namespace {

bool actsAsOwner(QSqlDatabase& db, const CaseNames& names) {
    QSqlQuery query = execBound(db, QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"),
                                {names.owner});
    return query.next() && query.value(0).toBool();
}

int caseVersion(QSqlDatabase& db, const CaseNames& names) {
    QSqlQuery query = execBound(db, withNames(QStringLiteral("SELECT value FROM {schema}.setting "
                                                             "WHERE key = 'server_schema_version'"),
                                              names, *db.driver()));
    return query.next() ? query.value(0).toInt() : 0;
}

// Locked until the transaction ends: two upgrades of one case run one after the other.
int lockedVersion(QSqlDatabase& db, const CaseNames& names) {
    QSqlQuery query =
        execBound(db, withNames(QStringLiteral("SELECT value FROM {schema}.setting WHERE key = "
                                               "'server_schema_version' FOR UPDATE"),
                                names, *db.driver()));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

ServerUpgrade upgradeCase(ServerConnection& admin) {
    const CaseNames names = caseNames(admin.address().caseId);
    QSqlDatabase& db = admin.db();
    if (!caseExists(admin))
        throw Error(
            ErrorKind::NotFound,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: there is no case %2 on this server"),
                        admin.address().display(), names.caseId));
    const int current = currentServerSchemaVersion();
    if (caseVersion(db, names) == current)
        return {current, current}; // anyone on the panel may ask, and index the text after
    if (!actsAsOwner(db, names))
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1: %2 cannot act as the case's owner (%3): "
                                                  "the case is brought up to date by the server's "
                                                  "administrator; nothing was changed"),
                                admin.address().display(), admin.userName(), names.owner));
    ServerTransaction transaction(db);
    execStatement(db, withNames(QStringLiteral("SET LOCAL ROLE {owner}"), names, *db.driver()));
    ServerUpgrade upgrade;
    upgrade.from = lockedVersion(db, names);
    upgrade.to = current;
    if (upgrade.from > upgrade.to)
        throw Error(ErrorKind::NewerVersion,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1: the case was set up by a newer version of "
                                                  "Selection Panel (server version %2; this "
                                                  "program works with version %3); nothing was "
                                                  "changed"),
                                admin.address().display(), upgrade.from, upgrade.to));
    if (upgrade.from == upgrade.to)
        return upgrade;
    upgradeSchema(db, names, upgrade.from, upgrade.to);
    QStringList came;
    for (int version = upgrade.from + 1; version <= upgrade.to; ++version)
        came << serverSchemaStepWhat(version);
    execBound(db,
              withNames(QStringLiteral("INSERT INTO {schema}.record (actor, action, after_text) "
                                       "VALUES (session_user, 'server_case_upgraded', ?)"),
                        names, *db.driver()),
              {QStringLiteral("server version %1 to %2: %3")
                   .arg(upgrade.from)
                   .arg(upgrade.to)
                   .arg(came.join(QStringLiteral("; ")))});
    transaction.commit();
    return upgrade;
}

} // namespace sp::server
