#include "casefile/search_rows.h"

#include "casefile/sql.h"

namespace sp::search_rows {

namespace {

// A page's rowid: the candidate's id in the high bits, the page in the low 20 (a million pages,
// far above the import's 200 MB limit).
constexpr int pageBits = 20;
constexpr qint64 pageMask = (qint64{1} << pageBits) - 1;

qint64 pageRowId(qint64 candidateId, int page) {
    return (candidateId << pageBits) | page;
}

} // namespace

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

void insertPages(QSqlDatabase& db, qint64 candidateId, const QStringList& pages) {
    QSqlQuery page =
        sql::prepare(db, QStringLiteral("INSERT INTO pdf_text (rowid, text) VALUES (?, ?)"));
    for (int i = 0; i < pages.size(); ++i)
        if (!pages[i].trimmed().isEmpty())
            sql::run(page, {pageRowId(candidateId, i), pages[i]});
    sql::exec(db,
              QStringLiteral("INSERT INTO pdf_text_indexed (candidate_id, pages) VALUES (?, ?)"),
              {candidateId, static_cast<int>(pages.size())});
}

QHash<qint64, QList<int>> matchingPages(QSqlDatabase& db, const QString& ftsExpression) {
    QSqlQuery query = sql::exec(
        db, QStringLiteral("SELECT rowid FROM pdf_text WHERE pdf_text MATCH ? ORDER BY rowid"),
        {ftsExpression});
    QHash<qint64, QList<int>> pages;
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        pages[rowId >> pageBits].push_back(static_cast<int>(rowId & pageMask));
    }
    return pages;
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
