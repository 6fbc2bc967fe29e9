// A member's window on a case on a PostgreSQL server: opened from its address with the password
// asked in a dialog, signed in as the member the server says, and following another member's
// decision live, without reopening. Skipped without a server (scripts/with-postgres sets
// SP_TEST_POSTGRES_URL; scripts/test runs this test under it).

#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "domain/marking_rules.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "mark_sheet_pane.h"
#include "prompt.h"
#include "server/server_address.h"
#include "server/server_connection.h"
#include "server/server_names.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

using sp::test::child;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The program as the admin or a member runs it; `password` for the member (PGPASSWORD).
Run runApp(const QStringList& arguments, const QString& password = QString()) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SP_APP_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString passwordOf(const QString& member) {
    return QStringLiteral("gui test password of ") + member;
}

} // namespace

class GuiServerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { gui_.startTest(); }
    void cleanup() { gui_.endTest(); }

    void aMemberWorksOnTheServerAndSeesAnotherMembersDecisionLive();
    void aLostConnectionIsShownAndWhatWasTypedMeanwhileIsSaved();
    void aMemberSearchesEveryApplicationOnTheServer();

private:
    QString urlOf(const QString& member) const {
        return address_.urlFor(sp::server::memberRoleName(names_, member));
    }

    sp::test::GuiFixture gui_;
    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QStringList references_;
    QStringList surnames_;
};

void GuiServerTest::initTestCase() {
    const QString server = qEnvironmentVariable("SP_TEST_POSTGRES_URL");
    if (server.isEmpty())
        QSKIP("no PostgreSQL server (SP_TEST_POSTGRES_URL unset): run under scripts/with-postgres");
    address_ = sp::server::parseServerUrl(
        server + QStringLiteral("?case=g%1").arg(QCoreApplication::applicationPid()));
    names_ = sp::server::caseNames(address_.caseId);
    const QString admin = address_.urlFor(address_.user);
    const QString vacancy = QStringLiteral(SP_SOURCE_DIR) +
                            QStringLiteral("/resources/vacancies/CLIMA-COM-2025-814.json");
    const Run created = runApp({"server-init", admin, "--vacancy", vacancy});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    for (const auto& [member, role] : {std::pair{"anna", "chair"}, std::pair{"ben", "member"}}) {
        const QString file = gui_.path(QStringLiteral("password-%1").arg(QLatin1String(member)));
        QFile written(file);
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(passwordOf(QLatin1String(member)).toUtf8() + '\n');
        written.close();
        const Run added = runApp({"server-add-member", admin, "--member", member, "--role", role,
                                  "--name", QStringLiteral("Name of %1").arg(QLatin1String(member)),
                                  "--password-file", file});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    // The chair imports six applications, PDFs included.
    const QString folder = gui_.path(QStringLiteral("applications"));
    const Run demo = runApp({"demo", gui_.path(QStringLiteral("demo.selpanel")), "--candidates",
                             "6", "--seed", "5", "--folder", folder});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run imported = runApp(
        {"import", urlOf("anna"), folder + "/applications.csv", "--pdf-dir", folder + "/pdfs"},
        passwordOf("anna"));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run listed = runApp({"candidates", urlOf("anna"), "--csv"}, passwordOf("anna"));
    for (const auto& line : listed.out.split('\n').mid(1))
        if (!line.trimmed().isEmpty()) {
            references_ << line.section(',', 0, 0);
            surnames_ << line.section(',', 1, 1);
        }
    QCOMPARE(references_.size(), 6);
}

void GuiServerTest::cleanupTestCase() {
    if (address_.caseId.isEmpty())
        return;
    sp::server::ServerConnection admin(address_);
    QSqlQuery drop(admin.db());
    drop.exec(QStringLiteral("SET client_min_messages = warning"));
    drop.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(names_.schema));
    for (const auto* member : {"anna", "ben"})
        drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"")
                      .arg(sp::server::memberRoleName(names_, QLatin1String(member))));
    drop.exec(QStringLiteral("DO $$ BEGIN EXECUTE format('REVOKE ALL ON DATABASE %I FROM "
                             "\"%1\"', current_database()); END $$")
                  .arg(names_.panel));
    drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(names_.panel));
    drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(names_.owner));
}

