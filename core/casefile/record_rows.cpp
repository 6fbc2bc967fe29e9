#include "casefile/record_rows.h"

#include "casefile/signing_session.h"
#include "casefile/sql.h"
#include "identity/signed_act.h"

#include <QSqlQuery>

namespace sp::record_rows {

void append(QSqlDatabase& db, const QString& actor, const QString& action, const QString& candidate,
            const QString& before, const QString& after, const std::vector<RowSeal>& seals) {
    RecordEntry e;
    {
        QSqlQuery last =
            sql::exec(db, QStringLiteral("SELECT seq, hash FROM record ORDER BY seq DESC LIMIT 1"));
        if (last.next()) {
            e.seq = last.value(0).toLongLong() + 1;
            e.previousHash = last.value(1).toByteArray();
        } else {
            e.seq = 1;
        }
    }
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor;
    e.action = action;
    e.candidate = candidate;
    e.before = before;
    e.after = after;
    e.seal = sealText(seals);
    e.hash = recordEntryHash(e);
    if (const auto signer = signing_session::requiredSigner(db, actor)) {
        e.signature = signer->sign(identity::signedActText(e));
        e.signedByKey = signer->publicKey();
    }
    if (e.signature.isEmpty())
        // Also while a file older than version 8 is upgraded: no signature columns yet.
        sql::exec(db,
                  QStringLiteral("INSERT INTO record (seq, at, actor, action, candidate, "
                                 "before_text, after_text, seal, previous_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.seq, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.candidate,
                   e.before, e.after, e.seal, QString::fromLatin1(e.previousHash),
                   QString::fromLatin1(e.hash)});
    else
        sql::exec(db,
                  QStringLiteral("INSERT INTO record (seq, at, actor, action, candidate, "
                                 "before_text, after_text, seal, previous_hash, hash, signature, "
                                 "signed_by_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.seq, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.candidate,
                   e.before, e.after, e.seal, QString::fromLatin1(e.previousHash),
                   QString::fromLatin1(e.hash), QString::fromLatin1(e.signature.toHex()),
                   identity::publicKeyText(e.signedByKey)});
    sql::exec(db,
              QStringLiteral("INSERT INTO record_head (id, entries, hash) VALUES (1, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, "
                             "hash = excluded.hash"),
              {e.seq, QString::fromLatin1(e.hash)});
}

std::optional<RecordHead> storedHead(QSqlDatabase& db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT entries, hash FROM record_head"));
    if (!q.next())
        return std::nullopt;
    return RecordHead{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

std::vector<RecordEntry> selectAll(QSqlDatabase& db) {
    std::vector<RecordEntry> entries;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT seq, at, actor, action, candidate, "
                                               "before_text, after_text, seal, previous_hash, "
                                               "hash, signature, signed_by_key "
                                               "FROM record ORDER BY rowid"));
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
