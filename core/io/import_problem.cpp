#include "io/import_problem.h"

namespace sp {

QString ImportProblem::toString() const {
    QString where = file;
    if (row > 0)
        where += QLatin1Char(':') + QString::number(row);
    where += QLatin1String(": ");
    if (!column.isEmpty())
        where += column + QLatin1String(": ");
    return where + message;
}

} // namespace sp
