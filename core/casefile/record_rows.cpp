#include "casefile/record_rows.h"

#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "identity/signed_act.h"

#include <QSqlQuery>

namespace sp::record_rows {

void append(QSqlDatabase& db, const QString& actor, const QString& action, const QString& candidate,
            const QString& before, const QString& after, const std::vector<RowSeal>& seals) {
    const StoreDialect& dialect = dialectOf(db);
    RecordEntry e;
    e.actor = actor;
    e.action = action;
    e.candidate = candidate;
    e.before = before;
    e.after = after;
    if (dialect.sealsRows())
        e.seal = sealText(seals);
    dialect.appendRecord(db, std::move(e));
}

std::optional<RecordHead> storedHead(QSqlDatabase& db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT entries, hash FROM record_head"));
    if (!q.next())
        return std::nullopt;
    return RecordHead{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

std::vector<RecordEntry> selectAll(QSqlDatabase& db) {
    std::vector<RecordEntry> entries;
    QSqlQuery q = sql::exec(db, dialectOf(db).selectRecord());
    while (q.next()) {
        RecordEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.candidate = q.value(4).toString();
        e.before = q.value(5).toString();
        e.after = q.value(6).toString();
        e.seal = q.value(7).toString();
        e.previousHash = q.value(8).toByteArray();
        e.hash = q.value(9).toByteArray();
        e.signature = QByteArray::fromHex(q.value(10).toString().toLatin1());
        e.signedByKey = identity::publicKeyFromText(q.value(11).toString());
        entries.push_back(e);
    }
    return entries;
}

} // namespace sp::record_rows
