// Searching every application's PDF at once: words, phrases, prefixes, accents ignored, the pages
// listed, a member's restriction, bad syntax; the index kept out of the record, emptied with an
// erased PDF and built for an older case file.

#include "casefile/case_file.h"
#include "domain/error.h"
#include "domain/search_query.h"
#include "domain/search_words.h"
#include "io/builtin_vacancy.h"
#include "pdf/pdf_text_indexer.h"
#include "search_fixture.h"
#include "server/server_text_index.h"
#include "support/older_case_files.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

struct SearchCase {
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> file;

    SearchCase() {
        file = CaseFile::create(dir.filePath(QStringLiteral("case.selpanel")),
                                builtinExampleVacancy());
        importApplicants(*file, dir.path(), securityApplicants());
        indexApplicationTexts(*file);
    }

    QStringList found(const QString& query, const QString& viewer = QString()) const {
        QStringList references;
        for (const auto& match : file->applications().search(query, viewer).matches)
            references << match.reference;
        return references;
    }
};

QString badQueryMessage(const CaseFile& file, const QString& query) {
    try {
        file.applications().search(query);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        return e.message();
    }
    ADD_FAILURE() << "accepted: " << query.toStdString();
    return {};
}

} // namespace

TEST(ApplicationSearch, FindsWordsInAnyCaseAndNeedsEveryWord) {
    SearchCase c;
    EXPECT_EQ(c.found("pentest"), QStringList{"APP-1"});
    EXPECT_EQ(c.found("OSCP"), QStringList{"APP-2"});
    EXPECT_EQ(c.found("threat"), (QStringList{"APP-1", "APP-2"}));
    // Every word, each on any page: "curriculum" is on page 1, "oscp" on page 2.
    EXPECT_EQ(c.found("curriculum oscp"), QStringList{"APP-2"});
    EXPECT_EQ(c.found("curriculum AND oscp"), QStringList{"APP-2"});
    EXPECT_TRUE(c.found("pentest oscp").isEmpty());
    EXPECT_TRUE(c.found("kubernetes").isEmpty());
}

TEST(ApplicationSearch, OrFindsEither) {
    SearchCase c;
    EXPECT_EQ(c.found("pentest OR oscp"), (QStringList{"APP-1", "APP-2"}));
    EXPECT_EQ(c.found("pentest or sscp"), (QStringList{"APP-1", "APP-3"}));
    EXPECT_EQ(c.found("curriculum pentest OR sscp"), QStringList{"APP-1"});
}

TEST(ApplicationSearch, APhraseNeedsItsWordsInOrder) {
    SearchCase c;
    // Novak has "modelling of threat actors": both words, not the phrase.
    EXPECT_EQ(c.found("threat modelling"), (QStringList{"APP-1", "APP-2"}));
    EXPECT_EQ(c.found("\"threat modelling\""), QStringList{"APP-1"});
    EXPECT_EQ(c.found("\"modelling of threat\""), QStringList{"APP-2"});
}

TEST(ApplicationSearch, APrefixFindsEveryWordStartingSo) {
    SearchCase c;
    // Certified (Lefèvre), Certificate (Schmidt).
    EXPECT_EQ(c.found("certif*"), (QStringList{"APP-1", "APP-3"}));
    EXPECT_TRUE(c.found("certif").isEmpty());
    EXPECT_EQ(c.found("\"threat mod\"*"), QStringList{"APP-1"});
}

TEST(ApplicationSearch, AccentsAreIgnoredBothWays) {
    SearchCase c;
    EXPECT_EQ(c.found("resume"), QStringList{"APP-1"});   // Résumé
    EXPECT_EQ(c.found("securite"), QStringList{"APP-1"}); // Sécurité
    EXPECT_EQ(c.found("LEFEVRE"), QStringList{"APP-1"});
    EXPECT_EQ(c.found("françois"), QStringList{"APP-1"});
    EXPECT_EQ(c.found("lébenslauf"), QStringList{"APP-3"});
}

