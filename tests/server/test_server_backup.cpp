#include "casefile/case_file.h"
#include "domain/error.h"
#include "server/server_backup.h"
#include "server_fixture.h"
#include "support/app_runner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// backup URL OUT: a case on the server, as the panel left it at one moment, becomes one case file
// that verify accepts and the program opens like any other.
namespace {

using sp::CaseFile;
using sp::MarkSheet;
using sp::Stage;
using sp::test::runApp;

class ServerBackup : public sp::test::ServerCase {
protected:
    void SetUp() override {
        ServerCase::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(dir_.isValid());
        out_ = dir_.filePath("archive.selpanel");
    }
    std::unique_ptr<CaseFile> openAs(const QString& member) {
        return CaseFile::openServer(address().urlFor(sp::server::memberRoleName(names(), member)),
                                    CaseFile::Access::ReadWrite, passwordOf(member));
    }
    QString adminUrl() const { return address().urlFor(address().user); }
    static MarkSheet sheet(const QString& member, const QString& candidate, int experience,
                           bool submitted) {
        MarkSheet s;
        s.member = member;
        s.candidate = candidate;
        s.stage = Stage::Preselection;
        s.marks[QStringLiteral("experience")] = experience;
        s.marks[QStringLiteral("motivation")] = 3;
        s.submitted = submitted;
        return s;
    }
    // The panel at work: every candidate decided, anna's and ben's marks submitted for c1, cara's
    // still a draft.
    void panelAtWork() {
        auto chair = openAs(QStringLiteral("chair"));
        for (const auto* reference : {"c1", "c2", "c3"})
            chair->screening().decideEligibility(QLatin1String(reference), true,
                                                 QStringLiteral("meets every condition"),
                                                 QStringLiteral("chair"));
        openAs(QStringLiteral("anna"))->marking().saveMarkSheets({sheet("anna", "c1", 4, true)});
        openAs(QStringLiteral("ben"))->marking().saveMarkSheets({sheet("ben", "c1", 2, true)});
        openAs(QStringLiteral("cara"))->marking().saveMarkSheets({sheet("cara", "c1", 5, false)});
    }

    QTemporaryDir dir_;
    QString out_;
};

TEST_F(ServerBackup, TheCaseBecomesOneFileThatVerifiesAndOpens) {
    panelAtWork();
    const auto backedUp = runApp({"backup", adminUrl(), out_});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.errText().toStdString();
    EXPECT_TRUE(backedUp.outText().contains("3 candidate(s)")) << backedUp.outText().toStdString();
    EXPECT_TRUE(backedUp.outText().contains("verified")) << backedUp.outText().toStdString();

    const auto verified = runApp({"verify", out_});
    EXPECT_EQ(verified.exitCode, 0)
        << verified.outText().toStdString() << verified.errText().toStdString();
    EXPECT_TRUE(verified.outText().contains("written on a server"))
        << verified.outText().toStdString();

    auto file = CaseFile::open(out_, CaseFile::Access::ReadOnly);
    EXPECT_FALSE(file->onServer());
    EXPECT_EQ(file->vacancy().reference, QStringLiteral("TEST-2026"));
    EXPECT_EQ(file->applications().candidates().size(), 3u);
    EXPECT_EQ(file->panel().members().size(), 5u);
    EXPECT_EQ(file->panel().gridState(), sp::GridState::Frozen);
    EXPECT_EQ(file->panel().conflicts().size(), 1u);
    // Every sheet, drafts included: the owner sees what no member's role does.
    for (const auto* member : {"anna", "ben"}) {
        const auto submitted = file->marking().ownSheet("c1", Stage::Preselection, member);
        ASSERT_TRUE(submitted.has_value()) << member;
        EXPECT_TRUE(submitted->submitted) << member;
    }
    const auto draft = file->marking().ownSheet("c1", Stage::Preselection, "cara");
    ASSERT_TRUE(draft.has_value());
    EXPECT_FALSE(draft->submitted);
    EXPECT_EQ(draft->marks.at("experience"), 5);
    // The record is the server's, entry for entry, as its owner sees it (a member's role sees
    // less), and the backup is its last entry.
    ASSERT_TRUE(runAsAdmin(QStringLiteral("SET ROLE \"%1\"").arg(names().owner)).ok);
    const auto there =
        runAsAdmin(QStringLiteral("SELECT seq, actor, action FROM {schema}.record ORDER BY seq"));
    ASSERT_TRUE(runAsAdmin(QStringLiteral("RESET ROLE")).ok);
    ASSERT_TRUE(there.ok) << there.error.toStdString();
    const auto here = file->record().entries();
    ASSERT_EQ(here.size(), there.rows.size() + 1);
    for (size_t i = 0; i < there.rows.size(); ++i) {
        EXPECT_EQ(QString::number(here[i].seq), there.rows[i].value(0));
        EXPECT_EQ(here[i].actor, there.rows[i].value(1));
        EXPECT_EQ(here[i].action, there.rows[i].value(2));
    }
    EXPECT_EQ(here.back().action, QStringLiteral("case_backed_up"));
}

TEST_F(ServerBackup, ARowChangedInTheCopyAfterwardsShows) {
    panelAtWork();
    ASSERT_EQ(runApp({"backup", adminUrl(), out_}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "tamper");
        db.setDatabaseName(out_);
        ASSERT_TRUE(db.open());
        QSqlQuery tamper(db);
        ASSERT_TRUE(tamper.exec(QStringLiteral(
            "UPDATE mark SET mark = 0 WHERE member_id = 'ben' AND criterion_id = 'experience'")));
        EXPECT_EQ(tamper.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase("tamper");
    const auto verified = runApp({"verify", out_});
    EXPECT_NE(verified.exitCode, 0) << verified.outText().toStdString();
    EXPECT_TRUE(verified.errText().contains("ben")) << verified.errText().toStdString();
}

TEST_F(ServerBackup, AMembersRoleCannotMakeOneAndNothingIsWritten) {
    panelAtWork();
    sp::server::ServerAddress asAnna = address();
    asAnna.user = sp::server::memberRoleName(names(), QStringLiteral("anna"));
    sp::server::ServerConnection anna(asAnna, passwordOf(QStringLiteral("anna")));
    try {
        sp::server::backupServerCase(anna, out_);
        FAIL() << "a member's role made a backup, which its policies would leave incomplete";
    } catch (const sp::Error& e) {
        EXPECT_TRUE(e.message().contains("cannot act as the case's owner")) << e.what();
    }
    EXPECT_FALSE(QFile::exists(out_));
    EXPECT_TRUE(QDir(dir_.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // Her connection is left as it was, outside any transaction.
    const auto after = sp::test::runSql(anna, QStringLiteral("SELECT 1"));
    EXPECT_TRUE(after.ok) << after.error.toStdString();
}

TEST_F(ServerBackup, AnExistingFileIsLeftAlone) {
    {
        QFile existing(out_);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("minutes of the panel");
    }
    const auto refused = runApp({"backup", adminUrl(), out_});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.errText().contains("already exists")) << refused.errText().toStdString();
    QFile kept(out_);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("minutes of the panel"));
}

} // namespace
