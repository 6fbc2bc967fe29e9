#include "server/server_names.h"
#include "server_fixture.h"
#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

// The commands a panel runs, on a case on the server instead of a file: the secretary imports,
// the chair decides and freezes, the members mark and submit, anyone reads the ranking and the
// record; each signs in as their own role through libpq's password file.
namespace {

using sp::test::runApp;

class ServerCommands : public ::testing::Test {
protected:
    void SetUp() override {
        if (!sp::test::testServer())
            GTEST_SKIP() << "no PostgreSQL server (SP_TEST_POSTGRES_URL unset)";
        address_ = sp::test::freshCaseAddress();
        names_ = sp::server::caseNames(address_.caseId);
        ASSERT_TRUE(dir_.isValid());
        // libpq's password file: the admin's, as scripts/with-postgres wrote it, then each
        // member's one-time password as server-add-member printed it.
        previousPassFile_ = qEnvironmentVariable("PGPASSFILE");
        passFile_ = dir_.filePath("pgpass");
        QFile::copy(previousPassFile_, passFile_);
        QFile::setPermissions(passFile_, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", passFile_.toUtf8());
        ASSERT_EQ(ok({"server-init", adminUrl(), "--vacancy", sp::test::exampleVacancy()}), 0);
        addMember("anna", "chair");
        addMember("ben", "member");
        addMember("sec", "secretary");
    }
    void TearDown() override {
        if (address_.caseId.isEmpty())
            return;
        qputenv("PGPASSFILE", previousPassFile_.toUtf8());
        sp::server::ServerConnection admin(address_);
        sp::test::dropCase(admin, names_, added_);
    }

    QString adminUrl() const { return address_.urlFor(address_.user); }
    QString urlOf(const QString& member) const {
        return address_.urlFor(sp::server::memberRoleName(names_, member));
    }
    int ok(const QStringList& arguments) {
        const auto result = runApp(arguments);
        EXPECT_EQ(result.exitCode, 0) << arguments.join(' ').toStdString() << "\n"
                                      << result.errText().toStdString();
        return result.exitCode;
    }
    QString outputOf(const QStringList& arguments) {
        const auto result = runApp(arguments);
        EXPECT_EQ(result.exitCode, 0) << arguments.join(' ').toStdString() << "\n"
                                      << result.errText().toStdString();
        return result.outText();
    }
    void addMember(const QString& member, const QString& role) {
        const auto added = runApp({"server-add-member", adminUrl(), "--member", member, "--role",
                                   role, "--name", "Name of " + member});
        ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
        added_ << member;
        const auto password =
            QRegularExpression("one-time password: (\\S+)").match(added.outText()).captured(1);
        ASSERT_FALSE(password.isEmpty()) << added.outText().toStdString();
        QFile file(passFile_);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write(QStringLiteral("*:*:*:%1:%2\n")
                       .arg(sp::server::memberRoleName(names_, member), password)
                       .toUtf8());
    }

    // The example vacancy's pre-selection criteria, as the grid has them.
    static QStringList preselectionCriteria() {
        QFile file(sp::test::exampleVacancy());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QStringList ids;
        for (const auto& criterion : QJsonDocument::fromJson(file.readAll())["criteria"].toArray())
            if (criterion.toObject()["stage"].toString() == QLatin1String("preselection"))
                ids << criterion.toObject()["id"].toString();
        return ids;
    }

    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QStringList added_;
    QTemporaryDir dir_;
    QString passFile_;
    QString previousPassFile_;
};

TEST_F(ServerCommands, APanelRunsItsProcedureOnTheServerFromTheCommandLine) {
    const QString demo = dir_.filePath("demo.selpanel");
    const QString folder = dir_.filePath("applications");
    ASSERT_EQ(ok({"demo", demo, "--candidates", "4", "--seed", "3", "--folder", folder}), 0);

    // The secretary imports the applications, PDFs included.
    const QString imported = outputOf(
        {"import", urlOf("sec"), folder + "/applications.csv", "--pdf-dir", folder + "/pdfs"});
    EXPECT_TRUE(imported.contains("4")) << imported.toStdString();
    const QString listed = outputOf({"candidates", urlOf("ben"), "--csv"});
    const QStringList references = [&] {
        QStringList found;
        for (const auto& line : listed.split('\n').mid(1))
            if (!line.trimmed().isEmpty())
                found << line.section(',', 0, 0);
        return found;
    }();
    ASSERT_EQ(references.size(), 4) << listed.toStdString();
    const QString first = references.first();

    // The chair decides the first eligible and freezes the grid.
    ASSERT_EQ(ok({"decide", urlOf("anna"), first, "--eligible", "yes", "--reason",
                  "meets every condition", "--by", "anna"}),
              0);
    ASSERT_EQ(ok({"freeze", urlOf("anna"), "--member", "anna"}), 0);

    // A member may not act in another's name, whatever the command line says.
    const auto forged = runApp({"mark", urlOf("ben"), first, "--stage", "preselection", "--member",
                                "anna", "--criterion", "x=1"});
    EXPECT_NE(forged.exitCode, 0);
    EXPECT_TRUE(forged.errText().contains("signed in to the server as ben"))
        << forged.errText().toStdString();

    // Each marker marks every pre-selection criterion and submits.
    for (const QString member : {"anna", "ben"}) {
        QStringList mark = {"mark",         urlOf(member), first, "--stage",
                            "preselection", "--member",    member};
        for (const auto& id : preselectionCriteria())
            mark << "--criterion" << id + "=3";
        ASSERT_EQ(ok(mark), 0);
        ASSERT_EQ(
            ok({"submit", urlOf(member), first, "--stage", "preselection", "--member", member}), 0);
    }

    const QString ranking = outputOf({"rank", urlOf("anna"), "--stage", "preselection", "--csv"});
    EXPECT_TRUE(ranking.contains(first)) << ranking.toStdString();
    const QString status = outputOf({"status", urlOf("sec")});
    EXPECT_FALSE(status.isEmpty());
    const QString record = outputOf({"record", urlOf("ben"), "--csv"});
    EXPECT_TRUE(record.contains("marks_submitted")) << record.toStdString();
    const auto verified = runApp({"verify", urlOf("sec")});
    EXPECT_EQ(verified.exitCode, 0)
        << verified.outText().toStdString() << verified.errText().toStdString();
}

} // namespace
