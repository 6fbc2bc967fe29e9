// Issue 16: members sign in with a passphrase; every act in their name is signed; verify checks
// every signature; acts in another member's name are refused.

#include "identity/member_key.h"
#include "marking_fixture.h"
#include "support/older_case_files.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

const Stage pre = Stage::Preselection;

QByteArray passphraseOf(const QString& member) {
    return "the passphrase of " + member.toUtf8();
}

void signInPanel(CaseFile& file) {
    for (const auto& m : file.panel().members())
        file.identities().signIn(m.id, passphraseOf(m.id));
}

class SignedActs : public ::testing::Test {
protected:
    void SetUp() override { qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0"); }
    void TearDown() override { qunsetenv("SELECTION_PANEL_SIGN_IN_DELAY_MS"); }
};

void rawSql(const QString& path, const QString& statement, const QVariantList& values = {}) {
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.prepare(statement));
        for (const auto& v : values)
            q.addBindValue(v);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_F(SignedActs, FirstSignInSetsThePassphraseAndLaterOnesCheckIt) {
    MarkingCase c(std::vector<Person>{{"External", "E"}}, false);
    EXPECT_EQ(c.file->identities().credentials("anna"), identity::Credentials::None);
    c.file->identities().signIn("anna", passphraseOf("anna"));
    EXPECT_EQ(c.file->identities().credentials("anna"), identity::Credentials::Passphrase);
    EXPECT_TRUE(c.file->identities().isSignedIn("anna"));
    ASSERT_EQ(c.file->identities().publicKeys("anna").size(), 1u);
    EXPECT_EQ(c.file->identities().publicKeys("anna")[0],
              c.file->identities().signedInKey("anna")->publicKey());
    const QString path = c.file->path();
    c.file.reset();

    auto reopened = CaseFile::open(path);
    EXPECT_FALSE(reopened->identities().isSignedIn("anna"));
    const QString wrong =
        refusal([&] { reopened->identities().signIn("anna", "not the passphrase"); });
    const QString unknown =
        refusal([&] { reopened->identities().signIn("nobody", "not the passphrase"); });
    EXPECT_EQ(wrong, unknown) << "nothing else is told";
    EXPECT_FALSE(reopened->identities().isSignedIn("anna"));
    reopened->identities().signIn("anna", passphraseOf("anna"));
    EXPECT_TRUE(reopened->identities().isSignedIn("anna"));
}

TEST_F(SignedActs, ActsInTheNameOfAMemberWithCredentialsNeedTheirSignIn) {
    MarkingCase c(std::vector<Person>{{"External", "E"}});
    signInPanel(*c.file);
    c.file->identities().signOut("anna");
    const QString refused = refusal([&] {
        c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[0], pre, 3, true)});
    });
    EXPECT_TRUE(refused.contains(QStringLiteral("sign in as anna"))) << refused.toStdString();
    EXPECT_FALSE(c.file->marking().ownSheet(c.refs[0], pre, "anna")) << "nothing was saved";
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "bruno", c.refs[0], pre, 3, true)});
    EXPECT_TRUE(c.file->marking().ownSheet(c.refs[0], pre, "bruno"));
}

TEST_F(SignedActs, WrongPassphrasesAreCountedInTheFileAndDelayTheNextAttempt) {
    MarkingCase c(std::vector<Person>{{"External", "E"}}, false);
    c.file->identities().signIn("anna", passphraseOf("anna"));
    const QString path = c.file->path();
    c.file.reset();
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "200");
    {
        auto first = CaseFile::open(path);
        refusal([&] { first->identities().signIn("anna", "guess one"); });
    }
    // A new process does not start again from nothing: the second failure waits 2 steps and the
    // next attempt, even the right one, waits until then.
    auto second = CaseFile::open(path);
    QElapsedTimer timer;
    timer.start();
    refusal([&] { second->identities().signIn("anna", "guess two"); });
    EXPECT_GE(timer.elapsed(), 400);
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
    second->identities().signIn("anna", passphraseOf("anna"));
    EXPECT_TRUE(second->identities().isSignedIn("anna"));
}

TEST_F(SignedActs, EveryActOfAWholeProcedureIsSignedAndVerifies) {
    MarkingCase c({{"Official", "O", "commission_official"}, {"External", "E"}}, false);
    signInPanel(*c.file);
    c.file->panel().setAggregation(Aggregation::Median, "chair");
    c.file->panel().freezeGrid("chair");
    c.markAll(c.refs[0], pre, 3, 2, 3);
    c.markAll(c.refs[1], pre, 4, 4, 4);
    const auto criterion = criteriaOf(c.file->vacancy().criteria, pre).front().id;
    c.file->marking().recordConsensus({c.refs[0], pre, criterion, 3, "discussed"}, "chair");
    const VerifyReport report = c.file->verify();
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(report.signatureProblems.empty());
    // 4 credentials, aggregation, freeze, 2 x 3 sheets at least, consensus
    EXPECT_GE(report.signedActs, 13);
    for (const auto& e : c.file->record().entries()) {
        if (e.action == QLatin1String("grid_frozen") ||
            e.action == QLatin1String("consensus_recorded")) {
            EXPECT_EQ(e.signedByKey, c.file->identities().publicKeys("chair").back()) << e.seq;
        }
    }
}

