#include "domain/problem.h"

namespace sp {

namespace {
// Untranslated in every catalogue, so the message is shown as it is.
constexpr const char* Verbatim = "%1";
} // namespace

Problem Problem::verbatim(const QString& message) {
    return {Verbatim, {message}};
}

QString Problem::english() const {
    QStringList values = args;
    for (const Problem& part : parts)
        values << part.english();
    return fillArguments(QString::fromUtf8(text), values);
}

QString englishOf(const std::vector<Problem>& problems) {
    return englishTexts(problems).join(QStringLiteral("; "));
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
