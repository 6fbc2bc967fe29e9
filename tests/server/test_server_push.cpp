#include "casefile/case_file.h"
#include "server/server_names.h"
#include "server_fixture.h"
#include "support/app_runner.h"

#include <QTemporaryDir>

// push: a case file made and marked on one desktop becomes a case on the server, whole, its record
// checked by the server, each member signing in as their own role.
namespace {

using sp::test::runApp;

class ServerPush : public ::testing::Test {
protected:
    void SetUp() override {
        if (!sp::test::testServer())
            GTEST_SKIP() << "no PostgreSQL server (SP_TEST_POSTGRES_URL unset)";
        address_ = sp::test::freshCaseAddress();
        names_ = sp::server::caseNames(address_.caseId);
        ASSERT_TRUE(dir_.isValid());
        file_ = dir_.filePath("marked.selpanel");
        const auto made = runApp(
            {"demo", file_, "--candidates", "6", "--seed", "3", "--members", "3", "--marked"});
        ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
    }
    void TearDown() override {
        if (address_.caseId.isEmpty())
            return;
        sp::server::ServerConnection admin(address_);
        sp::test::dropCase(admin, names_, members_);
    }
    QString adminUrl() const { return address_.urlFor(address_.user); }

    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QTemporaryDir dir_;
    QString file_;
    QStringList members_;
};

TEST_F(ServerPush, TheWholeCaseArrivesAndEachMemberSignsInToIt) {
    auto local = sp::CaseFile::open(file_, sp::CaseFile::Access::ReadOnly);
    for (const auto& member : local->panel().members())
        members_ << member.id;
    const auto pushed = runApp({"push", file_, adminUrl()});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.errText().toStdString();
    EXPECT_TRUE(pushed.outText().contains("6 candidate(s)")) << pushed.outText().toStdString();

    const QMap<QString, QString> passwords = sp::test::oneTimePasswords(pushed.outText());
    ASSERT_EQ(passwords.size(), members_.size()) << pushed.outText().toStdString();

    const QString chair = local->panel().members().front().id;
    auto remote =
        sp::CaseFile::openServer(address_.urlFor(sp::server::memberRoleName(names_, chair)),
                                 sp::CaseFile::Access::ReadWrite, passwords.value(chair));
    EXPECT_EQ(remote->applications().candidates().size(),
              local->applications().candidates().size());
    EXPECT_EQ(remote->applications().pdf(remote->applications().candidates().front().id),
              local->applications().pdf(local->applications().candidates().front().id));
    // The ranking the panel reaches on the server is the file's.
    const auto there = remote->results().ranking(sp::Stage::Preselection);
    const auto here = local->results().ranking(sp::Stage::Preselection);
    ASSERT_EQ(there.size(), here.size());
    for (size_t i = 0; i < here.size(); ++i) {
        EXPECT_EQ(there[i].candidate, here[i].candidate);
        EXPECT_EQ(there[i].total, here[i].total);
        EXPECT_EQ(there[i].rank, here[i].rank);
    }
    // The record came with its own numbers and hashes, and the push is its next entry.
    const auto verified = remote->verify();
    EXPECT_TRUE(verified.integrityOk) << verified.integrityMessage.toStdString();
    EXPECT_EQ(verified.recordEntries, local->verify().recordEntries + 1);
    sp::server::ServerConnection admin(address_);
    EXPECT_EQ(sp::test::runSql(admin, QStringLiteral("SELECT action FROM \"%1\".record ORDER BY "
                                                     "seq DESC LIMIT 1")
                                          .arg(names_.schema))
                  .rows.front()
                  .value(0),
              QStringLiteral("case_pushed"));

    // A second push into the same case changes nothing.
    const auto again = runApp({"push", file_, adminUrl()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errText().contains("exists already")) << again.errText().toStdString();
}

// The case's whole journey: made and marked in a file (its acts signed with the members' keys),
// pushed, worked on at the server (acts without signatures: each member's role signed in), and
// backed up into a file again, which verify accepts, naming what the server wrote.
TEST_F(ServerPush, BackedUpAgainAfterWorkOnTheServerTheCaseVerifies) {
    auto local = sp::CaseFile::open(file_, sp::CaseFile::Access::ReadOnly);
    for (const auto& member : local->panel().members())
        members_ << member.id;
    // An act signed on the desktop: the chair signs in with her passphrase (runApp gives it).
    const QString chair = local->panel().members().front().id;
    const auto first = local->applications().candidates().front().application.reference;
    const auto signedAct = runApp({"decide", file_, first, "--eligible", "no", "--reason",
                                   "no diploma giving access", "--by", chair});
    ASSERT_EQ(signedAct.exitCode, 0) << signedAct.errText().toStdString();
    const auto pushed = runApp({"push", file_, adminUrl()});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.errText().toStdString();
    const QMap<QString, QString> passwords = sp::test::oneTimePasswords(pushed.outText());
    const QString candidate = local->applications().candidates().back().application.reference;
    {
        auto remote =
            sp::CaseFile::openServer(address_.urlFor(sp::server::memberRoleName(names_, chair)),
                                     sp::CaseFile::Access::ReadWrite, passwords.value(chair));
        remote->screening().decideEligibility(candidate, false, "no diploma after all", chair);
    }
    const QString archive = dir_.filePath("archive.selpanel");
    const auto backedUp = runApp({"backup", adminUrl(), archive});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.errText().toStdString();
    const auto verified = runApp({"verify", archive});
    EXPECT_EQ(verified.exitCode, 0)
        << verified.outText().toStdString() << verified.errText().toStdString();
    EXPECT_TRUE(verified.outText().contains("3 entries written on a server"))
        << verified.outText().toStdString();
    const auto again = sp::CaseFile::open(archive, sp::CaseFile::Access::ReadOnly);
    const auto screened = again->screening().candidate(candidate);
    ASSERT_TRUE(screened.has_value());
    EXPECT_EQ(screened->screening.status, sp::ScreeningStatus::NotEligible);
    // Signed on the desktop and checked still: her key's registration and her decision.
    EXPECT_EQ(again->verify().signedActs, 2);
}

} // namespace
