#include "server_fixture.h"

#include "io/vacancy_json.h"
#include "server/server_case.h"
#include "server/server_schema.h"
#include "support/test_paths.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sp::test {

std::optional<server::ServerAddress> testServer() {
    const QString url = qEnvironmentVariable("SP_TEST_POSTGRES_URL");
    if (url.isEmpty())
        return std::nullopt;
    const QString separator =
        url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    return server::parseServerUrl(url + separator + QStringLiteral("case=unused"));
}

server::ServerAddress freshCaseAddress() {
    server::ServerAddress address = *testServer();
    static int counter = 0;
    address.caseId = QStringLiteral("t%1x%2x%3")
                         .arg(QCoreApplication::applicationPid())
                         .arg(++counter)
                         .arg(QRandomGenerator::global()->bounded(100000));
    return address;
}

QMap<QString, QString> oneTimePasswords(const QString& printed) {
    static const QRegularExpression added("added (\\S+) .*\\none-time password: (\\S+)");
    QMap<QString, QString> passwords;
    for (auto it = added.globalMatch(printed); it.hasNext();) {
        const auto match = it.next();
        passwords.insert(match.captured(1), match.captured(2));
    }
    return passwords;
}

SqlResult runAsSuperuser(const QString& statement) {
    server::ServerAddress address = *testServer();
    address.user = qEnvironmentVariable("SP_TEST_POSTGRES_SUPERUSER", QStringLiteral("postgres"));
    server::ServerConnection superuser(address);
    return runSql(superuser, statement);
}

SqlResult runSql(server::ServerConnection& connection, const QString& statement) {
    SqlResult result;
    QSqlQuery query(connection.db());
    if (!query.exec(statement)) {
        result.error = query.lastError().databaseText().trimmed();
        if (result.error.isEmpty())
            result.error = query.lastError().text();
        return result;
    }
    result.ok = true;
    result.affected = query.numRowsAffected();
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i).toString();
        result.rows.push_back(row);
    }
    return result;
}

Vacancy ServerCase::testVacancy() {
    Vacancy vacancy = loadVacancyFile(exampleVacancy());
    vacancy.reference = QStringLiteral("TEST-2026");
    vacancy.title = QStringLiteral("A test procedure");
    vacancy.criteria.clear();
    for (const Stage stage : {Stage::Preselection, Stage::Interview})
        for (const char* id : {"experience", "motivation"})
            vacancy.criteria.push_back({stage, QLatin1String(id), QLatin1String(id), 1, 5});
    vacancy.thresholds = {2, std::nullopt, 5.0, 2};
    return vacancy;
}

int ServerCase::schemaVersion() const {
    return server::currentServerSchemaVersion();
}

const QStringList& ServerCase::members() {
    static const QStringList all = {QStringLiteral("chair"), QStringLiteral("anna"),
                                    QStringLiteral("ben"), QStringLiteral("cara"),
                                    QStringLiteral("sec")};
    return all;
}

QString ServerCase::passwordOf(const QString& member) {
    return QStringLiteral("test-password-of-") + member;
}

void ServerCase::SetUp() {
    if (!testServer())
        GTEST_SKIP() << "no PostgreSQL server: run under scripts/with-postgres "
                        "(SP_TEST_POSTGRES_URL unset)";
    address_ = freshCaseAddress();
    names_ = server::caseNames(address_.caseId);
    admin_ = std::make_unique<server::ServerConnection>(address_);
    server::initCase(*admin_, testVacancy(), schemaVersion());
    const std::map<QString, Role> roles = {{QStringLiteral("chair"), Role::Chair},
                                           {QStringLiteral("anna"), Role::Member},
                                           {QStringLiteral("ben"), Role::Member},
                                           {QStringLiteral("cara"), Role::Member},
                                           {QStringLiteral("sec"), Role::Secretary}};
    for (const auto& member : members())
        server::addMember(*admin_, {member, QStringLiteral("Name of ") + member, roles.at(member)},
                          passwordOf(member).toUtf8());
    for (const auto& reference : {"c1", "c2", "c3"}) {
        const SqlResult added = runAsAdmin(
            QStringLiteral(
                "INSERT INTO {schema}.candidate (reference, surname, given_names, email, "
                "nationalities, received_at, category, imported_at) VALUES ('%1', "
                "'Surname', 'Given', '%1@example.org', 'BE', '2025-04-01T10:00:00.000Z', 'AD', "
                "'2026-01-02')")
                .arg(QLatin1String(reference)));
        ASSERT_TRUE(added.ok) << added.error.toStdString();
    }
    const SqlResult frozen =
        runAsAdmin(QStringLiteral("UPDATE {schema}.grid_state SET state = 'frozen', "
                                  "frozen_at = '2026-01-03', frozen_by = 'chair'"));
    ASSERT_TRUE(frozen.ok) << frozen.error.toStdString();
    const SqlResult conflict =
        run(QStringLiteral("cara"),
            QStringLiteral("INSERT INTO {schema}.conflict (member_id, candidate_id, nature, "
                           "declared_at) VALUES ('cara', %1, 'family', '2026-01-03')")
                .arg(candidateId(QStringLiteral("c2"))));
    ASSERT_TRUE(conflict.ok) << conflict.error.toStdString();
}

