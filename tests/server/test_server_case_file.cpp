#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "domain/error.h"
#include "server_fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QtGlobal>
#include <algorithm>
#include <functional>

// The case file's parts on a case on the server: each member opens it as their own role and
// works through the same CaseFile API as on a file; the server's policies and record trigger do
// the rest.
namespace {

using sp::CaseFile;
using sp::MarkSheet;
using sp::Stage;

class ServerCaseFile : public sp::test::ServerCase {
protected:
    std::unique_ptr<CaseFile> openAs(const QString& member) {
        return CaseFile::openServer(address().urlFor(sp::server::memberRoleName(names(), member)),
                                    CaseFile::Access::ReadWrite, passwordOf(member));
    }

    // The chair decides every candidate eligible, which pre-selection marking needs.
    void decideAllEligible() {
        auto chair = openAs(QStringLiteral("chair"));
        for (const auto* reference : {"c1", "c2", "c3"})
            chair->screening().decideEligibility(QLatin1String(reference), true,
                                                 QStringLiteral("meets every condition"),
                                                 QStringLiteral("chair"));
    }

    static MarkSheet sheet(const QString& member, const QString& candidate, int experience,
                           int motivation, bool submitted) {
        MarkSheet s;
        s.member = member;
        s.candidate = candidate;
        s.stage = Stage::Preselection;
        s.marks[QStringLiteral("experience")] = experience;
        s.marks[QStringLiteral("motivation")] = motivation;
        s.submitted = submitted;
        return s;
    }
};

TEST_F(ServerCaseFile, AMemberOpensTheCaseAndReadsItAsFromAFile) {
    auto anna = openAs(QStringLiteral("anna"));
    EXPECT_TRUE(anna->onServer());
    EXPECT_EQ(anna->vacancy().reference, QStringLiteral("TEST-2026"));
    EXPECT_EQ(anna->applications().candidates().size(), 3u);
    EXPECT_EQ(anna->panel().members().size(), 5u);
    EXPECT_EQ(anna->panel().gridState(), sp::GridState::Frozen);
    EXPECT_EQ(anna->panel().conflicts().size(), 1u);
    EXPECT_FALSE(anna->integrityProblem().has_value());
}

TEST_F(ServerCaseFile, OpeningNamesWhatIsWrong) {
    sp::server::ServerAddress elsewhere = address();
    elsewhere.caseId = QStringLiteral("nosuchcase");
    elsewhere.user = sp::server::memberRoleName(names(), QStringLiteral("anna"));
    try {
        CaseFile::openServer(elsewhere.urlFor(elsewhere.user), CaseFile::Access::ReadWrite,
                             passwordOf(QStringLiteral("anna")));
        FAIL() << "opened a case that does not exist";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::NotFound);
        EXPECT_TRUE(e.message().contains("there is no case nosuchcase")) << e.what();
    }
    try {
        CaseFile::openServer(address().urlFor(sp::server::memberRoleName(names(), "anna")),
                             CaseFile::Access::ReadWrite, QStringLiteral("wrong password"));
        FAIL() << "signed in with a wrong password";
    } catch (const sp::Error& e) {
        EXPECT_TRUE(e.message().contains("password authentication failed")) << e.what();
    }
}

TEST_F(ServerCaseFile, MarksAreSavedSubmittedAndRecordedInTheMembersName) {
    decideAllEligible();
    auto anna = openAs(QStringLiteral("anna"));
    anna->marking().saveMarkSheets({sheet("anna", "c1", 4, 3, false)});
    auto own = anna->marking().ownSheet("c1", Stage::Preselection, "anna");
    ASSERT_TRUE(own.has_value());
    EXPECT_FALSE(own->submitted);
    EXPECT_EQ(own->marks.at("experience"), 4);

    anna->marking().submitMarks("c1", Stage::Preselection, "anna");
    own = anna->marking().ownSheet("c1", Stage::Preselection, "anna");
    ASSERT_TRUE(own.has_value());
    EXPECT_TRUE(own->submitted);

    const auto entries = anna->record().entries("c1", "anna");
    const bool submittedRecorded =
        std::any_of(entries.begin(), entries.end(), [](const sp::RecordEntry& e) {
            return e.action == QLatin1String("marks_submitted");
        });
    EXPECT_TRUE(submittedRecorded);
    // The server's trigger numbered and chained them: the chain is whole.
    EXPECT_FALSE(anna->integrityProblem().has_value());
    EXPECT_TRUE(anna->verify().integrityOk);
}

