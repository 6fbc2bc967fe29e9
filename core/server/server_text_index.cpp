#include "server/server_text_index.h"

#include "casefile/sql.h"
#include "domain/search_words.h"

#include <QMap>

namespace sp::server {

namespace {

// PostgreSQL's limits: a position is at most 16,383, a lexeme keeps 256 of them and is at most
// 2,047 bytes, a tsvector's lexemes at most 1 MB in all. A page beyond them is still found by
// its words; only phrases that far into it may be missed.
constexpr int maxPosition = 16383;
constexpr int maxPositions = 256;
constexpr qsizetype maxWordBytes = 2046;
constexpr qsizetype maxLexemeBytes = 1'000'000;

QString quoted(const QString& word) {
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

QString termQuery(const SearchTerm& term) {
    const QStringList words = searchWords(term.text);
    if (words.isEmpty())
        return {};
    QStringList lexemes;
    for (const auto& word : words)
        lexemes << quoted(word);
    if (term.prefix)
        lexemes.back() += QStringLiteral(":*");
    return words.size() == 1
               ? lexemes.front()
               : QLatin1Char('(') + lexemes.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
}

} // namespace

QString tsvectorText(const QStringList& words) {
    QMap<QString, QStringList> positions; // sorted, as tsvector keeps its lexemes
    qsizetype bytes = 0;
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        const qsizetype size = word.toUtf8().size();
        if (size > maxWordBytes)
            continue;
        auto it = positions.find(word);
        if (it == positions.end()) {
            if (bytes + size > maxLexemeBytes)
                continue;
            bytes += size;
            it = positions.insert(word, {});
        }
        if (i + 1 <= maxPosition && it->size() < maxPositions)
            it->push_back(QString::number(i + 1));
    }
    QStringList lexemes;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        lexemes << (it->isEmpty()
                        ? quoted(it.key())
                        : quoted(it.key()) + QLatin1Char(':') + it->join(QLatin1Char(',')));
    return lexemes.join(QLatin1Char(' '));
}

QString tsqueryText(const SearchClause& clause) {
    QStringList terms;
    for (const auto& term : clause.anyOf) {
        const QString query = termQuery(term);
        if (!query.isEmpty())
            terms << query;
    }
    return terms.join(QStringLiteral(" | "));
}

void insertPageWords(QSqlDatabase& db, qint64 candidateId, const QStringList& pages) {
    QSqlQuery insert =
        sql::prepare(db, QStringLiteral("INSERT INTO page_text (candidate_id, page, "
                                        "words) VALUES (?, ?, CAST(? AS tsvector))"));
    for (int i = 0; i < pages.size(); ++i) {
        const QStringList words = searchWords(pages[i]);
        if (!words.isEmpty())
            sql::run(insert, {candidateId, i, tsvectorText(words)});
    }
}

QHash<qint64, QList<int>> matchingPages(QSqlDatabase& db, const SearchClause& clause) {
    const QString query = tsqueryText(clause);
    QHash<qint64, QList<int>> pages;
    if (query.isEmpty())
        return pages;
    QSqlQuery found = sql::exec(db,
                                QStringLiteral("SELECT candidate_id, page FROM page_text WHERE "
                                               "words @@ CAST(? AS tsquery) ORDER BY candidate_id, "
                                               "page"),
                                {query});
    while (found.next())
        pages[found.value(0).toLongLong()].push_back(found.value(1).toInt());
    return pages;
}

} // namespace sp::server
