#include "casefile/case_file.h"
#include "server/server_case.h"
#include "server_fixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <memory>
#include <vector>

// Seven members marking at the same moment, each in their own process, a thousand saves each:
// nothing is lost, nobody sees an error, and the record's chain stays whole.
namespace {

constexpr int SavesEach = 1000;

class ServerConcurrency : public sp::test::ServerCase {
protected:
    void SetUp() override {
        ServerCase::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        for (const auto& extra : extras())
            sp::server::addMember(admin(),
                                  {extra, QStringLiteral("Name of ") + extra, sp::Role::Member},
                                  passwordOf(extra).toUtf8());
        auto chair = openAs(QStringLiteral("chair"));
        for (const auto* reference : {"c1", "c2", "c3"})
            chair->screening().decideEligibility(QLatin1String(reference), true,
                                                 QStringLiteral("meets every condition"),
                                                 QStringLiteral("chair"));
    }
    void TearDown() override {
        if (!IsSkipped())
            for (const auto& extra : extras())
                runAsAdmin(QStringLiteral("DROP ROLE IF EXISTS \"%1\"")
                               .arg(sp::server::memberRoleName(names(), extra)));
        ServerCase::TearDown();
    }
    static QStringList extras() {
        return {QStringLiteral("dora"), QStringLiteral("emil"), QStringLiteral("finn")};
    }
    static QStringList markers() {
        return QStringList{QStringLiteral("chair"), QStringLiteral("anna"), QStringLiteral("ben"),
                           QStringLiteral("cara")} +
               extras();
    }
    std::unique_ptr<sp::CaseFile> openAs(const QString& member) {
        return sp::CaseFile::openServer(urlOf(member), sp::CaseFile::Access::ReadWrite,
                                        passwordOf(member));
    }
    QString urlOf(const QString& member) {
        return address().urlFor(sp::server::memberRoleName(names(), member));
    }
};

TEST_F(ServerConcurrency, SevenMembersMarkingAtOnceLoseNothing) {
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const auto& member : markers()) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SP_MARKER_PASSWORD"), passwordOf(member));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(SP_SERVER_MARKER),
                       {urlOf(member), member, QString::number(SavesEach)});
        processes.push_back(std::move(process));
    }
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess& process = *processes[i];
        ASSERT_TRUE(process.waitForFinished(600000)) << markers()[int(i)].toStdString();
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        EXPECT_TRUE(process.readAllStandardError().isEmpty());
    }

    // Every save is in the record, in its member's name, and the chain is whole.
    for (const auto& member : markers())
        EXPECT_EQ(count(QString(), QStringLiteral("SELECT count(*) FROM {schema}.record WHERE "
                                                  "actor = '%1' AND action = 'marks_saved'")
                                       .arg(member)),
                  SavesEach)
            << member.toStdString();
    EXPECT_EQ(values(QString(), "SELECT intact FROM {schema}.record_chain()"),
              QStringList{QStringLiteral("true")});
    // Each member's drafts hold the last marks they saved: 998 on c1, 999 on c3.
    for (const auto& member : markers()) {
        auto caseFile = openAs(member);
        const auto c1 = caseFile->marking().ownSheet("c1", sp::Stage::Preselection, member);
        const auto c3 = caseFile->marking().ownSheet("c3", sp::Stage::Preselection, member);
        ASSERT_TRUE(c1 && c3) << member.toStdString();
        EXPECT_EQ(c1->marks.at("experience"), (SavesEach - 2) % 6);
        EXPECT_EQ(c1->marks.at("motivation"), (SavesEach - 1) % 6);
        EXPECT_EQ(c3->marks.at("experience"), (SavesEach - 1) % 6);
        EXPECT_EQ(c3->marks.at("motivation"), SavesEach % 6);
    }
}

} // namespace
