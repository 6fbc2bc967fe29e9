#pragma once

#include "domain/search_query.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The case file's index of the applications' text: SQLite FTS5 (pdf_text, schema.cpp version 9),
// which folds case and accents itself.
namespace sp::file_text_index {

void insertPages(QSqlDatabase& db, qint64 candidateId, const QStringList& pages);
QHash<qint64, QList<int>> matchingPages(QSqlDatabase& db, const SearchClause& clause);

} // namespace sp::file_text_index
