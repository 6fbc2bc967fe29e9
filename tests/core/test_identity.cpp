// Issue 16: members' passphrase hashes, key pairs, sealed secret keys and the text they sign.

#include "domain/error.h"
#include "domain/record.h"
#include "identity/act_signatures.h"
#include "identity/member_key.h"
#include "identity/one_time_code.h"
#include "identity/passphrase_hash.h"
#include "identity/sign_in_delay.h"
#include "identity/signed_act.h"

#include <functional>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::identity;

TEST(PassphraseHash, IsArgon2idWithItsParametersAndVerifiesOnlyThePassphrase) {
    const QString hash = hashPassphrase("correct horse battery");
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$v=19$m="))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(QStringLiteral("correct horse")));
    EXPECT_TRUE(passphraseMatches(hash, "correct horse battery"));
    EXPECT_FALSE(passphraseMatches(hash, "correct horse batterY"));
    EXPECT_FALSE(passphraseMatches(hash, ""));
    EXPECT_NE(hashPassphrase("correct horse battery"), hash) << "a fresh salt each time";
}

TEST(PassphraseHash, ShortPassphrasesAreRefused) {
    EXPECT_THROW(requireAcceptablePassphrase("1234567"), Error);
    EXPECT_NO_THROW(requireAcceptablePassphrase("12345678"));
}

TEST(MemberKey, SignaturesVerifyOnlyForTheSameTextAndKey) {
    const auto anna = MemberKey::generate(QStringLiteral("anna"));
    const auto bruno = MemberKey::generate(QStringLiteral("bruno"));
    const QByteArray signature = anna->sign("marks submitted");
    EXPECT_EQ(signature.size(), 64);
    EXPECT_TRUE(signatureValid(anna->publicKey(), "marks submitted", signature));
    EXPECT_FALSE(signatureValid(anna->publicKey(), "marks submitteD", signature));
    EXPECT_FALSE(signatureValid(bruno->publicKey(), "marks submitted", signature));
    EXPECT_FALSE(signatureValid(anna->publicKey(), "marks submitted", signature.left(63)));
}

TEST(MemberKey, SealedSecretKeyOpensOnlyWithThePassphraseAndForTheSameMember) {
    const auto anna = MemberKey::generate(QStringLiteral("anna"));
    const auto sealed = SealedSecretKey::fromText(anna->seal("anna's passphrase").toText());
    ASSERT_TRUE(sealed);
    const auto opened =
        MemberKey::unseal(QStringLiteral("anna"), anna->publicKey(), *sealed, "anna's passphrase");
    ASSERT_TRUE(opened);
    EXPECT_TRUE(signatureValid(anna->publicKey(), "x", opened->sign("x")));
    EXPECT_FALSE(
        MemberKey::unseal(QStringLiteral("anna"), anna->publicKey(), *sealed, "a guess at it"));
    EXPECT_FALSE(
        MemberKey::unseal(QStringLiteral("bruno"), anna->publicKey(), *sealed, "anna's passphrase"))
        << "a sealed key moved to another member does not open";
    EXPECT_FALSE(SealedSecretKey::fromText(QStringLiteral("garbage")));
}

TEST(MemberKey, PublicKeyTextRoundTrips) {
    const auto anna = MemberKey::generate(QStringLiteral("anna"));
    const QString text = publicKeyText(anna->publicKey());
    EXPECT_TRUE(text.startsWith(QStringLiteral("ed25519:")));
    EXPECT_EQ(publicKeyFromText(text), anna->publicKey());
    EXPECT_TRUE(publicKeyFromText(QStringLiteral("ed25519:abcd")).isEmpty());
}

namespace {

RecordEntry entry(qint64 seq, const QString& actor, const QString& action,
                  const QString& after = {}) {
    RecordEntry e;
    e.seq = seq;
    e.at = QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC);
    e.actor = actor;
    e.action = action;
    e.candidate = QStringLiteral("APP-0001");
    e.after = after;
    e.seal = QStringLiteral("APP-0001 sheet/anna/preselection 3fa9");
    e.hash = recordEntryHash(e);
    return e;
}

void signWith(RecordEntry& e, const MemberKey& key) {
    e.signature = key.sign(signedActText(e));
    e.signedByKey = key.publicKey();
}

} // namespace

TEST(SignedAct, CoversWhatWasDecidedAndTheRowsItWrote) {
    const RecordEntry base = entry(3, QStringLiteral("anna"), QStringLiteral("marks_submitted"),
                                   QStringLiteral("technologies=3"));
    for (auto change : std::vector<std::function<void(RecordEntry&)>>{
             [](RecordEntry& e) { e.after = QStringLiteral("technologies=4"); },
             [](RecordEntry& e) { e.actor = QStringLiteral("bruno"); },
             [](RecordEntry& e) { e.candidate = QStringLiteral("APP-0002"); },
             [](RecordEntry& e) { e.seal += QLatin1Char('0'); },
             [](RecordEntry& e) { e.seq = 4; },
         }) {
        RecordEntry changed = base;
        change(changed);
        EXPECT_NE(signedActText(changed), signedActText(base));
    }
    EXPECT_TRUE(signedActText(base).startsWith("selection-panel signed act v1\n"));
}

