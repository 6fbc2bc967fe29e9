#include "casefile/case_file.h"
#include "domain/error.h"
#include "server/server_schema.h"
#include "server/server_upgrade.h"
#include "server_fixture.h"
#include "support/app_runner.h"

// A case an earlier program set up on a server (server version 2, without the index of the
// applications' text): refused with words until its admin runs `upgrade URL`, then opened and
// searched as any other; the upgrade recorded, the record's chain intact.
namespace {

using sp::CaseFile;
using sp::test::runApp;

class ServerUpgrade : public sp::test::ServerCase {
protected:
    int schemaVersion() const override { return sp::server::firstServerSchemaVersion; }

    QString urlOf(const QString& member) const {
        return address().urlFor(sp::server::memberRoleName(names(), member));
    }
    std::unique_ptr<CaseFile> openAs(const QString& member) {
        return CaseFile::openServer(urlOf(member), CaseFile::Access::ReadWrite, passwordOf(member));
    }
    QString openingRefusal(const QString& member) {
        try {
            openAs(member);
        } catch (const sp::Error& e) {
            return e.message();
        }
        return {};
    }
};

TEST_F(ServerUpgrade, AnEarlierCaseOpensOnceItsAdminHasUpgradedIt) {
    const QString refused = openingRefusal("anna");
    const QString current = QString::number(sp::server::currentServerSchemaVersion());
    EXPECT_TRUE(refused.contains("earlier version of Selection Panel (server version 2; this "
                                 "program works with version " +
                                 current + ")"))
        << refused.toStdString();
    EXPECT_TRUE(refused.contains("selection-panel upgrade")) << refused.toStdString();

    const auto upgraded = runApp({"upgrade", address().urlFor(address().user)});
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.errText().toStdString();
    EXPECT_TRUE(upgraded.outText().contains("upgraded from server version 2 to " + current))
        << upgraded.outText().toStdString();

    auto anna = openAs("anna");
    const auto search = anna->applications().search("python", "anna");
    EXPECT_TRUE(search.matches.empty());
    EXPECT_EQ(search.notIndexed, 0);
    const auto entries = anna->record().entries();
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("server_case_upgraded"));
    EXPECT_TRUE(entries.back().after.contains("server version 2 to " + current +
                                              ": the index of the applications' text, for "
                                              "searching every application; reopening the grid "
                                              "by the chair, what it discards kept on the server; "
                                              "a member changing the conflict they declared"))
        << entries.back().after.toStdString();
    // What version 4 brought works too.
    auto chair = openAs("chair");
    EXPECT_EQ(chair->panel().reopenGrid("chair", "a criterion was missing").discardedSheets, 0);
    EXPECT_EQ(values("anna", "SELECT intact FROM {schema}.record_chain()"), QStringList{"true"});

    const auto again = runApp({"upgrade", address().urlFor(address().user)});
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_TRUE(again.outText().contains("already at server version " + current))
        << again.outText().toStdString();
    EXPECT_EQ(openAs("anna")->record().entries().size(), entries.size() + 1); // the reopening
}

TEST_F(ServerUpgrade, AMemberCannotUpgradeAndNothingChanges) {
    try {
        sp::server::upgradeCase(as("chair"));
        FAIL() << "the chair's role upgraded the case";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains("cannot act as the case's owner")) << e.what();
        EXPECT_TRUE(e.message().contains("nothing was changed")) << e.what();
    }
    EXPECT_EQ(values("", "SELECT value FROM {schema}.setting WHERE key = 'server_schema_version'"),
              QStringList{"2"});
    EXPECT_EQ(count("", "SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema() +
                            "' AND tablename = 'page_text'"),
              0);
}

TEST_F(ServerUpgrade, ACaseOfANewerProgramIsLeftAlone) {
    ASSERT_TRUE(runAsAdmin("UPDATE {schema}.setting SET value = '99' WHERE key = "
                           "'server_schema_version'")
                    .ok);
    try {
        sp::server::upgradeCase(admin());
        FAIL() << "upgraded a newer case";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::NewerVersion);
        EXPECT_TRUE(e.message().contains("newer version")) << e.what();
    }
    EXPECT_TRUE(openingRefusal("anna").contains("newer version"))
        << openingRefusal("anna").toStdString();
    EXPECT_EQ(values("", "SELECT value FROM {schema}.setting WHERE key = 'server_schema_version'"),
              QStringList{"99"});
}

} // namespace
