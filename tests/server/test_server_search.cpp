#include "casefile/case_file.h"
#include "core/search_fixture.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "pdf/pdf_text_indexer.h"
#include "server/server_names.h"
#include "server_fixture.h"
#include "support/app_runner.h"

#include <QMap>
#include <QTemporaryDir>

// Searching every application on a server: a case file with the searchable applications
// (support/searchable_applications.h), pushed; the server's index (a tsvector a page) must find
// what the file's (FTS5) finds, hide from a member what they abstain for, and be written once, by
// anyone on the panel, changed by nobody.
namespace {

using sp::CaseFile;
using sp::test::runApp;

class ServerSearch : public ::testing::Test {
protected:
    void SetUp() override {
        if (!sp::test::testServer())
            GTEST_SKIP() << "no PostgreSQL server (SP_TEST_POSTGRES_URL unset)";
        ASSERT_TRUE(dir_.isValid());
        const QString path = dir_.filePath("case.selpanel");
        file_ = CaseFile::create(path, sp::builtinExampleVacancy());
        sp::test::importApplicants(*file_, dir_.path(), sp::test::securityApplicants());
        file_->panel().addMember({"chair", "Clara Chair", sp::Role::Chair});
        file_->panel().addMember({"anna", "Anna Member", sp::Role::Member});
        file_->panel().addMember({"bruno", "Bruno Member", sp::Role::Member});
        file_->panel().declareConflict({"anna", "APP-1", sp::ConflictNature::Family, "brother"});
        sp::indexApplicationTexts(*file_);

        address_ = sp::test::freshCaseAddress();
        names_ = sp::server::caseNames(address_.caseId);
        members_ = QStringList{"chair", "anna", "bruno"};
        const auto pushed = runApp({"push", path, address_.urlFor(address_.user)});
        ASSERT_EQ(pushed.exitCode, 0) << pushed.errText().toStdString();
        pushedText_ = pushed.outText();
        passwords_ = sp::test::oneTimePasswords(pushedText_);
    }
    void TearDown() override {
        members_by_.clear();
        if (address_.caseId.isEmpty())
            return;
        sp::server::ServerConnection admin(address_);
        sp::test::dropCase(admin, names_, members_);
    }

    CaseFile& as(const QString& member) {
        auto& opened = members_by_[member];
        if (!opened)
            opened = CaseFile::openServer(address_.urlFor(memberRole(member)),
                                          CaseFile::Access::ReadWrite, passwords_.value(member));
        return *opened;
    }
    QString memberRole(const QString& member) const {
        return sp::server::memberRoleName(names_, member);
    }
    sp::test::SqlResult runAs(const QString& member, const QString& statement) {
        sp::server::ServerAddress address = address_;
        address.user = memberRole(member);
        sp::server::ServerConnection connection(address, passwords_.value(member));
        QString text = statement;
        return sp::test::runSql(connection, text.replace("{schema}", names_.schema));
    }
    QStringList found(const QString& member, const QString& query) {
        QStringList references;
        for (const auto& match : as(member).applications().search(query, member).matches)
            references << match.reference;
        return references;
    }

    QTemporaryDir dir_;
    std::unique_ptr<CaseFile> file_;
    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QStringList members_;
    QString pushedText_;
    QMap<QString, QString> passwords_;
    std::map<QString, std::unique_ptr<CaseFile>> members_by_;
};

TEST_F(ServerSearch, PushIndexesTheTextOnceSoNoMemberWaits) {
    EXPECT_TRUE(pushedText_.contains("the text of 3 application PDF(s) indexed for search"))
        << pushedText_.toStdString();
    EXPECT_TRUE(as("bruno").applications().unindexed().empty());
    EXPECT_EQ(as("bruno").applications().search("curriculum", "bruno").notIndexed, 0);
}

TEST_F(ServerSearch, FindsWhatTheCaseFileFindsOnTheSamePages) {
    const QStringList queries = {"pentest",
                                 "OSCP",
                                 "threat",
                                 "curriculum oscp",
                                 "curriculum AND oscp",
                                 "pentest oscp",
                                 "kubernetes",
                                 "pentest OR oscp",
                                 "pentest or sscp",
                                 "curriculum pentest OR sscp",
                                 "threat modelling",
                                 "\"threat modelling\"",
                                 "\"modelling of threat\"",
                                 "certif*",
                                 "certif",
                                 "\"threat mod\"*",
                                 "resume",
                                 "securite",
                                 "LEFEVRE",
                                 "françois",
                                 "lébenslauf",
                                 "PenTest+",
                                 "-oscp",
                                 "NEAR(pentest oscp)",
                                 "text:pentest",
                                 "curriculum pentest"};
    int nonEmpty = 0;
    for (const auto& query : queries) {
        const auto inFile = file_->applications().search(query, "bruno");
        const auto onServer = as("bruno").applications().search(query, "bruno");
        ASSERT_EQ(onServer.matches.size(), inFile.matches.size()) << query.toStdString();
        for (size_t i = 0; i < inFile.matches.size(); ++i) {
            EXPECT_EQ(onServer.matches[i].reference, inFile.matches[i].reference)
                << query.toStdString();
            EXPECT_EQ(onServer.matches[i].pages, inFile.matches[i].pages) << query.toStdString();
        }
        nonEmpty += inFile.matches.empty() ? 0 : 1;
    }
    EXPECT_GE(nonEmpty, 20); // the comparison compares findings, not two empty lists
    // And what the core tests expect of the file, here on the server.
    EXPECT_EQ(found("bruno", "resume"), QStringList{"APP-1"}); // Résumé
    EXPECT_EQ(found("bruno", "\"threat modelling\""), QStringList{"APP-1"});
    EXPECT_EQ(found("bruno", "certif*"), (QStringList{"APP-1", "APP-3"}));
    EXPECT_EQ(found("bruno", "pentest or sscp"), (QStringList{"APP-1", "APP-3"}));
}

TEST_F(ServerSearch, AMemberDoesNotSeeTheCandidatesTheyAbstainFor) {
    const auto anna = as("anna").applications().search("threat", "anna");
    ASSERT_EQ(anna.matches.size(), 1u);
    EXPECT_EQ(anna.matches[0].reference, "APP-2");
    EXPECT_EQ(anna.hidden, 1);
    EXPECT_EQ(found("bruno", "threat"), (QStringList{"APP-1", "APP-2"}));
}

TEST_F(ServerSearch, BadSyntaxGetsTheSameClearMessage) {
    try {
        as("anna").applications().search("\"threat modelling", "anna");
        FAIL() << "accepted a quote not closed";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains("not closed")) << e.what();
    }
}

