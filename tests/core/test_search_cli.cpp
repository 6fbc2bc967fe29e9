// `search CASE QUERY [--member ID] [--csv]`: the applications whose PDF holds the query, with the
// pages; indexed at import, bad syntax refused with exit code 2.

#include "search_fixture.h"
#include "support/app_runner.h"
#include "support/older_case_files.h"
#include "support/test_paths.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp::test;

namespace {

struct CliCase {
    QTemporaryDir dir;
    QString path = dir.filePath("case.selpanel");

    CliCase() {
        const QString csv = writeApplicants(dir.path(), securityApplicants());
        EXPECT_EQ(runApp({"new", path, "--vacancy", exampleVacancy()}).exitCode, 0);
        const auto imported = runApp({"import", path, csv, "--pdf-dir", dir.filePath("pdfs")});
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
};

} // namespace

TEST(SearchCommand, ListsTheApplicationsFoundWithTheirPagesAfterImport) {
    CliCase c;
    const auto found = runApp({"search", c.path, "threat"});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QStringList lines = found.outText().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << found.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith("APP-1 ")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains("Lefèvre, Given"));
    EXPECT_TRUE(lines[0].endsWith("page(s) 2 3")) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith("APP-2 "));
    EXPECT_TRUE(lines[1].endsWith("page(s) 2"));
    EXPECT_EQ(lines[2], "2 application(s) match.");
    EXPECT_TRUE(found.err.isEmpty()) << found.err.toStdString();
}

TEST(SearchCommand, WritesCsvAndIgnoresAccents) {
    CliCase c;
    const auto found = runApp({"search", c.path, "\"securite des\" OR sscp", "--csv"});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_EQ(found.out, "\xEF\xBB\xBF"
                         "reference,surname,given_names,pages\r\n"
                         "APP-1,Lefèvre,Given,3\r\n"
                         "APP-3,Schmidt,Given,2\r\n");
}

TEST(SearchCommand, AMemberDoesNotSeeWhomTheyAbstainFor) {
    CliCase c;
    {
        auto file = sp::CaseFile::open(c.path);
        file->panel().addMember({"chair", "Clara Chair", sp::Role::Chair});
        file->panel().addMember({"anna", "Anna Member", sp::Role::Member});
        file->panel().declareConflict({"anna", "APP-1", sp::ConflictNature::Family, "her brother"});
    }

    const auto anna = runApp({"search", c.path, "threat", "--member", "anna"});
    ASSERT_EQ(anna.exitCode, 0) << anna.err.toStdString();
    EXPECT_FALSE(anna.outText().contains("APP-1"));
    EXPECT_TRUE(anna.outText().contains("APP-2"));
    EXPECT_TRUE(anna.errText().contains("1 matching application(s) not shown"));
    const auto chair = runApp({"search", c.path, "threat", "--member", "chair"});
    EXPECT_TRUE(chair.outText().contains("APP-1"));
    const auto stranger = runApp({"search", c.path, "threat", "--member", "mallory"});
    EXPECT_EQ(stranger.exitCode, 2);
    EXPECT_TRUE(stranger.errText().contains("not on the panel")) << stranger.err.toStdString();
}

TEST(SearchCommand, BadSyntaxIsBadInputWithAClearMessage) {
    CliCase c;
    const auto refused = runApp({"search", c.path, "\"threat modelling"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains("a quote (\") is not closed"))
        << refused.err.toStdString();
    EXPECT_FALSE(refused.errText().contains("fts5"));
    EXPECT_TRUE(refused.out.isEmpty());
}

TEST(SearchCommand, UpgradeIndexesAnOlderCaseFile) {
    CliCase c;
    downgradeToVersion6(c.path);
    const auto upgraded = runApp({"upgrade", c.path});
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    EXPECT_TRUE(upgraded.outText().contains("the text of 3 application PDF(s) indexed"))
        << upgraded.out.toStdString();
    EXPECT_TRUE(upgraded.errText().contains("3 of 3"));
    const auto found = runApp({"search", c.path, "oscp"});
    EXPECT_TRUE(found.outText().contains("APP-2")) << found.out.toStdString();
    EXPECT_TRUE(found.err.isEmpty()) << found.err.toStdString();
    EXPECT_EQ(runApp({"verify", c.path}).exitCode, 0);
}