TEST(ApplicationSearch, ListsThePagesThatMatch) {
    SearchCase c;
    const auto search = c.file->applications().search("threat");
    ASSERT_EQ(search.matches.size(), 2u);
    EXPECT_EQ(search.matches[0].reference, "APP-1");
    EXPECT_EQ(search.matches[0].pages, (QList<int>{1, 2}));
    EXPECT_EQ(search.matches[1].pages, (QList<int>{1}));
    // Pages of any of the words.
    const auto both = c.file->applications().search("curriculum pentest");
    ASSERT_EQ(both.matches.size(), 1u);
    EXPECT_EQ(both.matches[0].pages, (QList<int>{0, 1}));
    EXPECT_EQ(both.notIndexed, 0);
    EXPECT_EQ(both.hidden, 0);
}

TEST(ApplicationSearch, AMemberDoesNotSeeTheCandidatesTheyAbstainFor) {
    SearchCase c;
    c.file->panel().addMember({"chair", "Clara Chair", Role::Chair});
    c.file->panel().addMember({"anna", "Anna Member", Role::Member});
    c.file->panel().addMember({"bruno", "Bruno Member", Role::Member});
    c.file->panel().declareConflict({"anna", "APP-1", ConflictNature::Family, "her brother"});
    // A former colleague is on the record but does not make bruno abstain.
    c.file->panel().declareConflict({"bruno", "APP-1", ConflictNature::FormerColleague, ""});

    EXPECT_EQ(c.found("threat", "chair"), (QStringList{"APP-1", "APP-2"}));
    EXPECT_EQ(c.found("threat", "bruno"), (QStringList{"APP-1", "APP-2"}));
    const auto anna = c.file->applications().search("threat", "anna");
    ASSERT_EQ(anna.matches.size(), 1u);
    EXPECT_EQ(anna.matches[0].reference, "APP-2");
    EXPECT_EQ(anna.hidden, 1);
    EXPECT_EQ(c.found("threat"), (QStringList{"APP-1", "APP-2"})); // no viewer: the secretariat

    try {
        c.file->applications().search("threat", "mallory");
        ADD_FAILURE() << "someone not on the panel searched";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains("not on the panel")) << e.what();
    }
}

TEST(ApplicationSearch, BadSyntaxGetsAClearMessageNotSqlites) {
    SearchCase c;
    const std::vector<std::pair<QString, QString>> cases = {
        {"", "type a word"},
        {"   ", "type a word"},
        {"\"threat modelling", "not closed"},
        {"\"\"", "empty phrase"},
        {"*", "cannot stand alone"},
        {"pen*test", "cannot stand inside"},
        {"OR oscp", "OR goes between"},
        {"pentest OR", "OR goes between"},
        {"pentest OR OR oscp", "OR goes between"},
        {"+++", "no letter or digit"},
        {"\"a\"b", "space after the closing quote"},
    };
    for (const auto& [query, expected] : cases) {
        const QString message = badQueryMessage(*c.file, query);
        EXPECT_TRUE(message.contains(expected))
            << query.toStdString() << ": " << message.toStdString();
        EXPECT_FALSE(message.contains("fts5", Qt::CaseInsensitive)) << message.toStdString();
        EXPECT_FALSE(message.contains("syntax error")) << message.toStdString();
    }
    // What would be FTS5 syntax is looked for as text.
    EXPECT_TRUE(c.found("NEAR(pentest oscp)").isEmpty());
    EXPECT_TRUE(c.found("text:pentest").isEmpty());
    EXPECT_EQ(c.found("PenTest+"), QStringList{"APP-1"});
    EXPECT_EQ(c.found("-oscp"), QStringList{"APP-2"});
}

TEST(ApplicationSearch, PdfsNotIndexedYetAreCountedAndIndexedOnce) {
    QTemporaryDir dir;
    auto file = CaseFile::create(dir.filePath("case.selpanel"), builtinExampleVacancy());
    importApplicants(*file, dir.path(), securityApplicants());
    const auto before = file->applications().search("pentest");
    EXPECT_TRUE(before.matches.empty());
    EXPECT_EQ(before.notIndexed, 3);

    std::vector<std::pair<int, int>> progress;
    EXPECT_EQ(indexApplicationTexts(*file,
                                    [&](int done, int total) {
                                        progress.emplace_back(done, total);
                                        return true;
                                    }),
              3);
    EXPECT_EQ(progress, (std::vector<std::pair<int, int>>{{3, 3}}));
    EXPECT_EQ(file->applications().search("pentest").matches.size(), 1u);
    EXPECT_EQ(indexApplicationTexts(*file), 0);
    EXPECT_EQ(file->applications().search("pentest").matches.size(), 1u); // not indexed twice
}

