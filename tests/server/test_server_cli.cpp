#include "domain/error.h"
#include "server/server_case.h"
#include "server_fixture.h"
#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

// server-init and server-add-member as the admin runs them: what they print, what they refuse.
namespace {

using sp::test::runApp;

class ServerCli : public ::testing::Test {
protected:
    void SetUp() override {
        if (!sp::test::testServer())
            GTEST_SKIP() << "no PostgreSQL server (SP_TEST_POSTGRES_URL unset)";
        address_ = sp::test::freshCaseAddress();
        names_ = sp::server::caseNames(address_.caseId);
    }
    void TearDown() override {
        if (!address_.caseId.isEmpty()) {
            sp::server::ServerConnection admin(address_);
            sp::test::dropCase(admin, names_, added_);
        }
    }
    QString url() const { return address_.urlFor(address_.user); }

    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QStringList added_;
};

TEST_F(ServerCli, InitCreatesTheCaseOnceAndRefusesASecondTime) {
    const auto created = runApp({"server-init", url(), "--vacancy", sp::test::exampleVacancy()});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    EXPECT_TRUE(created.outText().contains("created case " + address_.caseId));
    EXPECT_TRUE(created.errText().contains("server-add-member"));

    const auto again = runApp({"server-init", url(), "--vacancy", sp::test::exampleVacancy()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errText().contains("exists already")) << again.errText().toStdString();
    EXPECT_TRUE(again.errText().contains("nothing was changed"));
}

TEST_F(ServerCli, AddMemberGivesAOneTimePasswordTheMemberSignsInWith) {
    ASSERT_EQ(runApp({"server-init", url(), "--vacancy", sp::test::exampleVacancy()}).exitCode, 0);
    const auto added = runApp(
        {"server-add-member", url(), "--member", "anna", "--role", "chair", "--name", "Anna Berg"});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    added_ << "anna";
    const QString role = sp::server::memberRoleName(names_, "anna");
    EXPECT_TRUE(added.outText().contains("signs in as the PostgreSQL role " + role))
        << added.outText().toStdString();
    EXPECT_TRUE(added.errText().contains("psql \"host=")) << added.errText().toStdString();
    EXPECT_TRUE(added.errText().contains("user=" + role));
    EXPECT_TRUE(added.errText().contains("~/.pgpass"));
    const auto password = QRegularExpression("one-time password: (\\S+)").match(added.outText());
    ASSERT_TRUE(password.hasMatch()) << added.outText().toStdString();

    sp::server::ServerAddress asAnna = address_;
    asAnna.user = role;
    sp::server::ServerConnection anna(asAnna, password.captured(1));
    EXPECT_EQ(anna.userName(), role);
    const auto seen = sp::test::runSql(
        anna, QStringLiteral("SELECT id, name, role FROM %1.panel_member").arg(names_.schema));
    ASSERT_TRUE(seen.ok) << seen.error.toStdString();
    ASSERT_EQ(seen.rows.size(), 1u);
    EXPECT_EQ(seen.rows[0], (QStringList{"anna", "Anna Berg", "chair"}));
    const auto recorded = sp::test::runSql(
        anna, QStringLiteral("SELECT actor, after_text FROM %1.record WHERE action = "
                             "'panel_member_added'")
                  .arg(names_.schema));
    ASSERT_EQ(recorded.rows.size(), 1u);
    EXPECT_EQ(recorded.rows[0], (QStringList{"anna", "Anna Berg (chair)"}));

    EXPECT_THROW(sp::server::ServerConnection(asAnna, QStringLiteral("not her password")),
                 sp::Error);
}

TEST_F(ServerCli, AddMemberTakesAPasswordFileAndRefusesTheSameMemberTwice) {
    ASSERT_EQ(runApp({"server-init", url(), "--vacancy", sp::test::exampleVacancy()}).exitCode, 0);
    QTemporaryDir dir;
    QFile file(dir.filePath("password"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("a long password of ben's\n");
    file.close();
    const auto added =
        runApp({"server-add-member", url(), "--member", "ben", "--password-file", file.fileName()});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    added_ << "ben";
    EXPECT_FALSE(added.outText().contains("one-time password"));
    sp::server::ServerAddress asBen = address_;
    asBen.user = sp::server::memberRoleName(names_, "ben");
    sp::server::ServerConnection ben(asBen, QStringLiteral("a long password of ben's"));
    EXPECT_EQ(ben.userName(), asBen.user);

    const auto twice =
        runApp({"server-add-member", url(), "--member", "ben", "--password-file", file.fileName()});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.errText().contains("exists already")) << twice.errText().toStdString();
}

TEST_F(ServerCli, AddMemberRefusesAnIdNoRoleCanBeNamedAfterAndACaseThatIsNotThere) {
    const auto missing = runApp({"server-add-member", url(), "--member", "anna"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.errText().contains("run server-init first"))
        << missing.errText().toStdString();
    ASSERT_EQ(runApp({"server-init", url(), "--vacancy", sp::test::exampleVacancy()}).exitCode, 0);
    for (const char* id : {"Anna", "an na", "anna\"; DROP ROLE x; --", "panel", "a__b", "9lives"}) {
        const auto refused = runApp({"server-add-member", url(), "--member", id});
        EXPECT_EQ(refused.exitCode, 2) << id;
        EXPECT_TRUE(refused.errText().contains("not usable on a server"))
            << id << ": " << refused.errText().toStdString();
    }
}

// Without a server: what the address may hold.
TEST(ServerAddress, RefusesAPasswordAnUnknownParameterAndABadCaseId) {
    const auto withPassword =
        runApp({"server-init", "postgresql://admin:secret@db.example/panels?case=x"});
    EXPECT_EQ(withPassword.exitCode, 2);
    EXPECT_TRUE(withPassword.errText().contains("holds a password"));
    EXPECT_FALSE(withPassword.errText().contains("secret"));
    const auto asParameter =
        runApp({"server-init", "postgresql://db.example/panels?case=x&password=secret"});
    EXPECT_EQ(asParameter.exitCode, 2);
    EXPECT_TRUE(asParameter.errText().contains("holds a password"));
    const auto unknown =
        runApp({"server-init", "postgresql://db.example/panels?case=x&options=-c"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.errText().contains("not a parameter"));
    const auto noCase = runApp({"server-init", "postgresql://db.example/panels"});
    EXPECT_EQ(noCase.exitCode, 2);
    EXPECT_TRUE(noCase.errText().contains("names no case"));
    const auto badCase = runApp({"server-init", "postgresql://db.example/panels?case=EPSO-2026"});
    EXPECT_EQ(badCase.exitCode, 2);
    EXPECT_TRUE(badCase.errText().contains("not usable on a server"));
}

TEST(ServerAddress, KeepsLibpqParametersAndSaysHowAMemberConnects) {
    const auto address = sp::server::parseServerUrl(
        "postgresql://admin@db.example:6543/panels?case=epso_2026&sslmode=verify-full");
    EXPECT_EQ(address.host, "db.example");
    EXPECT_EQ(address.port, 6543);
    EXPECT_EQ(address.database, "panels");
    EXPECT_EQ(address.user, "admin");
    EXPECT_EQ(address.caseId, "epso_2026");
    EXPECT_EQ(address.options, QStringList{"sslmode=verify-full"});
    EXPECT_EQ(address.urlFor("sp_epso_2026__anna"),
              "postgresql://sp_epso_2026__anna@db.example:6543/panels?sslmode=verify-full&case="
              "epso_2026");
    const auto local =
        sp::server::parseServerUrl("postgresql:///panels?case=x&host=/run/postgresql");
    EXPECT_EQ(local.host, "/run/postgresql");
    EXPECT_EQ(local.port, 0);
}

} // namespace