TEST_F(ServerCaseFile, AnActInAnothersNameIsRefusedAndChangesNothing) {
    decideAllEligible();
    auto anna = openAs(QStringLiteral("anna"));
    try {
        anna->marking().saveMarkSheets({sheet("ben", "c1", 1, 1, false)});
        FAIL() << "anna saved marks in ben's name";
    } catch (const sp::Error& e) {
        EXPECT_TRUE(e.message().contains("signed in to the server as anna")) << e.what();
    }
    auto ben = openAs(QStringLiteral("ben"));
    EXPECT_FALSE(ben->marking().ownSheet("c1", Stage::Preselection, "ben").has_value());
    EXPECT_EQ(count(QString(), "SELECT count(*) FROM {schema}.mark_sheet"), 0);
}

TEST_F(ServerCaseFile, OthersMarksShowOnlyOnceOnesOwnAreSubmitted) {
    decideAllEligible();
    auto ben = openAs(QStringLiteral("ben"));
    ben->marking().saveMarkSheets({sheet("ben", "c1", 5, 5, true)});

    auto anna = openAs(QStringLiteral("anna"));
    auto before = anna->marking().visibleMarks("c1", Stage::Preselection, "anna");
    EXPECT_TRUE(before.sheets.empty());
    EXPECT_FALSE(before.othersVisible.allowed);

    anna->marking().saveMarkSheets({sheet("anna", "c1", 2, 3, true)});
    auto after = anna->marking().visibleMarks("c1", Stage::Preselection, "anna");
    ASSERT_EQ(after.sheets.size(), 2u);
    EXPECT_EQ(after.sheets[0].member, QStringLiteral("anna"));
    EXPECT_EQ(after.sheets[1].member, QStringLiteral("ben"));
    EXPECT_EQ(after.sheets[1].marks.at("experience"), 5);
}

TEST_F(ServerCaseFile, TheRankingFollowsEveryMembersSubmittedMarks) {
    decideAllEligible();
    for (const QString member : {"chair", "anna", "ben", "cara"}) {
        auto caseFile = openAs(member);
        caseFile->marking().saveMarkSheets({sheet(member, "c1", 5, 4, true)});
        caseFile->marking().saveMarkSheets({sheet(member, "c3", 2, 2, true)});
    }
    auto chair = openAs(QStringLiteral("chair"));
    const auto ranking = chair->results().ranking(Stage::Preselection);
    std::vector<QString> complete;
    for (const auto& ranked : ranking)
        if (ranked.complete)
            complete.push_back(ranked.candidate);
    ASSERT_EQ(complete.size(), 2u);
    EXPECT_EQ(complete[0], QStringLiteral("c1"));
    EXPECT_EQ(complete[1], QStringLiteral("c3"));
}