void ServerCase::TearDown() {
    connections_.clear();
    if (admin_)
        dropCase(*admin_, names_, members());
    admin_.reset();
}

server::ServerConnection& ServerCase::as(const QString& member) {
    auto& connection = connections_[member];
    if (!connection) {
        server::ServerAddress address = address_;
        address.user = server::memberRoleName(names_, member);
        connection = std::make_unique<server::ServerConnection>(address, passwordOf(member));
    }
    return *connection;
}

QString ServerCase::withSchema(const QString& statement) const {
    QString text = statement;
    return text.replace(QLatin1String("{schema}"), names_.schema);
}

SqlResult ServerCase::run(const QString& member, const QString& statement) {
    return runSql(as(member), withSchema(statement));
}

SqlResult ServerCase::runAsAdmin(const QString& statement) {
    return runSql(*admin_, withSchema(statement));
}

QStringList ServerCase::values(const QString& member, const QString& statement) {
    const SqlResult result = member.isEmpty() ? runAsAdmin(statement) : run(member, statement);
    EXPECT_TRUE(result.ok) << member.toStdString() << ": " << statement.toStdString() << ": "
                           << result.error.toStdString();
    QStringList column;
    for (const auto& row : result.rows)
        column << row.value(0);
    return column;
}

int ServerCase::count(const QString& member, const QString& statement) {
    const QStringList column = values(member, statement);
    return column.isEmpty() ? -1 : column.first().toInt();
}

qint64 ServerCase::candidateId(const QString& reference) {
    const QStringList ids = values(
        QString(),
        QStringLiteral("SELECT id FROM {schema}.candidate WHERE reference = '%1'").arg(reference));
    return ids.isEmpty() ? -1 : ids.first().toLongLong();
}

void ServerCase::saveSheet(const QString& member, const QString& candidate, const QString& stage,
                           int experience, int motivation, bool submit) {
    const qint64 id = candidateId(candidate);
    const SqlResult sheet =
        run(member, QStringLiteral("INSERT INTO {schema}.mark_sheet (member_id, candidate_id, "
                                   "stage, updated_at) VALUES ('%1', %2, '%3', '2026-01-04')")
                        .arg(member)
                        .arg(id)
                        .arg(stage));
    ASSERT_TRUE(sheet.ok) << sheet.error.toStdString();
    const SqlResult marks =
        run(member, QStringLiteral("INSERT INTO {schema}.mark (member_id, candidate_id, stage, "
                                   "criterion_id, mark) VALUES ('%1', %2, '%3', 'experience', %4), "
                                   "('%1', %2, '%3', 'motivation', %5)")
                        .arg(member)
                        .arg(id)
                        .arg(stage)
                        .arg(experience)
                        .arg(motivation));
    ASSERT_TRUE(marks.ok) << marks.error.toStdString();
    if (submit)
        submitSheet(member, candidate, stage);
}

void ServerCase::submitSheet(const QString& member, const QString& candidate,
                             const QString& stage) {
    const SqlResult submitted =
        run(member, QStringLiteral("UPDATE {schema}.mark_sheet SET submitted_at = '2026-01-05' "
                                   "WHERE member_id = '%1' AND candidate_id = %2 AND stage = '%3'")
                        .arg(member)
                        .arg(candidateId(candidate))
                        .arg(stage));
    ASSERT_TRUE(submitted.ok) << submitted.error.toStdString();
    ASSERT_EQ(submitted.affected, 1);
}

void dropCase(server::ServerConnection& admin, const server::CaseNames& names,
              const QStringList& members) {
    QStringList statements = {
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(names.schema)};
    for (const auto& member : members)
        statements << QStringLiteral("DROP ROLE IF EXISTS \"%1\"")
                          .arg(server::memberRoleName(names, member));
    statements << QStringLiteral("DO $$ BEGIN EXECUTE format('REVOKE ALL ON DATABASE %I FROM "
                                 "\"%1\"', current_database()); END $$")
                      .arg(names.panel)
               << QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(names.panel)
               << QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(names.owner);
    for (const auto& statement : statements) {
        const SqlResult dropped = runSql(admin, statement);
        EXPECT_TRUE(dropped.ok) << statement.toStdString() << ": " << dropped.error.toStdString();
    }
}

} // namespace sp::test
