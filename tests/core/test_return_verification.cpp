// Issue 16: verify checks every imported return again, so a mark that came in a member's signed
// return cannot be changed afterwards, even by someone who rewrites the record's chain and seals
// on a computer that never saw the case.

#include "core/workbook_fixture.h"
#include "domain/state_seal.h"
#include "identity/act_signatures.h"
#include "identity/imported_returns.h"
#include "identity/member_key.h"
#include "identity/signed_act.h"
#include "io/marks_return.h"
#include "support/record_forger.h"

#include <QTemporaryDir>

namespace sp::test {
namespace {

// ---- The rule over plain record entries ----

struct SignedReturn {
    std::shared_ptr<identity::MemberKey> key =
        identity::MemberKey::generate(QStringLiteral("anna"));
    MarkSheet sheet{QStringLiteral("anna"),      QStringLiteral("APP-1"), Stage::Preselection,
                    {{QStringLiteral("c1"), 3}}, QStringLiteral("clear"), true};
    QString sha = QString(64, QLatin1Char('a'));

    std::vector<RecordEntry> entries(bool registered = true) const {
        MarksReturn r;
        r.caseId = QStringLiteral("case-1");
        r.member = QStringLiteral("anna");
        r.sheets = {sheet};
        const QByteArray text = canonicalBytes(r);
        std::vector<RecordEntry> all;
        if (registered)
            all.push_back(entry(QLatin1String(identity::CredentialsSetAction), QString(),
                                identity::credentialsSetText(key->publicKey()), "anna"));
        all.push_back(entry(QStringLiteral("marks_submitted"), sheet.candidate,
                            markSheetText(sheet) + identity::fromReturnText("anna", sha)));
        all.push_back(entry(QLatin1String(identity::ReturnImportedAction), QString(),
                            identity::importedReturnText(
                                {"anna", sha, 1, key->publicKey(), key->sign(text), text})));
        return all;
    }

    static RecordEntry entry(const QString& action, const QString& candidate, const QString& after,
                             const char* actor = "sec") {
        static qint64 seq = 0;
        RecordEntry e;
        e.seq = ++seq;
        e.actor = QString::fromLatin1(actor);
        e.action = action;
        e.candidate = candidate;
        e.after = after;
        return e;
    }
};

QString problemsOf(const identity::ReturnSignatures& checked) {
    QStringList all;
    for (const auto& problem : checked.problems)
        all << problem.message;
    return all.join(QLatin1Char('\n'));
}

TEST(ImportedReturns, AReturnSignedWithTheMembersRegisteredKeyVouchesForItsSheets) {
    const SignedReturn r;
    const auto checked = identity::checkImportedReturns(r.entries());
    EXPECT_EQ(checked.returnsChecked, 1);
    EXPECT_EQ(checked.sheetsChecked, 1);
    EXPECT_TRUE(checked.problems.empty()) << problemsOf(checked).toStdString();
}

TEST(ImportedReturns, AKeyTheRecordNeverRegisteredIsNamed) {
    const SignedReturn r;
    const auto checked = identity::checkImportedReturns(r.entries(false));
    EXPECT_TRUE(problemsOf(checked).contains(
        QStringLiteral("signed with a key the record never registered for anna")));
}

TEST(ImportedReturns, ASheetChangedAfterTheReturnWasSignedIsNamed) {
    SignedReturn r;
    auto entries = r.entries();
    entries[1].after.replace(QStringLiteral("c1=3"), QStringLiteral("c1=5"));
    EXPECT_TRUE(problemsOf(identity::checkImportedReturns(entries))
                    .contains(QStringLiteral("not the sheet anna signed for APP-1")));
}

TEST(ImportedReturns, ASheetClaimingAReturnThatWasNeverImportedIsNamed) {
    SignedReturn r;
    auto entries = r.entries();
    entries.pop_back(); // the return_imported entry
    EXPECT_TRUE(problemsOf(identity::checkImportedReturns(entries))
                    .contains(QStringLiteral("a signed return that was never imported")));
}

TEST(ImportedReturns, AnImportedSheetIsNotCalledUnsignedByTheSignatureCheck) {
    const SignedReturn r;
    // Without the key's registration: the return's entries alone, neither signed by the secretary.
    auto entries = r.entries();
    entries.erase(entries.begin());
    const auto acts = identity::checkActSignatures(entries, 1);
    EXPECT_EQ(acts.vouchedByReturns, 2);
    EXPECT_TRUE(acts.unsignedActs.empty());
    EXPECT_TRUE(acts.problems.empty());
}

// ---- The case file: verify after import, and after a careful forger ----

// verify as on a computer that never saw the case: no record anchor to compare with.
VerifyReport verifyElsewhere(const QString& path) {
    QTemporaryDir elsewhere;
    const QByteArray kept = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", elsewhere.path().toUtf8());
    VerifyReport report = CaseFile::open(path, CaseFile::Access::ReadOnly)->verify();
    qputenv("XDG_DATA_HOME", kept);
    return report;
}

class ImportedCase : public ::testing::Test {
protected:
    void SetUp() override {
        w.c.file->workbooks().importReturn(w.annaReturns({w.c.refs[0], w.c.refs[1]}, 3),
                                           QStringLiteral("anna-return.json"));
        for (const auto& e : w.c.file->record().entries(w.c.refs[0]))
            if (e.action == QLatin1String("marks_submitted") && e.after.contains("signed return"))
                annaEntry = e.seq;
        path = w.c.file->path();
        w.c.file.reset();
    }