TEST_F(ServerSearch, AMembersWindowIndexesWhatIsNotIndexedYetAndNobodyChangesTheIndex) {
    // As after an import on the server by a program that could not read PDFs: APP-2 unindexed.
    sp::server::ServerConnection admin(address_);
    const auto removed = sp::test::runSql(
        admin, QStringLiteral("DELETE FROM %1.pdf_text_indexed WHERE candidate_id = (SELECT id "
                              "FROM %1.candidate WHERE reference = 'APP-2')")
                   .arg(names_.schema));
    ASSERT_TRUE(removed.ok) << removed.error.toStdString();
    const auto before = as("anna").applications().search("oscp", "anna");
    EXPECT_TRUE(before.matches.empty());
    EXPECT_EQ(before.notIndexed, 1);

    // A member's window (anna is a member, not the chair) indexes it; bruno's, a moment later,
    // finds nothing left to index.
    EXPECT_EQ(sp::indexApplicationTexts(as("anna")), 1);
    EXPECT_EQ(found("bruno", "oscp"), QStringList{"APP-2"});
    EXPECT_EQ(sp::indexApplicationTexts(as("bruno")), 0);
    // Two windows that read it unindexed at once: the second's pages are not added again.
    const qint64 app2 = as("bruno").applications().candidate("APP-2")->id;
    as("bruno").applications().storeTexts({{app2, {"a page", "kubernetes"}}});
    EXPECT_TRUE(found("bruno", "kubernetes").isEmpty());
    EXPECT_EQ(found("bruno", "oscp"), QStringList{"APP-2"});

    // What is indexed stays as indexed: no member changes or removes it with plain SQL.
    for (const QString& statement :
         {QStringLiteral("DELETE FROM {schema}.page_text"),
          QStringLiteral("UPDATE {schema}.page_text SET words = 'nothing'::tsvector"),
          QStringLiteral("DELETE FROM {schema}.pdf_text_indexed"),
          QStringLiteral("TRUNCATE {schema}.page_text")}) {
        const auto refused = runAs("anna", statement);
        EXPECT_FALSE(refused.ok) << statement.toStdString();
        EXPECT_TRUE(refused.error.contains("permission denied")) << refused.error.toStdString();
    }
    EXPECT_EQ(found("bruno", "oscp"), QStringList{"APP-2"});
}

TEST_F(ServerSearch, AnErasedApplicationCanNoLongerBeFoundAndTheOthersStayIndexed) {
    auto admin = CaseFile::openServer(address_.urlFor(address_.user));
    admin->dataProtection().eraseCandidate("APP-1", "dpo", "retention period over");
    EXPECT_TRUE(found("bruno", "pentest").isEmpty());
    EXPECT_TRUE(found("bruno", "lefevre").isEmpty());
    const auto curriculum = as("bruno").applications().search("curriculum", "bruno");
    ASSERT_EQ(curriculum.matches.size(), 1u);
    EXPECT_EQ(curriculum.matches[0].reference, "APP-2");
    EXPECT_EQ(curriculum.notIndexed, 0); // unlike the file's, the index forgets one PDF alone
    sp::server::ServerConnection owner(address_);
    EXPECT_EQ(sp::test::runSql(owner, QStringLiteral("SELECT count(*) FROM %1.page_text p JOIN "
                                                     "%1.candidate c ON c.id = p.candidate_id "
                                                     "WHERE c.reference = 'APP-1'")
                                          .arg(names_.schema))
                  .rows.at(0)
                  .value(0),
              QStringLiteral("0"));
}

} // namespace
