#include "support/record_forger.h"

#include "casefile/seal_rows.h"
#include "domain/record.h"
#include "domain/state_seal.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>
#include <gtest/gtest.h>
#include <vector>

namespace sp::test {

namespace {

// A connection of the forger's own, closed and removed after `work`.
void withDatabase(const QString& path, const std::function<void(QSqlDatabase&)>& work) {
    const QString name = QStringLiteral("forger");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void run(QSqlQuery& q) {
    ASSERT_TRUE(q.exec()) << q.lastQuery().toStdString() << ": "
                          << q.lastError().text().toStdString();
}

} // namespace

void rawSql(const QString& path, const QStringList& statements) {
    withDatabase(path, [&statements](QSqlDatabase& db) {
        for (const auto& s : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString() << ": " << q.lastError().text().toStdString();
        }
    });
}

void recomputeChain(const QString& path) {
    withDatabase(path, [](QSqlDatabase& db) {
        std::vector<RecordEntry> entries;
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec("SELECT seq, at, actor, action, candidate, before_text, after_text, "
                           "seal FROM record ORDER BY seq"));
        while (q.next())
            entries.push_back({q.value(0).toLongLong(),
                               QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toString(),
                               q.value(5).toString(),
                               q.value(6).toString(),
                               {},
                               {},
                               q.value(7).toString()});
        ASSERT_FALSE(entries.empty());
        QByteArray previous;
        for (auto& e : entries) {
            e.previousHash = previous;
            e.hash = recordEntryHash(e);
            previous = e.hash;
            QSqlQuery u(db);
            u.prepare("UPDATE record SET previous_hash = ?, hash = ? WHERE seq = ?");
            u.addBindValue(QString::fromLatin1(e.previousHash) + QStringLiteral(""));
            u.addBindValue(QString::fromLatin1(e.hash));
            u.addBindValue(e.seq);
            run(u);
        }
        QSqlQuery h(db);
        h.prepare("UPDATE record_head SET entries = ?, hash = ?");
        h.addBindValue(entries.back().seq);
        h.addBindValue(QString::fromLatin1(entries.back().hash));
        run(h);
    });
}

void resealEntry(const QString& path, qint64 seq, const QString& unit, const QString& key) {
    withDatabase(path, [&](QSqlDatabase& db) {
        QSqlQuery u(db);
        u.prepare("UPDATE record SET seal = ? WHERE seq = ?");
        u.addBindValue(sealText(seal_rows::sealRow(db, unit, key)));
        u.addBindValue(seq);
        run(u);
    });
}

} // namespace sp::test
