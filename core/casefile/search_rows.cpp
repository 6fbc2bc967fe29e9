#include "casefile/search_rows.h"

#include "casefile/sql.h"

namespace sp::search_rows {

std::vector<qint64> unindexed(QSqlDatabase& db) {
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT d.candidate_id FROM document d"
                                                   " LEFT JOIN pdf_text_indexed i"
                                                   "   ON i.candidate_id = d.candidate_id"
                                                   " WHERE i.candidate_id IS NULL"
                                                   " ORDER BY d.candidate_id"));
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

int unindexedCount(QSqlDatabase& db) {
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT count(*) FROM document d"
                                                   " WHERE NOT EXISTS (SELECT 1 FROM"
                                                   " pdf_text_indexed i"
                                                   " WHERE i.candidate_id = d.candidate_id)"));
    return query.next() ? query.value(0).toInt() : 0;
}

bool markIndexed(QSqlDatabase& db, qint64 candidateId, int pages) {
    QSqlQuery query = sql::exec(db,
                                QStringLiteral("INSERT INTO pdf_text_indexed (candidate_id, pages) "
                                               "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                {candidateId, pages});
    return query.numRowsAffected() == 1;
}

QHash<qint64, QString> references(QSqlDatabase& db, const QList<qint64>& candidateIds) {
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT reference FROM candidate WHERE id = ?"));
    QHash<qint64, QString> found;
    for (const qint64 id : candidateIds) {
        sql::run(query, {id});
        if (query.next())
            found.insert(id, query.value(0).toString());
        query.finish();
    }
    return found;
}

} // namespace sp::search_rows
