#pragma once

#include "domain/search_query.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A server's index of the applications' text: a tsvector a page (page_text, case_text_sql.cpp)
// of the words as domain/search_words.h reads them, so that both stores find the same pages
// without the server needing an extension (unaccent) or a locale for it. The texts are
// PostgreSQL's tsvector and tsquery input syntax, built from those words alone (letters and
// digits) and bound as values.
namespace sp::server {

// The page's words, each with its positions (from 1) for phrases: 'threat':1,7 'model':2.
QString tsvectorText(const QStringList& words);
// The clause as a tsquery: its terms joined by |, a phrase's words by <->, a prefix ending in :*.
// Empty when no term has a word to look for.
QString tsqueryText(const SearchClause& clause);

void insertPageWords(QSqlDatabase& db, qint64 candidateId, const QStringList& pages);
QHash<qint64, QList<int>> matchingPages(QSqlDatabase& db, const SearchClause& clause);

} // namespace sp::server
