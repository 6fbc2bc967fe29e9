#include "domain/problem.h"

namespace sp {

namespace {
// Untranslated in every catalogue, so the message is shown as it is.
constexpr const char* Verbatim = "%1";
} // namespace

Problem Problem::verbatim(const QString& message) {
    return {Verbatim, {message}};
}

Problem Problem::about(const QString& subject, const Problem& problem) {
    return {QT_TRANSLATE_NOOP("sp::Problem", "%1: %2"), {subject}, problem.field, {problem}};
}

Problem Problem::joined(const std::vector<Problem>& problems, Listing listing) {
    if (problems.empty())
        return verbatim({});
    const char* pair = listing == Listing::Lines ? QT_TRANSLATE_NOOP("sp::Problem", "%1\n%2")
                                                 : QT_TRANSLATE_NOOP("sp::Problem", "%1; %2");
    Problem all = problems.back();
    for (auto it = problems.rbegin() + 1; it != problems.rend(); ++it)
        all = {pair, {}, {}, {*it, all}};
    return all;
}

QString Problem::english() const {
    QStringList values = args;
    for (const Problem& part : parts)
        values << part.english();
    return fillArguments(QString::fromUtf8(text), values);
}

QString listed(const QStringList& texts, Listing listing) {
    return listing == Listing::Lines ? texts.join(QLatin1Char('\n'))
                                     : texts.join(QStringLiteral("; "));
}

QString englishOf(const std::vector<Problem>& problems, Listing listing) {
    return listed(englishTexts(problems), listing);
}

QStringList englishTexts(const std::vector<Problem>& problems) {
    QStringList texts;
    for (const Problem& problem : problems)
        texts << problem.english();
    return texts;
}

QString fillArguments(const QString& pattern, const QStringList& args) {
    QString filled;
    filled.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('%')) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < pattern.size() && end - i <= 2 && pattern[end].isDigit())
                number = number * 10 + pattern[end++].digitValue();
            if (number >= 1 && number <= args.size()) {
                filled += args[number - 1];
                i = end - 1;
                continue;
            }
        }
        filled += pattern[i];
    }
    return filled;
}

} // namespace sp
