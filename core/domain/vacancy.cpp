#include "domain/vacancy.h"

#include <QTimeZone>

namespace sp {

QString stageKey(Stage s) {
    return s == Stage::Preselection ? QStringLiteral("preselection") : QStringLiteral("interview");
}

std::optional<Stage> stageFromKey(const QString& key) {
    if (key == QLatin1String("preselection"))
        return Stage::Preselection;
    if (key == QLatin1String("interview"))
        return Stage::Interview;
    return std::nullopt;
}

QDateTime Vacancy::deadlineUtc() const {
    QDateTime local(deadlineLocal.date(), deadlineLocal.time(), QTimeZone(deadlineZone.toUtf8()));
    return local.toUTC();
}

} // namespace sp
