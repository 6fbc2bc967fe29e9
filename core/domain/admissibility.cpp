#include "domain/admissibility.h"

#include <QTimeZone>

namespace sp {

namespace {

// Mail servers stamp receipt to the second; a sub-second part is noise of the import, so
// 12:00:00.999 is still the deadline's own second, which the notice accepts.
QDateTime truncatedToSecond(const QDateTime& instant) {
    QDateTime utc = instant.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

QString localText(const QDateTime& instant, const QTimeZone& zone) {
    QDateTime local = instant.toTimeZone(zone);
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) + QLatin1Char(' ') +
           zone.abbreviation(local);
}

// The UTC time alone reads best; the date is added only when it differs from the local date.
QString utcText(const QDateTime& instant, const QTimeZone& zone) {
    QDateTime utc = instant.toUTC();
    QString format = utc.date() == instant.toTimeZone(zone).date()
                         ? QStringLiteral("HH:mm:ss")
                         : QStringLiteral("dd/MM/yyyy HH:mm:ss");
    return utc.toString(format) + QStringLiteral(" UTC");
}

} // namespace

QString admissibilityKey(AdmissibilityState state) {
    switch (state) {
    case AdmissibilityState::Admissible:
        return QStringLiteral("admissible");
    case AdmissibilityState::Late:
        return QStringLiteral("late");
    case AdmissibilityState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

Admissibility checkAdmissibility(const QDateTime& receivedAt, const Vacancy& vacancy) {
    // Qt 6.4 reads an empty zone id as UTC: a deadline without its zone is not a deadline.
    QTimeZone zone(vacancy.deadlineZone.toUtf8());
    QDateTime deadline = vacancy.deadlineUtc();
    if (vacancy.deadlineZone.trimmed().isEmpty() || !zone.isValid() ||
        !vacancy.deadlineLocal.isValid() || !deadline.isValid())
        return {AdmissibilityState::Unknown,
                QStringLiteral("the vacancy has no valid deadline (\"%1\" in zone \"%2\")")
                    .arg(vacancy.deadlineLocal.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                         vacancy.deadlineZone)};
    if (!receivedAt.isValid())
        return {AdmissibilityState::Unknown, QStringLiteral("time of receipt unknown")};

    QDateTime received = truncatedToSecond(receivedAt);
    bool late = received > truncatedToSecond(deadline);
    QString reason =
        QStringLiteral("received %1 (%2), %3 the deadline %4")
            .arg(localText(received, zone), utcText(received, zone),
                 late ? QStringLiteral("after") : QStringLiteral("by"), localText(deadline, zone));
    return {late ? AdmissibilityState::Late : AdmissibilityState::Admissible, reason};
}

} // namespace sp