TEST_F(SignedActs, VerifyNamesAnEntryChangedAndRehashedAfterItWasSigned) {
    MarkingCase c(std::vector<Person>{{"External", "E"}});
    signInPanel(*c.file);
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[0], pre, 3, true)});
    const qint64 seq = c.file->record().entries().back().seq;
    const QString path = c.file->path();
    c.file.reset();
    // A forger rewrites the entry's text and works its hash out again (the chain then holds as
    // far as this entry, and only the signature can tell).
    auto before = CaseFile::open(path, CaseFile::Access::ReadOnly)->record().entries();
    RecordEntry forged = before.back();
    forged.after = QStringLiteral("every criterion 5");
    forged.hash = recordEntryHash(forged);
    rawSql(path, QStringLiteral("UPDATE record SET after_text = ?, hash = ? WHERE seq = ?"),
           {forged.after, QString::fromLatin1(forged.hash), seq});
    rawSql(path, QStringLiteral("UPDATE record_head SET hash = ?"),
           {QString::fromLatin1(forged.hash)});
    const VerifyReport report = CaseFile::open(path, CaseFile::Access::ReadOnly)->verify();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.signatureProblems.size(), 1u);
    EXPECT_EQ(report.signatureProblems[0].seq, seq);
    EXPECT_TRUE(report.signatureProblems[0].message.contains(QStringLiteral("anna")));
}

TEST_F(SignedActs, AnUpgradedCaseShowsEarlierActsAsUnsignedNotAsFailures) {
    MarkingCase c(std::vector<Person>{{"External", "E"}});
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[0], pre, 3, false)});
    const QString path = c.file->path();
    c.file.reset();
    downgradeToVersion6(path);
    auto upgraded = CaseFile::open(path);
    EXPECT_EQ(upgraded->schemaVersion(), CaseFile::currentSchemaVersion());
    EXPECT_EQ(upgraded->identities().credentials("anna"), identity::Credentials::None);
    const VerifyReport before = upgraded->verify();
    EXPECT_TRUE(before.ok()) << before.problems().join('\n').toStdString();
    EXPECT_GT(before.unsignedBeforeSigning, 5);
    EXPECT_EQ(before.signedActs, 0);
    // The first sign-in sets anna's passphrase; her acts are signed from then on.
    upgraded->identities().signIn("anna", passphraseOf("anna"));
    upgraded->marking().submitMarks(upgraded->applications().candidates()[0].application.reference,
                                    pre, "anna");
    const VerifyReport after = upgraded->verify();
    EXPECT_TRUE(after.ok());
    EXPECT_EQ(after.signedActs, 2); // credentials_set, marks_submitted
}

TEST_F(SignedActs, TheChairResetsAForgottenPassphraseWithAOneTimeCode) {
    MarkingCase c(std::vector<Person>{{"External", "E"}});
    signInPanel(*c.file);
    EXPECT_TRUE(refusal([&] {
                    c.file->identities().issueOneTimeCode("anna", "bruno");
                }).contains(QStringLiteral("only the chair")));
    const QString code = c.file->identities().issueOneTimeCode("anna", "chair");
    EXPECT_EQ(c.file->identities().credentials("anna"), identity::Credentials::OneTimeCode);
    EXPECT_FALSE(c.file->identities().isSignedIn("anna"));
    refusal([&] { c.file->identities().signIn("anna", passphraseOf("anna")); });
    EXPECT_TRUE(refusal([&] {
                    c.file->identities().signIn("anna", code.toUtf8());
                }).contains(QStringLiteral("choose your own passphrase")));
    c.file->identities().signIn("anna", code.toUtf8(), "anna's new passphrase");
    EXPECT_EQ(c.file->identities().credentials("anna"), identity::Credentials::Passphrase);
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "anna", c.refs[0], pre, 3, true)});
    EXPECT_EQ(c.file->identities().publicKeys("anna").size(), 2u);
    const auto record = c.file->record().entries();
    const bool resetRecorded = std::any_of(record.begin(), record.end(), [](const RecordEntry& e) {
        return e.action == QLatin1String("one_time_code_issued") && e.actor == "chair" &&
               e.after.contains(QStringLiteral("for anna"));
    });
    EXPECT_TRUE(resetRecorded);
    EXPECT_TRUE(c.file->verify().ok());
    c.file->identities().signOut("anna");
    c.file->identities().signIn("anna", "anna's new passphrase");
    EXPECT_TRUE(c.file->identities().isSignedIn("anna"));
}