void GuiServerTest::aMemberWorksOnTheServerAndSeesAnotherMembersDecisionLive() {
    // The password dialog, answered as ben would type it; nothing else is asked.
    QStringList asked;
    sp::ui::Prompt::setTextResponder([&asked](const sp::ui::TextRequest& request) {
        asked << request.label;
        return request.secret ? std::optional<QString>(passwordOf("ben")) : std::nullopt;
    });
    auto window = gui_.showWindow();
    QVERIFY(window->openCaseFile(urlOf("ben")));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(sp::server::memberRoleName(names_, "ben")),
             qPrintable(asked.first()));
    QVERIFY(window->windowTitle().contains(QStringLiteral("case=") + address_.caseId));
    QVERIFY2(child<QLabel>(*window, "userStatus")->text().contains(QStringLiteral("Name of ben")),
             qPrintable(child<QLabel>(*window, "userStatus")->text()));
    auto* table = child<QTableView>(*window, "candidateTable");
    QCOMPARE(table->model()->rowCount(), 6);

    // The chair decides on the first candidate from her own desktop: ben's list shows it.
    const QString first = references_.first();
    const QString before = sp::test::statusOf(*table, first);
    const Run decided = runApp({"decide", urlOf("anna"), first, "--eligible", "no", "--reason",
                                "no diploma giving access to the function group", "--by", "anna"},
                               passwordOf("anna"));
    QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
    QTRY_VERIFY2_WITH_TIMEOUT(
        sp::test::statusOf(*table, first) != before,
        qPrintable(before + QStringLiteral(" / ") + sp::test::statusOf(*table, first)), 3000);
    sp::test::selectCandidate(*table, first);
    QTest::qWait(200);
    window->grab().save(sp::test::screenshotPath(QStringLiteral("main-window-server")));
}