TEST_F(ServerCaseFile, TheChairsDecisionShowsInAnOpenCaseWithoutReopening) {
    auto anna = openAs(QStringLiteral("anna"));
    ASSERT_NE(anna->screening().candidate("c1")->screening.status, sp::ScreeningStatus::Eligible);
    std::vector<QString> seen;
    boost::signals2::scoped_connection followed = anna->screening().events().changed.connect(
        [&seen](const sp::ScreeningChanged& change) { seen.push_back(change.reference); });
    decideAllEligible();
    QElapsedTimer waited;
    waited.start();
    while (seen.empty() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_FALSE(seen.empty()) << "no change announced within 5 s";
    EXPECT_EQ(anna->screening().candidate("c1")->screening.status, sp::ScreeningStatus::Eligible);
}

TEST_F(ServerCaseFile, WhatACaseOnAServerDoesNotDoIsRefusedWithWords) {
    auto anna = openAs(QStringLiteral("anna"));
    const auto refusal = [](const std::function<void()>& act) {
        try {
            act();
        } catch (const sp::Error& e) {
            return e.message();
        }
        return QString();
    };
    EXPECT_TRUE(refusal([&] {
                    anna->backupTo("/tmp/never-written.selpanel");
                }).contains("backed up by its administrator"));
    EXPECT_TRUE(refusal([&] {
                    anna->workbooks().exportWorkbook("anna", Stage::Preselection,
                                                     "/tmp/never-written.selpanel");
                }).contains("no workbook is needed"));
    EXPECT_TRUE(refusal([&] {
                    anna->identities().issueOneTimeCode("ben", "anna");
                }).contains("database password"));
    EXPECT_FALSE(QFile::exists("/tmp/never-written.selpanel"));
}

TEST_F(ServerCaseFile, AnotherMembersSubmissionReachesAnOpenCaseWithinASecond) {
    decideAllEligible();
    auto anna = openAs(QStringLiteral("anna"));
    std::vector<sp::MarksChanged> seen;
    boost::signals2::scoped_connection followed = anna->marking().events().changed.connect(
        [&seen](const sp::MarksChanged& change) { seen.push_back(change); });
    auto ben = openAs(QStringLiteral("ben"));
    ben->marking().saveMarkSheets({sheet("ben", "c3", 5, 5, true)});
    ASSERT_TRUE(seen.empty()); // delivered by the event loop, not inside ben's save
    QElapsedTimer waited;
    waited.start();
    while (seen.empty() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_FALSE(seen.empty()) << "no change announced within 5 s";
    EXPECT_LT(waited.elapsed(), 1000);
    EXPECT_EQ(seen.front().reference, QStringLiteral("c3"));
    EXPECT_EQ(seen.front().stage, Stage::Preselection);
}

// The server drops the member's connection (a restart, a network cut): the case says so, refuses
// to write with words, and connects again by itself once the server takes the member back.
TEST_F(ServerCaseFile, ALostConnectionIsSaidAndComesBackWithoutReopening) {
    decideAllEligible();
    auto anna = openAs(QStringLiteral("anna"));
    std::vector<sp::ConnectionChanged> states;
    boost::signals2::scoped_connection followed = anna->connectionEvents().changed.connect(
        [&states](const sp::ConnectionChanged& change) { states.push_back(change); });
    std::vector<sp::MarksChanged> marks;
    boost::signals2::scoped_connection marksFollowed = anna->marking().events().changed.connect(
        [&marks](const sp::MarksChanged& change) { marks.push_back(change); });
    const QString role = sp::server::memberRoleName(names(), QStringLiteral("anna"));
    const auto cut = [&] {
        const auto dropped = sp::test::runAsSuperuser(
            QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE "
                           "usename = '%1'")
                .arg(role));
        ASSERT_TRUE(dropped.ok) << dropped.error.toStdString();
    };
    EXPECT_TRUE(anna->checkConnection());
    EXPECT_TRUE(states.empty());

    // Dropped while the server still takes her: back at once.
    cut();
    EXPECT_TRUE(anna->checkConnection());
    ASSERT_EQ(states.size(), 2u);
    EXPECT_FALSE(states[0].connected);
    EXPECT_FALSE(states[0].problem.isEmpty());
    EXPECT_TRUE(states[1].connected);
    EXPECT_FALSE(anna->connectionLost());
    // Nothing was heard meanwhile: every part says anything may have changed.
    EXPECT_FALSE(marks.empty());

    // Dropped while the server refuses her: lost until it takes her again.
    states.clear();
    ASSERT_TRUE(sp::test::runAsSuperuser(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role)).ok);
    cut();
    EXPECT_FALSE(anna->checkConnection());
    EXPECT_FALSE(anna->checkConnection());
    EXPECT_TRUE(anna->connectionLost());
    ASSERT_EQ(states.size(), 1u);
    EXPECT_FALSE(states[0].connected);
    try {
        anna->marking().saveMarkSheets({sheet("anna", "c1", 4, 3, false)});
        FAIL() << "saved without a connection";
    } catch (const sp::Error& e) {
        EXPECT_TRUE(e.message().contains("nothing was changed")) << e.what();
    }
    ASSERT_TRUE(sp::test::runAsSuperuser(QStringLiteral("ALTER ROLE %1 LOGIN").arg(role)).ok);
    EXPECT_TRUE(anna->checkConnection());
    ASSERT_EQ(states.size(), 2u);
    EXPECT_TRUE(states[1].connected);
    // The case works on as before: the draft typed meanwhile is saved now, the others' changes
    // still reach it.
    anna->marking().saveMarkSheets({sheet("anna", "c1", 4, 3, false)});
    EXPECT_EQ(anna->marking().ownSheet("c1", Stage::Preselection, "anna")->marks.at("experience"),
              4);
    marks.clear();
    openAs(QStringLiteral("ben"))->marking().saveMarkSheets({sheet("ben", "c3", 5, 5, true)});
    QElapsedTimer waited;
    waited.start();
    while (marks.empty() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_FALSE(marks.empty()) << "the others' changes no longer reach the case";
    EXPECT_EQ(marks.front().reference, QStringLiteral("c3"));
}

} // namespace
