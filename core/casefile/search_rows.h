#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

// Reading and writing the index of the application PDFs' text (pdf_text, pdf_text_indexed):
// derived data, filled from the PDFs, never sealed in the record.
namespace sp::search_rows {

// The candidates whose PDF is stored but not indexed yet, by id.
std::vector<qint64> unindexed(QSqlDatabase& db);
int unindexedCount(QSqlDatabase& db);
// Indexes one PDF's text, a string per page; replaces nothing (the candidate must be unindexed).
void insertPages(QSqlDatabase& db, qint64 candidateId, const QStringList& pages);
// The pages (0-based) matching the FTS5 expression, by candidate id.
QHash<qint64, QList<int>> matchingPages(QSqlDatabase& db, const QString& ftsExpression);
// The reference of each candidate id given (absent: no such candidate).
QHash<qint64, QString> references(QSqlDatabase& db, const QList<qint64>& candidateIds);

} // namespace sp::search_rows