// The server drops ben's connection and refuses him a while (a restart, a network cut): the
// window says so, keeps the marks he types meanwhile on screen, and once the server takes him back
// connects again by itself and saves them.
void GuiServerTest::aLostConnectionIsShownAndWhatWasTypedMeanwhileIsSaved() {
    const QString second = references_.at(1);
    for (const QStringList& act : {QStringList{"decide", urlOf("anna"), second, "--eligible", "yes",
                                               "--reason", "meets every condition", "--by", "anna"},
                                   QStringList{"freeze", urlOf("anna"), "--member", "anna"}}) {
        const Run done = runApp(act, passwordOf("anna"));
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }
    sp::ui::Prompt::setTextResponder([](const sp::ui::TextRequest& request) {
        return request.secret ? std::optional<QString>(passwordOf("ben")) : std::nullopt;
    });
    auto window = gui_.showWindow();
    QVERIFY(window->openCaseFile(urlOf("ben")));
    auto* table = child<QTableView>(*window, "candidateTable");
    sp::test::selectCandidate(*table, second);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    const auto criteria =
        sp::criteriaOf(window->caseFile()->panel().grid().criteria, sp::Stage::Preselection);
    QVERIFY(criteria.size() >= 2);
    const auto type = [&](const sp::Criterion& criterion, int mark) {
        QSpinBox* box = pane->markBox(criterion.id);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(mark));
        QTest::keyClick(box, Qt::Key_Tab);
    };
    type(criteria[0], 2);
    QTRY_VERIFY2(pane->stateText().startsWith(QStringLiteral("Draft saved")),
                 qPrintable(pane->stateText()));

    sp::server::ServerConnection admin(address_);
    // Dropping a member's connection is the DBA's: the cluster's superuser.
    sp::server::ServerAddress dba = address_;
    dba.user = qEnvironmentVariable("SP_TEST_POSTGRES_SUPERUSER", QStringLiteral("postgres"));
    sp::server::ServerConnection superuser(dba);
    const QString ben = sp::server::memberRoleName(names_, "ben");
    QSqlQuery cut(superuser.db());
    QVERIFY(cut.exec(QStringLiteral("ALTER ROLE \"%1\" NOLOGIN").arg(ben)));
    QVERIFY(cut.exec(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM "
                                    "pg_stat_activity WHERE usename = '%1'")
                         .arg(ben)));
    auto* status = child<QLabel>(*window, "connectionStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains("lost"), 10000);
    type(criteria[1], 4);
    QVERIFY2(pane->stateText().startsWith(QStringLiteral("Not saved yet")),
             qPrintable(pane->stateText()));
    QCOMPARE(pane->markBox(criteria[1].id)->value(), 4);
    QCOMPARE(pane->markBox(criteria[0].id)->value(), 2);
    QVERIFY(gui_.prompts().requests().empty()); // no dialog for each mark
    window->grab().save(sp::test::screenshotPath(QStringLiteral("main-window-server-lost")));

    QVERIFY(cut.exec(QStringLiteral("ALTER ROLE \"%1\" LOGIN").arg(ben)));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("again"), 10000);
    QTRY_VERIFY2(pane->stateText().startsWith(QStringLiteral("Draft saved")),
                 qPrintable(pane->stateText()));
    QCOMPARE(pane->markBox(criteria[1].id)->value(), 4);
    // Saved on the server, in ben's name: what the chair's process reads of ben's sheet state.
    QSqlQuery saved(admin.db());
    QVERIFY(saved.exec(
        QStringLiteral("SELECT m.mark FROM \"%1\".mark m JOIN \"%1\".candidate c ON c.id = "
                       "m.candidate_id WHERE m.member_id = 'ben' AND c.reference = '%2' AND "
                       "m.criterion_id = '%3'")
            .arg(names_.schema, second, criteria[1].id)));
    QVERIFY(saved.next());
    QCOMPARE(saved.value(0).toInt(), 4);
}

SP_GUI_TEST_MAIN(GuiServerTest)
// The import indexed the PDFs' text on the server: ben's window finds a candidate by a word of
// their application, typed without its accents, as in a case file.
void GuiServerTest::aMemberSearchesEveryApplicationOnTheServer() {
    sp::ui::Prompt::setTextResponder([](const sp::ui::TextRequest& request) {
        return request.secret ? std::optional<QString>(passwordOf("ben")) : std::nullopt;
    });
    auto window = gui_.showWindow();
    QVERIFY(window->openCaseFile(urlOf("ben")));
    const QString reference = references_.at(2);
    const QString typed = surnames_.at(2)
                              .normalized(QString::NormalizationForm_D)
                              .remove(QRegularExpression("\\p{M}"));
    auto* field = child<QLineEdit>(*window, QStringLiteral("applicationSearchField"));
    field->setFocus();
    QTest::keyClicks(field, typed.toLower());
    QTest::keyClick(field, Qt::Key_Return);
    auto* results = child<QListWidget>(*window, QStringLiteral("applicationSearchResults"));
    QVERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QVERIFY2(results->item(0)->text().startsWith(reference + " " + surnames_.at(2)),
             qPrintable(results->item(0)->text()));
    QCOMPARE(child<QLabel>(*window, QStringLiteral("applicationSearchMessage"))->text(),
             QStringLiteral("1 application(s) match."));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    auto* table = child<QTableView>(*window, "candidateTable");
    QTRY_COMPARE(sp::test::cell(*table->model(), table->currentIndex().row(),
                                sp::ui::CandidateTableModel::ReferenceColumn),
                 reference);
    QTest::qWait(300);
    window->grab().save(sp::test::screenshotPath(QStringLiteral("main-window-server-search")));
}

#include "test_gui_server.moc"
