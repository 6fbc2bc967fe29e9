#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// One thing to find: a word, a "phrase" (its words in that order), either of them ending in *
// for any word starting so ("cert*": certified, certificate).
struct SearchTerm {
    QString text; // as typed, without the quotes and the *
    bool phrase = false;
    bool prefix = false;
};

// Any one of its terms (the panel typed OR between them).
struct SearchClause {
    std::vector<SearchTerm> anyOf;
};

// What the panel typed in "Search all applications": every clause must be found somewhere in
// the application (on any of its pages, not necessarily the same one). Case and accents never
// matter: "resume" finds "Résumé".
struct SearchQuery {
    std::vector<SearchClause> allOf;
};

// Words and "phrases", each possibly ending in *, OR (any case) between two of them; AND is
// allowed and changes nothing. Throws Error(BadInput) saying what to fix: an empty query, a
// quote not closed, an empty phrase, a * not at the end of a word, OR without a term on each side,
// a term with no letter or digit.
SearchQuery parseSearchQuery(const QString& text);

// The clause in SQLite FTS5 syntax, each term quoted (so nothing typed is read as FTS5 syntax).
QString ftsExpression(const SearchClause& clause);

// The words and phrases to look for in a PDF shown to the panel, in the order typed.
QStringList highlightTexts(const SearchQuery& query);

} // namespace sp