TEST(ApplicationSearch, TheIndexIsNotInTheRecordAndVerifyStillPasses) {
    SearchCase c;
    const auto entries = c.file->record().entries().size();
    const auto report = c.file->verify();
    EXPECT_TRUE(report.ok()) << (report.stateProblems.empty()
                                     ? std::string()
                                     : report.stateProblems.front().unit.toStdString());
    EXPECT_EQ(c.file->record().entries().size(), entries);
}

TEST(ApplicationSearch, AnErasedApplicationCanNoLongerBeFound) {
    SearchCase c;
    c.file->dataProtection().eraseCandidate("APP-1", "secretary", "retention period over");
    // The whole index went with the PDF; the others are indexed again.
    EXPECT_EQ(c.file->applications().search("curriculum").notIndexed, 2);
    EXPECT_EQ(indexApplicationTexts(*c.file), 2);
    EXPECT_TRUE(c.found("pentest").isEmpty());
    EXPECT_TRUE(c.found("lefevre").isEmpty());
    EXPECT_EQ(c.found("curriculum"), QStringList{"APP-2"});
    EXPECT_EQ(c.file->applications().search("curriculum").notIndexed, 0);
    EXPECT_TRUE(c.file->verify().ok());
}

TEST(ApplicationSearch, AnOlderCaseFileGetsTheIndexAndItsPdfsAreIndexed) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    {
        auto file = CaseFile::create(path, builtinExampleVacancy());
        importApplicants(*file, dir.path(), securityApplicants());
    }
    downgradeToVersion6(path);
    auto file = CaseFile::open(path);
    EXPECT_EQ(file->versionAtOpening(), 6);
    EXPECT_EQ(file->schemaVersion(), CaseFile::currentSchemaVersion());
    EXPECT_EQ(file->applications().unindexed().size(), 3u);
    EXPECT_EQ(indexApplicationTexts(*file), 3);
    EXPECT_EQ(file->applications().search("\"threat modelling\"").matches.size(), 1u);
    EXPECT_TRUE(file->verify().ok());
}

TEST(SearchQuery, HighlightsTheTermsAsTyped) {
    EXPECT_EQ(highlightTexts(parseSearchQuery("\"threat modelling\" cert* OR oscp")),
              (QStringList{"threat modelling", "cert", "oscp"}));
}

// What both stores compare (a server keeps these words, domain/search_words.h).
TEST(SearchWords, AreLettersAndDigitsFoldedWithoutAccents) {
    EXPECT_EQ(searchWords("Résumé of François, e-mail: f.lefevre@example.eu (2021)"),
              (QStringList{"resume", "of", "francois", "e", "mail", "f", "lefevre", "example", "eu",
                           "2021"}));
    EXPECT_EQ(searchWords("ΕΛΛΆΔΑ · Пётр Straße ISC2"),
              (QStringList{"ελλαδα", "петр", "straße", "isc2"}));
    EXPECT_TRUE(searchWords(" +++ -- ").isEmpty());
}

TEST(ServerTextIndex, KeepsEachWordWithItsPositionsAndAsksAsTheFileDoes) {
    EXPECT_EQ(server::tsvectorText({"threat", "modelling", "of", "threat"}),
              "'modelling':2 'of':3 'threat':1,4");
    EXPECT_EQ(server::tsqueryText(parseSearchQuery("\"threat mod\"* OR OSCP").allOf.at(0)),
              "('threat' <-> 'mod':*) | 'oscp'");
    EXPECT_EQ(server::tsqueryText(parseSearchQuery("PenTest+ résumé").allOf.at(1)), "'resume'");
    EXPECT_EQ(server::tsqueryText(parseSearchQuery("e-mail").allOf.at(0)), "('e' <-> 'mail')");
}
