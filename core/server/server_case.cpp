#include "server/server_case.h"

#include "domain/error.h"
#include "io/vacancy_json.h"
#include "server/case_sql.h"
#include "server/server_names.h"
#include "server/server_password.h"
#include "server/server_schema.h"
#include "server/server_sql.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QUuid>

namespace sp::server {

namespace {

void runAll(QSqlDatabase& db, const QStringList& statements, const CaseNames& names) {
    for (const auto& statement : statements)
        execStatement(db, withNames(statement, names, *db.driver()));
}

bool roleExists(QSqlDatabase& db, const QString& role) {
    QSqlQuery query =
        execBound(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
    return query.next();
}

void checkAdmin(ServerConnection& admin) {
    QSqlQuery rights = execBound(admin.db(), QStringLiteral("SELECT r.rolsuper OR r.rolcreaterole, "
                                                            "pg_encoding_to_char(d.encoding) "
                                                            "FROM pg_roles r, pg_database d "
                                                            "WHERE r.rolname = current_user "
                                                            "AND d.datname = current_database()"));
    if (!rights.next())
        throw Error(
            ErrorKind::Failure,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot read the admin's rights"),
                        admin.address().display()));
    if (!rights.value(0).toBool())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1: %2 may not create roles; the admin who sets up cases "
                                    "needs CREATEROLE (ALTER ROLE %2 CREATEROLE) and owns the "
                                    "database"),
                                admin.address().display(), admin.userName()));
    if (rights.value(1).toString() != QLatin1String("UTF8"))
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "%1: the database's encoding is %2; a case needs UTF8 "
                                          "(CREATE DATABASE ... ENCODING 'UTF8')"),
                        admin.address().display(), rights.value(1).toString()));
}

} // namespace

bool caseExists(ServerConnection& admin) {
    const CaseNames names = caseNames(admin.address().caseId);
    QSqlQuery query = execBound(
        admin.db(), QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"), {names.schema});
    return query.next();
}

void createCaseSchema(ServerConnection& admin, const CaseNames& names, int version) {
    QSqlDatabase& db = admin.db();
    checkAdmin(admin);
    if (caseExists(admin))
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1: case %2 exists already (schema %3); nothing was changed"),
                                admin.address().display(), names.caseId, names.schema));
    for (const auto& role : {names.owner, names.panel})
        if (roleExists(db, role))
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "%1: the role %2 exists already, left by an earlier case "
                                        "%3 on this server (DROP ROLE it, or choose another case "
                                        "id); nothing was changed"),
                                    admin.address().display(), role, names.caseId));
    runAll(db,
           {QStringLiteral("CREATE ROLE {owner} NOLOGIN"),
            QStringLiteral("CREATE ROLE {panel} NOLOGIN"),
            QStringLiteral("GRANT {owner} TO CURRENT_USER"),
            QStringLiteral("CREATE SCHEMA {schema} AUTHORIZATION {owner}"),
            // What follows is owned by the owner role, not by the admin.
            QStringLiteral("SET LOCAL ROLE {owner}")},
           names);
    runAll(db, caseTableStatements(), names);
    runAll(db, caseFunctionStatements(), names);
    runAll(db, caseRecordStatements(), names);
    runAll(db, caseNotifyStatements(), names);
    runAll(db, caseAdminStatements(), names);
    runAll(db, casePolicyStatements(), names);
    runAll(db, caseGrantStatements(), names);
    upgradeSchema(db, names, firstServerSchemaVersion, version);
    execBound(db,
              withNames(QStringLiteral("INSERT INTO {schema}.setting (key, value) "
                                       "VALUES ('case_id', ?)"),
                        names, *db.driver()),
              {QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

void grantCaseDatabase(ServerConnection& admin, const CaseNames& names) {
    execStatement(admin.db(), QStringLiteral("RESET ROLE"));
    runAll(admin.db(), caseDatabaseStatements(), names);
}

void initCase(ServerConnection& admin, const std::optional<Vacancy>& vacancy, int version) {
    const CaseNames names = caseNames(admin.address().caseId);
    QSqlDatabase& db = admin.db();
    ServerTransaction transaction(db);
    createCaseSchema(admin, names, version);
    if (vacancy)
        execBound(db,
                  withNames(QStringLiteral("INSERT INTO {schema}.procedure (id, reference, title, "
                                           "vacancy_json, created_at) VALUES (1, ?, ?, ?, ?)"),
                            names, *db.driver()),
                  {vacancy->reference, vacancy->title, QString::fromUtf8(vacancyToJson(*vacancy)),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    execBound(db,
              withNames(QStringLiteral("INSERT INTO {schema}.record (actor, action, after_text) "
                                       "VALUES (session_user, 'server_case_created', ?)"),
                        names, *db.driver()),
              {vacancy ? QStringLiteral("case %1 on database %2: %3 %4")
                             .arg(names.caseId, admin.address().database, vacancy->reference,
                                  vacancy->title)
                       : QStringLiteral("case %1 on database %2")
                             .arg(names.caseId, admin.address().database)});
    grantCaseDatabase(admin, names);
    transaction.commit();
}

QString addMember(ServerConnection& admin, const PanelMember& member, const QByteArray& password) {
    const CaseNames names = caseNames(admin.address().caseId);
    const QString role = memberRoleName(names, member.id);
    QSqlDatabase& db = admin.db();
    if (member.name.trimmed().isEmpty())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "member %1 has no name"), member.id));
    if (!caseExists(admin))
        throw Error(
            ErrorKind::NotFound,
            Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem", "%1: there is no case %2 (run server-init first)"),
                admin.address().display(), names.caseId));
    if (roleExists(db, role))
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1: the role %2 exists already: %3 is on the panel, or was "
                                    "(nothing was changed)"),
                                admin.address().display(), role, member.id));
    const QString verifier = scramVerifier(db, role, password);
    ServerTransaction transaction(db);
    execBound(
        db,
        withNames(QStringLiteral("SELECT {schema}.add_member(?, ?, ?, ?, ?)"), names, *db.driver()),
        {member.id, member.name, roleKey(member.role), role, verifier});
    transaction.commit();
    return role;
}

} // namespace sp::server
