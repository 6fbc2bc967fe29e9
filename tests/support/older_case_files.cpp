#include "support/older_case_files.h"

#include "domain/record.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <vector>

namespace sp::test {

namespace {

void exec(QSqlDatabase& db, const QString& statement, const QVariantList& values = {}) {
    QSqlQuery q(db);
    ASSERT_TRUE(q.prepare(statement)) << statement.toStdString();
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    ASSERT_TRUE(q.exec()) << statement.toStdString() << ": " << q.lastError().text().toStdString();
}

void rechainWithoutSeals(QSqlDatabase& db) {
    std::vector<RecordEntry> entries;
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT seq, at, actor, action, candidate, before_text, "
                                          "after_text FROM record ORDER BY seq")));
        while (q.next()) {
            RecordEntry e;
            e.seq = q.value(0).toLongLong();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
            e.actor = q.value(2).toString();
            e.action = q.value(3).toString();
            e.candidate = q.value(4).toString();
            e.before = q.value(5).toString();
            e.after = q.value(6).toString();
            entries.push_back(e);
        }
    }
    QByteArray previous;
    for (auto& e : entries) {
        e.previousHash = previous;
        e.hash = recordEntryHash(e);
        previous = e.hash;
        exec(db, QStringLiteral("UPDATE record SET previous_hash = ?, hash = ? WHERE seq = ?"),
             {QString(QString::fromLatin1(e.previousHash) + QStringLiteral("")),
              QString::fromLatin1(e.hash), e.seq});
    }
}

} // namespace

void downgradeToVersion6(const QString& path) {
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        exec(db, QStringLiteral("ALTER TABLE record DROP COLUMN signature"));
        exec(db, QStringLiteral("ALTER TABLE record DROP COLUMN signed_by_key"));
        exec(db, QStringLiteral("DROP TABLE member_credential"));
        exec(db, QStringLiteral("DELETE FROM setting WHERE key = 'signed_from_entry'"));
        exec(db, QStringLiteral("DELETE FROM record WHERE action = 'state_sealed'"));
        rechainWithoutSeals(db);
        exec(db, QStringLiteral("ALTER TABLE record DROP COLUMN seal"));
        exec(db, QStringLiteral("DROP TABLE record_head"));
        exec(db, QStringLiteral("DELETE FROM setting WHERE key = 'case_id'"));
        exec(db, QStringLiteral("DROP TRIGGER pdf_text_forget"));
        exec(db, QStringLiteral("DROP TABLE pdf_text_indexed"));
        exec(db, QStringLiteral("DROP TABLE pdf_text"));
        exec(db, QStringLiteral("PRAGMA user_version = 6"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
}

} // namespace sp::test
