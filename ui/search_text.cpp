#include "search_text.h"

#include <algorithm>

namespace sp::ui {

QString foldForSearch(const QString& text) {
    // Plain ASCII (most references, e-mails, many names) has nothing to decompose: the list folds
    // 20,000 candidates' texts when a case file opens.
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace sp::ui
