#include "casefile/case_file.h"
#include "domain/error.h"
#include "server/server_names.h"
#include "server_fixture.h"
#include "support/app_runner.h"

// Reopening the frozen grid on a server: the chair alone, through the case's reopen_grid()
// function (no member's role may delete the others' sheets); every sheet, mark and result
// discarded, kept on the server for its administrator, recorded in the chair's name.
namespace {

using sp::CaseFile;

class ServerReopening : public sp::test::ServerCase {
protected:
    void SetUp() override {
        ServerCase::SetUp();
        if (IsSkipped())
            return;
        saveSheet("anna", "c1", "preselection", 3, 4, true);
        saveSheet("ben", "c1", "preselection", 2, 5, false);
        saveSheet("ben", "c3", "preselection", 4, 4, true);
    }
    std::unique_ptr<CaseFile> openAs(const QString& member) {
        return CaseFile::openServer(address().urlFor(sp::server::memberRoleName(names(), member)),
                                    CaseFile::Access::ReadWrite, passwordOf(member));
    }
    int sheetsLeft() { return count("", "SELECT count(*) FROM {schema}.mark_sheet"); }
};

TEST_F(ServerReopening, TheChairReopensAndEveryMembersSheetsGoKeptOnTheServer) {
    auto chair = openAs("chair");
    const auto outcome =
        chair->panel().reopenGrid("chair", "the motivation criterion was misworded");
    EXPECT_EQ(outcome.discardedSheets, 3);
    EXPECT_TRUE(outcome.backup.isEmpty());
    EXPECT_EQ(chair->panel().gridState(), sp::GridState::Draft);
    EXPECT_EQ(sheetsLeft(), 0);
    EXPECT_EQ(count("", "SELECT count(*) FROM {schema}.mark"), 0);
    const auto reopenings = chair->panel().gridReopenings();
    ASSERT_EQ(reopenings.size(), 1u);
    EXPECT_EQ(reopenings[0].by, QStringLiteral("chair"));
    EXPECT_EQ(reopenings[0].discardedSheets, 3);
    EXPECT_EQ(reopenings[0].reason, QStringLiteral("the motivation criterion was misworded"));

    // Kept for the administrator, marks included; nobody on the panel reads them.
    EXPECT_EQ(values("", "SELECT content->'marks'->>'motivation' FROM {schema}.discarded_row "
                         "WHERE kind = 'mark_sheet' ORDER BY id"),
              (QStringList{"4", "5", "4"}));
    const auto hidden = run("chair", "SELECT count(*) FROM {schema}.discarded_row");
    EXPECT_FALSE(hidden.ok);
    EXPECT_TRUE(hidden.error.contains("permission denied")) << hidden.error.toStdString();

    const auto entries = chair->record().entries();
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("grid_reopened"));
    EXPECT_EQ(entries.back().actor, QStringLiteral("chair"));
    EXPECT_TRUE(entries.back().after.contains("3 mark sheet(s) discarded; reason: the motivation "
                                              "criterion was misworded; kept on the server"))
        << entries.back().after.toStdString();
    EXPECT_EQ(values("anna", "SELECT intact FROM {schema}.record_chain()"), QStringList{"true"});
    // Frozen again, marking starts afresh.
    chair->panel().freezeGrid("chair");
    EXPECT_EQ(chair->panel().gridState(), sp::GridState::Frozen);
}

TEST_F(ServerReopening, NobodyButTheChairReopensNotEvenWithPlainSql) {
    for (const QString member : {"anna", "sec"}) {
        const auto refused = run(member, "SELECT {schema}.reopen_grid('as I please')");
        EXPECT_FALSE(refused.ok) << member.toStdString();
        EXPECT_TRUE(refused.error.contains("only the chair reopens the grid"))
            << refused.error.toStdString();
    }
    const auto noReason = run("chair", "SELECT {schema}.reopen_grid('  ')");
    EXPECT_FALSE(noReason.ok);
    EXPECT_TRUE(noReason.error.contains("needs a reason")) << noReason.error.toStdString();
    // And through the program, with words and nothing changed.
    auto anna = openAs("anna");
    try {
        anna->panel().reopenGrid("anna", "as I please");
        FAIL() << "a member reopened the grid";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains("only the chair reopens the grid")) << e.what();
    }
    try {
        anna->panel().reopenGrid("chair", "in the chair's name");
        FAIL() << "a member reopened the grid in the chair's name";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains("an act in chair's name is theirs")) << e.what();
    }
    EXPECT_EQ(sheetsLeft(), 3);
    EXPECT_EQ(anna->panel().gridState(), sp::GridState::Frozen);
}

TEST_F(ServerReopening, TheChairReopensFromTheCommandLine) {
    qputenv("PGPASSWORD", passwordOf("chair").toUtf8());
    const auto reopened =
        sp::test::runApp({"reopen", address().urlFor(sp::server::memberRoleName(names(), "chair")),
                          "--member", "chair", "--reason", "a criterion was missing"});
    qunsetenv("PGPASSWORD");
    ASSERT_EQ(reopened.exitCode, 0) << reopened.errText().toStdString();
    EXPECT_TRUE(reopened.outText().contains(
        "grid reopened: 3 mark sheet(s) discarded; kept on the server for its administrator"))
        << reopened.outText().toStdString();
    EXPECT_EQ(sheetsLeft(), 0);
}

} // namespace
