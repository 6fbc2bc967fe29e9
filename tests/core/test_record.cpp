#include "casefile/case_file.h"
#include "domain/record.h"
#include "io/builtin_vacancy.h"
#include "support/case_fixtures.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;

namespace {

// Changes the file behind the program's back, as someone with a SQLite tool would.
void tamper(const QString& path, const QString& statement) {
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

struct RecordedCase {
    QTemporaryDir dir;
    QString path;
    QStringList refs;
    RecordedCase() : path(dir.filePath("c.selpanel")) {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        refs = test::importSample(*caseFile, dir.path(), 3);
        caseFile->screening().tickDeclaration(refs[0], "military_service", true, "Anna");
        caseFile->screening().decideEligibility(refs[0], true, QString(), "Anna");
        caseFile->screening().decideEligibility(refs[1], false, "no C1 language attested", "Bo");
    }
};

} // namespace

TEST(Record, EveryChangeIsRecordedWithWhoWhatBeforeAndAfter) {
    RecordedCase c;
    auto caseFile = CaseFile::open(c.path);
    const auto all = caseFile->record().entries();
    ASSERT_EQ(all.size(), 5u); // created, import, tick, two decisions
    EXPECT_EQ(all[0].action, QStringLiteral("case_created"));
    EXPECT_EQ(all[1].action, QStringLiteral("import"));
    EXPECT_TRUE(all[1].after.contains(c.refs[2]));
    EXPECT_EQ(all[2].action, QStringLiteral("declaration_ticked"));
    EXPECT_EQ(all[2].before, QStringLiteral("military_service: not ticked"));
    EXPECT_EQ(all[2].after, QStringLiteral("military_service: fulfilled"));

    caseFile->screening().decideEligibility(c.refs[1], true, QString(), "Chair Cy");
    const auto ofCandidate = caseFile->record().entries(c.refs[1]);
    ASSERT_EQ(ofCandidate.size(), 2u);
    EXPECT_TRUE(ofCandidate[1].before.startsWith(QStringLiteral("not eligible")));
    EXPECT_TRUE(ofCandidate[1].before.contains(QStringLiteral("no C1 language attested")));
    EXPECT_TRUE(ofCandidate[1].after.startsWith(QStringLiteral("eligible")));
    EXPECT_EQ(ofCandidate[1].actor, QStringLiteral("Chair Cy"));
    EXPECT_EQ(caseFile->record().entries(QString(), QStringLiteral("Bo")).size(), 1u);
    EXPECT_TRUE(caseFile->verify().ok());
}

TEST(Record, VerifyFindsAnEditedDeletedOrReorderedEntryAndSaysWhich) {
    struct Case {
        const char* name;
        QStringList statements;
        const char* expected;
    };
    const Case cases[] = {
        {"edited",
         {"UPDATE record SET after_text = 'eligible' WHERE seq = 5"},
         "entry 5 was changed"},
        {"deleted", {"DELETE FROM record WHERE seq = 3"}, "entry 4 follows entry 2"},
        // Entries 3 and 4 swap places in the table.
        {"reordered",
         {"UPDATE record SET id = 1000 WHERE seq = 3", "UPDATE record SET id = 3 WHERE seq = 4",
          "UPDATE record SET id = 4 WHERE seq = 3"},
         "entry 4 follows entry 2"},
    };
    for (const auto& tampering : cases) {
        SCOPED_TRACE(tampering.name);
        RecordedCase c;
        for (const auto& statement : tampering.statements)
            tamper(c.path, statement);
        auto caseFile = CaseFile::open(c.path, CaseFile::Access::ReadOnly);
        const VerifyReport report = caseFile->verify();
        EXPECT_FALSE(report.ok());
        ASSERT_FALSE(report.recordProblems.empty());
        EXPECT_TRUE(report.recordProblems.front().message.contains(tampering.expected))
            << report.recordProblems.front().message.toStdString();
    }
}

TEST(Record, AnIntactChainVerifiesAndAnyFieldChangeBreaksIt) {
    std::vector<RecordEntry> chain;
    QByteArray previous;
    for (int i = 1; i <= 3; ++i) {
        RecordEntry e{i,          QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC),
                      "anna",     "x",
                      "APP-0001", "a",
                      "b",        previous,
                      {}};
        e.hash = recordEntryHash(e);
        previous = e.hash;
        chain.push_back(e);
    }
    EXPECT_TRUE(verifyRecordChain(chain).empty());
    auto moved = chain;
    moved[1].before = "ab";
    moved[1].after = "";
    EXPECT_EQ(verifyRecordChain(moved).size(), 1u) << "moving text between fields is a change";
}
