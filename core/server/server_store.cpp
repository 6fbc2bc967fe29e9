#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"
#include "io/vacancy_json.h"
#include "server/server_address.h"
#include "server/server_connection.h"
#include "server/server_names.h"
#include "server/server_notifications.h"
#include "server/server_schema.h"
#include "server/signed_in.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlQuery>

// The case store on a PostgreSQL server: what opening it does differently from opening a file.
// The parts on top are the case file's (store_dialect.h says the few things their SQL does
// differently here).
namespace sp {

namespace {

QString nextServerConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("selpanel-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The case's schema first on the search path, so the parts' queries find its tables by name.
void enterCase(QSqlDatabase& db, const server::ServerAddress& address) {
    const server::CaseNames names = server::caseNames(address.caseId);
    QSqlQuery exists = sql::exec(db, QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"),
                                 {names.schema});
    if (!exists.next())
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1: there is no case %2 on this server, or "
                                                  "you are not on its panel"),
                                address.display(), address.caseId));
    QSqlQuery set(db);
    // SET takes no bound parameters; the name is checked (server_names.h) and quoted.
    if (!set.exec(QStringLiteral("SET search_path TO %1")
                      .arg(db.driver()->escapeIdentifier(names.schema, QSqlDriver::TableName))))
        throw serverDialect().failure(
            set.lastError(),
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "opening %1"), address.display()));
}

void requireKnownSchema(QSqlDatabase& db, const server::ServerAddress& address) {
    const int version = serverDialect().schemaVersion(db);
    const int current = server::currentServerSchemaVersion();
    if (version == current)
        return;
    if (version > current)
        throw Error(ErrorKind::NewerVersion,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1: the case was set up by a newer version of "
                                                  "Selection Panel (server version %2; this "
                                                  "program works with version %3)"),
                                address.display(), version, current));
    throw Error(ErrorKind::Failure,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "%1: the case was set up by an earlier version of "
                                              "Selection Panel (server version %2; this program "
                                              "works with version %3): the server's "
                                              "administrator brings it up to date with "
                                              "selection-panel upgrade %1"),
                            address.display(), version, current));
}

// The member the signed-in role is, or the case's owner (the admin).
void requireOnPanel(QSqlDatabase& db, const server::ServerAddress& address) {
    const server::SignedIn who = server::signedIn(db);
    if (who.onPanelOrOwner())
        return;
    throw Error(ErrorKind::BadInput,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "%1: the role %2 is not on the panel of case %3"),
                            address.display(), who.role, address.caseId));
}

Vacancy loadServerVacancy(QSqlDatabase& db, const server::ServerAddress& address) {
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT vacancy_json FROM procedure"));
    if (!query.next())
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1: case %2 holds no procedure: it was set up "
                                                  "without a vacancy (selection-panel server-init "
                                                  "--vacancy FILE sets one up)"),
                                address.display(), address.caseId));
    return parseVacancyJson(query.value(0).toByteArray(), address.display());
}

QString channelOf(const server::ServerAddress& address) {
    return server::caseNames(address.caseId).schema;
}

} // namespace

// The probe reads nothing; a connection that fails it is connected again as it was opened.
bool checkServerConnection(CaseStore& store) {
    if (!store.connectionLost) {
        QSqlQuery probe(store.db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return true;
        store.connectionLost = true;
        store.events.connection.changed({false, probe.lastError().text().trimmed()});
    }
    store.db.close();
    if (!store.db.open())
        return false;
    const server::ServerAddress address = server::parseServerUrl(store.path);
    try {
        enterCase(store.db, address);
    } catch (const Error&) {
        store.db.close();
        return false;
    }
    store.connectionLost = false;
    store.events.connection.changed({true, {}});
    followChangesAgain(store, channelOf(address));
    return true;
}

std::unique_ptr<CaseFile> CaseFile::openServer(const QString& url, Access access,
                                               const QString& password) {
    const server::ServerAddress address = server::parseServerUrl(url);
    auto store = std::make_unique<CaseStore>();
    store->path = url;
    store->serverPassword = password;
    store->connectionName = nextServerConnectionName();
    store->readOnly = access == Access::ReadOnly;
    store->db = server::connectToServer(address, password, store->connectionName);
    enterCase(store->db, address);
    requireKnownSchema(store->db, address);
    requireOnPanel(store->db, address);
    store->versionAtOpening = server::currentServerSchemaVersion();
    store->vacancy = loadServerVacancy(store->db, address);
    followChangesElsewhere(*store, channelOf(address));
    return std::unique_ptr<CaseFile>(new CaseFile(std::move(store)));
}

} // namespace sp