    WorkbookCase w;
    qint64 annaEntry = 0;
    QString path;
};

TEST_F(ImportedCase, VerifyChecksTheReturnAgainAndCallsNoImportedSheetUnsigned) {
    const VerifyReport report = verifyElsewhere(path);
    EXPECT_TRUE(report.ok()) << report.problems().join('\n').toStdString();
    EXPECT_EQ(report.returnsChecked, 1);
    EXPECT_EQ(report.sheetsFromReturns, 2);
    for (const auto& act : report.unsignedActs)
        EXPECT_FALSE(act.message.contains(QStringLiteral("marks_submitted")))
            << act.message.toStdString();
}

TEST_F(ImportedCase, AnImportedMarkChangedWithItsEntrySealAndChainIsNamedByTheReturn) {
    ASSERT_GT(annaEntry, 0);
    const QString candidate =
        QStringLiteral("(SELECT id FROM candidate WHERE reference = '%1')").arg(w.c.refs[0]);
    rawSql(path, {QStringLiteral("UPDATE mark SET mark = 4 WHERE member_id = 'anna' AND "
                                 "candidate_id = %1")
                      .arg(candidate),
                  QStringLiteral("UPDATE record SET after_text = replace(after_text, '=3', '=4') "
                                 "WHERE seq = %1")
                      .arg(annaEntry)});
    resealEntry(path, annaEntry, w.c.refs[0], QStringLiteral("sheet/anna/preselection"));
    recomputeChain(path);
    const VerifyReport report = verifyElsewhere(path);
    // The rows match their seals and the chain holds: only Anna's signature tells.
    EXPECT_TRUE(report.stateProblems.empty());
    EXPECT_TRUE(report.recordProblems.empty());
    EXPECT_TRUE(report.headProblems.empty());
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problems().join('\n').contains(
        QStringLiteral("not the sheet anna signed for %1").arg(w.c.refs[0])))
        << report.problems().join('\n').toStdString();
}

TEST_F(ImportedCase, TheSignedReturnItselfChangedIsNamed) {
    rawSql(path,
           {QStringLiteral("UPDATE record SET after_text = replace(after_text, '\":3', '\":4') "
                           "WHERE action = 'return_imported'")});
    recomputeChain(path);
    const VerifyReport report = verifyElsewhere(path);
    EXPECT_TRUE(report.problems().join('\n').contains(
        QStringLiteral("anna's signature does not match the return's text")))
        << report.problems().join('\n').toStdString();
}

} // namespace
} // namespace sp::test
