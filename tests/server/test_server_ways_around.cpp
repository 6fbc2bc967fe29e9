#include "server/server_case.h"
#include "server_fixture.h"

#include <QProcess>

// The ways a member with psql might try around the policies: another form of query, an object of
// their own, another tool's path into the data, the statistics, another role, another case.
namespace {

using sp::test::ServerCase;

class ServerWaysAround : public ServerCase {
protected:
    void SetUp() override {
        ServerCase::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // ben has submitted c1, and has a draft for c3; anna has marked nothing.
        saveSheet("ben", "c1", "preselection", 5, 4, true);
        saveSheet("ben", "c3", "preselection", 1, 2, false);
    }

    // psql as the member's own role, as they would run it.
    QProcess::ExitStatus psql(const QString& member, const QString& command, int* exitCode,
                              QByteArray* out, QByteArray* err, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PGPASSWORD", passwordOf(member));
        process.setProcessEnvironment(environment);
        const QString conninfo =
            QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                .arg(address().host)
                .arg(address().port)
                .arg(address().database, sp::server::memberRoleName(names(), member));
        process.start("psql", {"-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", conninfo, "-c",
                               withSchema(command)});
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        *exitCode = process.exitCode();
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitStatus();
    }
};

TEST_F(ServerWaysAround, AJoinOrASubqueryInWhereSeesNoMoreThanTheTable) {
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.mark m JOIN {schema}.mark_sheet s "
                            "USING (member_id, candidate_id, stage) "
                            "JOIN {schema}.candidate c ON c.id = m.candidate_id"),
              0);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.candidate c WHERE EXISTS "
                            "(SELECT 1 FROM {schema}.mark m WHERE m.candidate_id = c.id "
                            "AND m.mark >= 4)"),
              0);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.candidate c WHERE c.id IN "
                            "(SELECT candidate_id FROM {schema}.mark_sheet)"),
              0);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.candidate c LEFT JOIN "
                            "{schema}.mark m ON m.candidate_id = c.id WHERE m.mark IS NOT NULL"),
              0);
}

TEST_F(ServerWaysAround, TableAndCopyToShowNoMoreAndCopyFromIsRefused) {
    EXPECT_TRUE(run("anna", "TABLE {schema}.mark").rows.empty());
    int exitCode = -1;
    QByteArray out, err;
    psql("anna", "COPY {schema}.mark TO STDOUT", &exitCode, &out, &err);
    EXPECT_EQ(exitCode, 0) << err.toStdString();
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    psql("anna", "COPY (SELECT * FROM {schema}.mark_sheet) TO STDOUT", &exitCode, &out, &err);
    EXPECT_EQ(exitCode, 0) << err.toStdString();
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    // ben sees his own through the same path, so the path works.
    psql("ben", "COPY {schema}.mark TO STDOUT", &exitCode, &out, &err);
    EXPECT_EQ(out.count('\n'), 4) << out.toStdString();
    psql("anna", "COPY {schema}.mark FROM STDIN", &exitCode, &out, &err,
         "ben\t1\tpreselection\textra\t5\n\\.\n");
    EXPECT_NE(exitCode, 0);
    EXPECT_TRUE(err.contains("row-level security")) << err.toStdString();
    psql("anna", "COPY {schema}.mark TO '/tmp/marks.txt'", &exitCode, &out, &err);
    EXPECT_NE(exitCode, 0);
    EXPECT_TRUE(err.contains("permission denied") || err.contains("must be superuser"))
        << err.toStdString();
}

TEST_F(ServerWaysAround, NoViewNoFunctionNoTableOfTheirOwn) {
    for (const QString& statement : {
             QStringLiteral("CREATE VIEW {schema}.all_marks AS SELECT * FROM {schema}.mark"),
             QStringLiteral("CREATE VIEW public.all_marks AS SELECT * FROM {schema}.mark"),
             QStringLiteral("CREATE TEMP VIEW all_marks AS SELECT * FROM {schema}.mark"),
             QStringLiteral("CREATE TABLE {schema}.mine (x int)"),
             QStringLiteral("CREATE TABLE public.mine (x int)"),
             QStringLiteral("CREATE TEMP TABLE mine (x int)"),
             QStringLiteral("CREATE FUNCTION {schema}.leak(int) RETURNS boolean LANGUAGE sql "
                            "AS 'SELECT true'"),
             QStringLiteral("CREATE FUNCTION pg_temp.leak(int) RETURNS boolean LANGUAGE sql "
                            "AS 'SELECT true'"),
             QStringLiteral("CREATE SCHEMA mine"),
         }) {
        const auto result = run("anna", statement);
        EXPECT_FALSE(result.ok) << statement.toStdString();
        EXPECT_TRUE(result.error.contains("permission denied")) << result.error.toStdString();
    }
}

// Whatever a later server version adds (server_schema.h) is held as the first version's tables
// are: row security on every table, nothing for PUBLIC, and what reopening discards for the admin
// alone.
TEST_F(ServerWaysAround, EveryTableHasRowSecurityAndNothingIsLeftToPublic) {
    const QString inCase = QStringLiteral("n.nspname = '%1'").arg(schema());
    EXPECT_EQ(values("", "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                         "c.relnamespace WHERE " +
                             inCase + " AND c.relkind = 'r' AND NOT c.relrowsecurity"),
              QStringList{});
    const QStringList tables = values("", "SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                                          "ON n.oid = c.relnamespace WHERE " +
                                              inCase + " AND c.relkind = 'r'");
    EXPECT_GE(tables.size(), 20);
    for (const char* later : {"pdf_text_indexed", "page_text", "discarded_row"})
        EXPECT_TRUE(tables.contains(QLatin1String(later))) << later;
    EXPECT_EQ(values("", "SELECT table_name FROM information_schema.role_table_grants WHERE "
                         "table_schema = '" +
                             schema() + "' AND grantee = 'PUBLIC'"),
              QStringList{});
    EXPECT_EQ(values("", "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                         "p.pronamespace WHERE " +
                             inCase + " AND has_function_privilege('public', p.oid, 'EXECUTE')"),
              QStringList{});
    for (const char* privilege : {"SELECT", "INSERT", "UPDATE", "DELETE"})
        EXPECT_EQ(values("", QStringLiteral("SELECT has_table_privilege('%1', '%2.discarded_row', "
                                            "'%3')")
                                 .arg(names().panel, schema(), QLatin1String(privilege))),
                  QStringList{"false"})
            << privilege;
}

