// Issue 16: members' credentials are sealed in the record like every other row, so a passphrase
// hash or signing key swapped with another tool (to sign in as that member) is named by verify;
// a file from before they were sealed (version 9) is sealed as found when upgraded.

#include "marking_fixture.h"
#include "support/record_forger.h"

#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

QByteArray passphraseOf(const QString& member) {
    return "the passphrase of " + member.toUtf8();
}

class CredentialSeals : public ::testing::Test {
protected:
    void SetUp() override {
        qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
        for (const char* member : {"anna", "bruno"})
            c.file->identities().signIn(QString::fromLatin1(member),
                                        passphraseOf(QString::fromLatin1(member)));
        path = c.file->path();
        c.file.reset();
    }
    void TearDown() override { qunsetenv("SELECTION_PANEL_SIGN_IN_DELAY_MS"); }

    MarkingCase c{std::vector<Person>{{"External", "E"}}};
    QString path;
};

TEST_F(CredentialSeals, ACredentialSwappedWithAnotherToolIsNamed) {
    // Bruno's passphrase hash and sealed key put in Anna's row: Bruno's passphrase would open it.
    rawSql(path, {QStringLiteral(
                     "UPDATE member_credential SET (passphrase_hash, public_key, sealed_key) = "
                     "(SELECT passphrase_hash, public_key, sealed_key FROM member_credential "
                     "WHERE member_id = 'bruno') WHERE member_id = 'anna'")});
    const VerifyReport report = CaseFile::open(path, CaseFile::Access::ReadOnly)->verify();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problems().join('\n').contains(
        QStringLiteral("the credentials (passphrase hash, signing key) of anna")))
        << report.problems().join('\n').toStdString();
}

TEST_F(CredentialSeals, FailedSignInsAreCountedWithoutBreakingTheSeal) {
    auto file = CaseFile::open(path);
    EXPECT_THROW(file->identities().signIn("anna", "not the passphrase"), Error);
    const VerifyReport report = file->verify();
    EXPECT_TRUE(report.ok()) << report.problems().join('\n').toStdString();
}

TEST(CredentialSealsUpgrade, AVersion9FilesCredentialsAreSealedAsFoundWhenUpgraded) {
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
    MarkingCase c{std::vector<Person>{{"External", "E"}}};
    c.file->identities().signIn("bruno", passphraseOf("bruno"));
    const QString path = c.file->path();
    c.file.reset();
    // As version 9 left it: a credential row that no entry seals (Anna's, a copy of Bruno's).
    rawSql(path, {QStringLiteral("INSERT INTO member_credential (member_id, kind, passphrase_hash, "
                                 "public_key, sealed_key, set_at) SELECT 'anna', kind, "
                                 "passphrase_hash, public_key, sealed_key, set_at FROM "
                                 "member_credential WHERE member_id = 'bruno'"),
                  QStringLiteral("PRAGMA user_version = 9")});
    auto upgraded = CaseFile::open(path);
    EXPECT_EQ(upgraded->schemaVersion(), CaseFile::currentSchemaVersion());
    const auto record = upgraded->record().entries();
    EXPECT_EQ(record.back().action, QStringLiteral("state_sealed"));
    EXPECT_TRUE(record.back().after.contains(QStringLiteral("version 10")));
    const VerifyReport report = upgraded->verify();
    EXPECT_TRUE(report.ok()) << report.problems().join('\n').toStdString();
    qunsetenv("SELECTION_PANEL_SIGN_IN_DELAY_MS");
}

} // namespace
