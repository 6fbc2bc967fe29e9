#include "domain/search_query.h"

#include "domain/error.h"

#include <optional>

namespace sp {

namespace {

[[noreturn]] void refuse(const Problem& why) {
    throw Error(ErrorKind::BadInput, why);
}

bool hasLetterOrDigit(const QString& text) {
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// A bare word: up to the next space or quote; a * only at its end.
SearchTerm readWord(const QString& text, qsizetype& at) {
    const qsizetype start = at;
    while (at < text.size() && !text[at].isSpace() && text[at] != u'"')
        ++at;
    QString word = text.mid(start, at - start);
    SearchTerm term;
    if (word.endsWith(u'*')) {
        term.prefix = true;
        word.chop(1);
    }
    if (word.contains(u'*'))
        refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem",
                              "* ends a word (cert* finds certified, certificate); it cannot "
                              "stand inside one: %1"),
            text.mid(start, at - start)));
    if (word.isEmpty())
        refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "* ends a word (cert*); it cannot stand alone")));
    if (!hasLetterOrDigit(word))
        refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "%1 has no letter or digit to look for"), word));
    term.text = word;
    return term;
}

// A "phrase", from its opening quote; a * may follow the closing quote.
SearchTerm readPhrase(const QString& text, qsizetype& at) {
    const qsizetype close = text.indexOf(u'"', at + 1);
    if (close < 0)
        refuse(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "a quote (\") is not closed: put one after the phrase")));
    SearchTerm term;
    term.phrase = true;
    term.text = text.mid(at + 1, close - at - 1).simplified();
    at = close + 1;
    if (at < text.size() && text[at] == u'*') {
        term.prefix = true;
        ++at;
    }
    if (term.text.isEmpty())
        refuse(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "an empty phrase (\"\") finds nothing: put words between the "
                           "quotes")));
    if (!hasLetterOrDigit(term.text))
        refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "\"%1\" has no letter or digit to look for"),
            term.text));
    if (term.text.contains(u'*'))
        refuse(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "* ends a phrase (\"threat model\"*), it cannot stand inside one")));
    if (at < text.size() && !text[at].isSpace())
        refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "put a space after the closing quote of \"%1\""),
            term.text));
    return term;
}

bool isKeyword(const SearchTerm& term, const char* keyword) {
    return !term.phrase && !term.prefix &&
           term.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

} // namespace

SearchQuery parseSearchQuery(const QString& text) {
    SearchQuery query;
    bool orPending = false;
    qsizetype at = 0;
    while (true) {
        while (at < text.size() && text[at].isSpace())
            ++at;
        if (at >= text.size())
            break;
        const SearchTerm term = text[at] == u'"' ? readPhrase(text, at) : readWord(text, at);
        if (isKeyword(term, "AND"))
            continue;
        if (isKeyword(term, "OR")) {
            if (query.allOf.empty() || orPending)
                refuse(Problem::of(QT_TRANSLATE_NOOP(
                    "sp::Problem", "OR goes between two words or phrases (pentest OR oscp)")));
            orPending = true;
            continue;
        }
        if (orPending)
            query.allOf.back().anyOf.push_back(term);
        else
            query.allOf.push_back(SearchClause{{term}});
        orPending = false;
    }
    if (orPending)
        refuse(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "OR goes between two words or phrases (pentest OR oscp)")));
    if (query.allOf.empty())
        refuse(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "type a word or a \"phrase\" to look for")));
    return query;
}

QString ftsExpression(const SearchClause& clause) {
    QStringList terms;
    for (const auto& term : clause.anyOf) {
        QString quoted = term.text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"%2")
                     .arg(quoted, term.prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QStringLiteral(" OR "));
}

QStringList highlightTexts(const SearchQuery& query) {
    QStringList texts;
    for (const auto& clause : query.allOf)
        for (const auto& term : clause.anyOf)
            texts << term.text;
    return texts;
}

} // namespace sp