TEST_F(ServerWaysAround, TheCasesOwnViewAndFunctionsCheckTheCaller) {
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.consolidated_mark"), 0);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.consolidated_marks()"), 0);
    EXPECT_EQ(values("anna", QStringLiteral("SELECT {schema}.sees_others(%1, 'preselection')")
                                 .arg(candidateId("c1"))),
              QStringList{"false"});
    // Every view runs with the caller's rights (security_invoker), so the policies apply.
    EXPECT_EQ(count("", QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                                       "n.oid = c.relnamespace WHERE n.nspname = '%1' AND "
                                       "c.relkind = 'v' AND NOT coalesce(c.reloptions @> "
                                       "'{security_invoker=true}', false)")
                            .arg(schema())),
              0);
    // Every SECURITY DEFINER function fixes its search_path, pg_temp last.
    EXPECT_EQ(count("", QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON "
                                       "n.oid = p.pronamespace WHERE n.nspname = '%1' AND "
                                       "p.prosecdef AND NOT coalesce(p.proconfig @> "
                                       "'{\"search_path=pg_catalog, pg_temp\"}', false)")
                            .arg(schema())),
              0);
    // The admin's function is not the members'.
    const auto added = run("anna", "SELECT {schema}.add_member('x', 'X', 'member', 'x', 'x')");
    EXPECT_FALSE(added.ok);
    EXPECT_TRUE(added.error.contains("permission denied")) << added.error.toStdString();
}

TEST_F(ServerWaysAround, TheStatisticsShowNoMarks) {
    ASSERT_TRUE(runAsAdmin("ANALYZE {schema}.mark").ok);
    ASSERT_TRUE(runAsAdmin("ANALYZE {schema}.mark_sheet").ok);
    EXPECT_GT(count("", QStringLiteral("SELECT count(*) FROM pg_stats WHERE schemaname = '%1' "
                                       "AND tablename = 'mark'")
                            .arg(schema())),
              0)
        << "the admin sees them, so there are some";
    EXPECT_EQ(count("anna", QStringLiteral("SELECT count(*) FROM pg_stats WHERE schemaname = "
                                           "'%1' AND tablename IN ('mark', 'mark_sheet')")
                                .arg(schema())),
              0);
    EXPECT_FALSE(run("anna", "SELECT count(*) FROM pg_statistic").ok);
}

TEST_F(ServerWaysAround, NoOtherRoleToTakeAndNoOtherCaseToRead) {
    // The panel's group role: the only one a member may take, and it sees nothing more.
    ASSERT_TRUE(run("anna", QStringLiteral("SET ROLE \"%1\"").arg(names().panel)).ok);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.mark"), 0);
    EXPECT_EQ(count("anna", "SELECT count(*) FROM {schema}.mark_sheet"), 0);
    ASSERT_TRUE(run("anna", "RESET ROLE").ok);
    for (const QString& role : {names().owner, sp::server::memberRoleName(names(), "ben"),
                                QStringLiteral("postgres"), QStringLiteral("pg_read_all_data")}) {
        const auto taken = run("anna", QStringLiteral("SET ROLE \"%1\"").arg(role));
        EXPECT_FALSE(taken.ok) << role.toStdString();
    }
    EXPECT_FALSE(run("anna", QStringLiteral("SET SESSION AUTHORIZATION \"%1\"")
                                 .arg(sp::server::memberRoleName(names(), "ben")))
                     .ok);
    // Each member role: no power of its own, in the panel's group role only.
    const auto powers = runAsAdmin(
        QStringLiteral("SELECT r.rolname, r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR "
                       "r.rolreplication OR r.rolbypassrls, (SELECT string_agg(g.rolname, ',') "
                       "FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                       "WHERE a.member = r.oid) FROM pg_roles r JOIN {schema}.member_role m "
                       "ON m.role_name = r.rolname"));
    ASSERT_EQ(powers.rows.size(), 5u) << powers.error.toStdString();
    for (const auto& row : powers.rows)
        EXPECT_EQ(row.mid(1), (QStringList{"false", names().panel})) << row.join(' ').toStdString();

    // A second case on the same database: closed to this one's members.
    sp::server::ServerAddress other = sp::test::freshCaseAddress();
    const auto otherNames = sp::server::caseNames(other.caseId);
    {
        sp::server::ServerConnection otherAdmin(other);
        sp::server::initCase(otherAdmin);
    }
    const auto read =
        run("anna", QStringLiteral("SELECT count(*) FROM \"%1\".record").arg(otherNames.schema));
    EXPECT_FALSE(read.ok);
    EXPECT_TRUE(read.error.contains("permission denied")) << read.error.toStdString();
    sp::server::ServerConnection otherAdmin(other);
    sp::test::dropCase(otherAdmin, otherNames, {});
}

} // namespace
