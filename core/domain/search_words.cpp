#include "domain/search_words.h"

namespace sp {

namespace {

bool isMark(char32_t c) {
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isWordCharacter(char32_t c) {
    return QChar::isLetterOrNumber(c);
}

} // namespace

QStringList searchWords(const QString& text) {
    // Decomposed, an accented letter is its base letter followed by marks, which are dropped.
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_D).toUcs4();
    QStringList words;
    QString word;
    for (const uint codePoint : codePoints) {
        const auto c = static_cast<char32_t>(codePoint);
        if (isMark(c))
            continue;
        if (isWordCharacter(c)) {
            const char32_t folded = QChar::toCaseFolded(c);
            word += QString::fromUcs4(&folded, 1);
            continue;
        }
        if (!word.isEmpty())
            words << word;
        word.clear();
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

} // namespace sp
