#include "io/import_problem.h"

namespace sp {

ImportProblem ImportProblem::of(QString file, int row, QString column, Problem what) {
    QString message = what.english();
    return {std::move(file), row, std::move(column), std::move(message), std::move(what)};
}

QString ImportProblem::toString() const {
    QString where = file;
    if (row > 0)
        where += QLatin1Char(':') + QString::number(row);
    where += QLatin1String(": ");
    if (!column.isEmpty())
        where += column + QLatin1String(": ");
    return where + message;
}

QString excerpt(const QString& value, int maxCharacters) {
    const bool elided = value.size() > maxCharacters;
    QString shown = value.left(elided ? maxCharacters - 1 : maxCharacters);
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1); // not half a character
    for (QChar& c : shown)
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    return elided ? shown + QChar(0x2026) : shown;
}

QString quotedExcerpt(const QString& value, int maxCharacters) {
    return QLatin1Char('"') + excerpt(value, maxCharacters) + QLatin1Char('"');
}

} // namespace sp
