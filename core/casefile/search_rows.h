#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

// Reading and writing the index of the application PDFs' text: which PDFs are indexed
// (pdf_text_indexed), the same on both stores; the pages' words are kept as each store indexes
// them (StoreDialect::indexPages). Derived data, filled from the PDFs, never sealed in the record.
namespace sp::search_rows {

// The candidates whose PDF is stored but not indexed yet, by id.
std::vector<qint64> unindexed(QSqlDatabase& db);
int unindexedCount(QSqlDatabase& db);
// Marks the candidate's PDF indexed, of so many pages; false when it is already (on a server,
// another member's window indexed it meanwhile), and then its pages are not to be indexed again.
bool markIndexed(QSqlDatabase& db, qint64 candidateId, int pages);
// The reference of each candidate id given (absent: no such candidate).
QHash<qint64, QString> references(QSqlDatabase& db, const QList<qint64>& candidateIds);

} // namespace sp::search_rows
