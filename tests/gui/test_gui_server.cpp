// A member's window on a case on a PostgreSQL server: opened from its address with the password
// asked in a dialog, signed in as the member the server says, and following another member's
// decision live, without reopening. Skipped without a server (scripts/with-postgres sets
// SP_TEST_POSTGRES_URL; scripts/test runs this test under it).

#include "gui_fixture.h"
#include "main_window.h"
#include "prompt.h"
#include "server/server_address.h"
#include "server/server_connection.h"
#include "server/server_names.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
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

private:
    QString urlOf(const QString& member) const {
        return address_.urlFor(sp::server::memberRoleName(names_, member));
    }

    sp::test::GuiFixture gui_;
    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QStringList references_;
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
        if (!line.trimmed().isEmpty())
            references_ << line.section(',', 0, 0);
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

SP_GUI_TEST_MAIN(GuiServerTest)
#include "test_gui_server.moc"