TEST(ActSignatures, EachEntryCheckedAgainstTheKeysTheRecordRegisteredBeforeIt) {
    const auto anna = MemberKey::generate(QStringLiteral("anna"));
    const auto mallory = MemberKey::generate(QStringLiteral("anna"));
    std::vector<RecordEntry> entries{
        entry(1, QStringLiteral("secretary"), QStringLiteral("case_created")),
        entry(2, QStringLiteral("anna"), QStringLiteral("panel_member_added")),
        entry(3, QStringLiteral("anna"), QLatin1String(CredentialsSetAction),
              credentialsSetText(anna->publicKey())),
        entry(4, QStringLiteral("anna"), QStringLiteral("marks_submitted")),
        entry(5, QStringLiteral("anna"), QStringLiteral("marks_submitted")),
        entry(6, QStringLiteral("anna"), QStringLiteral("marks_submitted")),
        entry(7, QStringLiteral("anna"), QStringLiteral("marks_submitted")),
    };
    signWith(entries[2], *anna);
    signWith(entries[3], *anna);
    signWith(entries[4], *mallory); // a key the record never registered for anna
    signWith(entries[5], *anna);
    entries[5].after = QStringLiteral("changed and re-hashed");
    entries[5].hash = recordEntryHash(entries[5]);
    // entries[6]: unsigned although anna has a key

    const ActSignatures checked = checkActSignatures(entries, 2);
    EXPECT_EQ(checked.unsignedBeforeSigning, 1);
    ASSERT_EQ(checked.unsignedActs.size(), 1u);
    EXPECT_EQ(checked.unsignedActs[0].seq, 2);
    EXPECT_EQ(checked.signedActs, 2);
    ASSERT_EQ(checked.problems.size(), 3u);
    EXPECT_EQ(checked.problems[0].seq, 5);
    EXPECT_TRUE(checked.problems[0].message.contains(QStringLiteral("not anna's")));
    EXPECT_EQ(checked.problems[1].seq, 6);
    EXPECT_TRUE(checked.problems[1].message.contains(QStringLiteral("changed after anna signed")));
    EXPECT_EQ(checked.problems[2].seq, 7);
    EXPECT_TRUE(checked.problems[2].message.contains(QStringLiteral("not signed")));
    EXPECT_EQ(registeredKeys(entries).value(QStringLiteral("anna")),
              std::vector<QByteArray>{anna->publicKey()});
}

// A case pushed to a server and backed up into a file again: the acts the server wrote are
// unsigned (the member's role signed in there), counted as such; after the backup a missing
// signature is a problem again.
TEST(ActSignatures, TheServersEntriesCountAsVouchedByItUntilTheBackup) {
    const auto anna = MemberKey::generate(QStringLiteral("anna"));
    std::vector<RecordEntry> entries{
        entry(1, QStringLiteral("anna"), QLatin1String(CredentialsSetAction),
              credentialsSetText(anna->publicKey())),
        entry(2, QStringLiteral("panels_admin"), QStringLiteral("case_pushed")),
        entry(3, QStringLiteral("anna"), QStringLiteral("marks_submitted")),
        entry(4, QStringLiteral("selection-panel"), QStringLiteral("case_backed_up")),
        entry(5, QStringLiteral("anna"), QStringLiteral("marks_submitted")),
    };
    signWith(entries[0], *anna);

    const ActSignatures checked = checkActSignatures(entries, 1);
    EXPECT_EQ(checked.signedActs, 1);
    EXPECT_EQ(checked.vouchedByServer, 3);
    ASSERT_EQ(checked.problems.size(), 1u);
    EXPECT_EQ(checked.problems[0].seq, 5);
    EXPECT_TRUE(checked.problems[0].message.contains(QStringLiteral("not signed")));
}

TEST(SignInDelay, GrowsWithEachFailureFromTheConfiguredStep) {
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "100");
    EXPECT_EQ(signInDelay(0).count(), 0);
    EXPECT_EQ(signInDelay(1).count(), 100);
    EXPECT_EQ(signInDelay(2).count(), 200);
    EXPECT_EQ(signInDelay(4).count(), 800);
    EXPECT_EQ(signInDelay(60).count(), 15 * 60 * 1000);
    qunsetenv("SELECTION_PANEL_SIGN_IN_DELAY_MS");
    EXPECT_EQ(signInDelay(1).count(), 1000);
}

TEST(OneTimeCode, SixteenUnambiguousSymbolsInFourGroups) {
    const QString code = newOneTimeCode();
    EXPECT_EQ(code.size(), 19);
    EXPECT_EQ(code.count(QLatin1Char('-')), 3);
    for (const QChar c : code)
        EXPECT_FALSE(QStringLiteral("01ILO").contains(c));
    EXPECT_NE(newOneTimeCode(), code);
}
