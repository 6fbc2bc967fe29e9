#include "server/server_notifications.h"

#include "casefile/case_store.h"
#include "casefile/sql.h"

#include <QObject>
#include <QSqlDriver>
#include <QSqlQuery>

namespace sp {

namespace {

QString referenceOf(CaseStore& store, const QString& candidateId) {
    if (candidateId.isEmpty())
        return {};
    QSqlQuery q =
        sql::exec(store.db, QStringLiteral("SELECT reference FROM candidate WHERE id = ?"),
                  {candidateId.toLongLong()});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

void announceChangeElsewhere(CaseStore& store, const QString& payload) {
    const QStringList parts = payload.split(QLatin1Char('/'));
    const QString table = parts.value(0);
    const QString reference = referenceOf(store, parts.value(1));
    const Stage stage = stageFromKey(parts.value(2)).value_or(Stage::Preselection);
    CaseEvents& events = store.events;
    if (table == QLatin1String("candidate") || table == QLatin1String("document") ||
        table == QLatin1String("import_batch") || table == QLatin1String("duplicate_flag"))
        events.applications.imported({});
    else if (table == QLatin1String("eligibility_decision") ||
             table == QLatin1String("declaration_tick") ||
             table == QLatin1String("duplicate_resolution"))
        events.screening.changed({reference});
    else if (table == QLatin1String("panel_member"))
        events.panel.panelChanged({PanelChanged::What::MemberAdded, QString(), QString()});
    else if (table == QLatin1String("conflict"))
        events.panel.panelChanged({PanelChanged::What::ConflictDeclared, QString(), reference});
    else if (table == QLatin1String("grid_reopening"))
        events.panel.gridChanged({GridChanged::What::Reopened});
    else if (table == QLatin1String("procedure") || table == QLatin1String("grid_state") ||
             table == QLatin1String("setting"))
        events.panel.gridChanged({GridChanged::What::Edited});
    else if (table == QLatin1String("mark_sheet") || table == QLatin1String("mark"))
        events.marking.changed({reference, stage});
    else if (table == QLatin1String("consensus"))
        events.results.changed({ResultsChanged::What::Consensus, reference});
    else if (table == QLatin1String("shortlist_decision"))
        events.results.changed({ResultsChanged::What::ShortlistDecision, reference});
    else if (table == QLatin1String("recommendation"))
        events.results.changed({ResultsChanged::What::Recommendation, reference});
}

void followChangesAgain(CaseStore& store, const QString& channel) {
    store.db.driver()->subscribeToNotification(channel);
    CaseEvents& events = store.events;
    events.applications.imported({});
    events.panel.gridChanged({GridChanged::What::Edited});
    events.marking.changed({QString(), Stage::Preselection});
    events.marking.changed({QString(), Stage::Interview});
}

void followChangesElsewhere(CaseStore& store, const QString& channel) {
    QSqlDriver* driver = store.db.driver();
    if (!driver->subscribeToNotification(channel))
        return; // the window then follows its own changes only, as with a file
    // The driver is the connection's and lives as long as the store; the store outlives it
    // (CaseStore's destructor closes the connection first).
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [&store](const QString&, QSqlDriver::NotificationSource source, const QVariant& payload) {
            if (source == QSqlDriver::SelfSource)
                return; // this connection announced its own change already
            announceChangeElsewhere(store, payload.toString());
        });
}

} // namespace sp
