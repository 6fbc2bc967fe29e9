#include "casefile/file_text_index.h"

#include "casefile/sql.h"

namespace sp::file_text_index {

namespace {

// A page's rowid: the candidate's id in the high bits, the page in the low 20 (a million pages,
// far above the import's 200 MB limit).
constexpr int pageBits = 20;
constexpr qint64 pageMask = (qint64{1} << pageBits) - 1;

qint64 pageRowId(qint64 candidateId, int page) {
    return (candidateId << pageBits) | page;
}

} // namespace

void insertPages(QSqlDatabase& db, qint64 candidateId, const QStringList& pages) {
    QSqlQuery page =
        sql::prepare(db, QStringLiteral("INSERT INTO pdf_text (rowid, text) VALUES (?, ?)"));
    for (int i = 0; i < pages.size(); ++i)
        if (!pages[i].trimmed().isEmpty())
            sql::run(page, {pageRowId(candidateId, i), pages[i]});
}

QHash<qint64, QList<int>> matchingPages(QSqlDatabase& db, const SearchClause& clause) {
    QSqlQuery query = sql::exec(
        db, QStringLiteral("SELECT rowid FROM pdf_text WHERE pdf_text MATCH ? ORDER BY rowid"),
        {ftsExpression(clause)});
    QHash<qint64, QList<int>> pages;
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        pages[rowId >> pageBits].push_back(static_cast<int>(rowId & pageMask));
    }
    return pages;
}

} // namespace sp::file_text_index
