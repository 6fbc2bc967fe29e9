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

// dd/MM/yyyy and HH:mm:ss, written out: QDateTime::toString parses its format on every call,
// and every candidate's screening writes three of these (20,000 at a competition).
QString dateText(QDate date) {
    return QStringLiteral("%1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year(), 4, 10, QLatin1Char('0'));
}

QString timeText(QTime time) {
    return QStringLiteral("%1:%2:%3")
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'))
        .arg(time.second(), 2, 10, QLatin1Char('0'));
}

QString localText(const QDateTime& local, const QTimeZone& zone) {
    return dateText(local.date()) + QLatin1Char(' ') + timeText(local.time()) + QLatin1Char(' ') +
           zone.abbreviation(local);
}

// The UTC time alone reads best; the date is added only when it differs from the local date.
QString utcText(const QDateTime& utc, const QDateTime& local) {
    return (utc.date() == local.date()
                ? timeText(utc.time())
                : dateText(utc.date()) + QLatin1Char(' ') + timeText(utc.time())) +
           QStringLiteral(" UTC");
}

// What every candidate's check shares, worked out once per deadline rather than per candidate.
struct Deadline {
    QDateTime local;
    QString zoneId;
    QTimeZone zone;
    QDateTime utc; // to the second
    QString text;  // in local time
    bool valid = false;
};

const Deadline& deadlineOf(const Vacancy& vacancy) {
    thread_local Deadline known;
    if (known.local == vacancy.deadlineLocal && known.zoneId == vacancy.deadlineZone &&
        known.local.isValid())
        return known;
    known = Deadline{};
    known.local = vacancy.deadlineLocal;
    known.zoneId = vacancy.deadlineZone;
    // Qt 6.4 reads an empty zone id as UTC: a deadline without its zone is not a deadline.
    known.zone = QTimeZone(vacancy.deadlineZone.toUtf8());
    const QDateTime utc = vacancy.deadlineUtc();
    known.valid = !vacancy.deadlineZone.trimmed().isEmpty() && known.zone.isValid() &&
                  vacancy.deadlineLocal.isValid() && utc.isValid();
    if (known.valid) {
        known.utc = truncatedToSecond(utc);
        known.text = localText(utc.toTimeZone(known.zone), known.zone);
    }
    return known;
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
    const Deadline& deadline = deadlineOf(vacancy);
    if (!deadline.valid)
        return {AdmissibilityState::Unknown,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "the vacancy has no valid deadline (\"%1\" in zone "
                                              "\"%2\")"),
                            vacancy.deadlineLocal.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                            vacancy.deadlineZone)};
    if (!receivedAt.isValid())
        return {AdmissibilityState::Unknown,
                {QT_TRANSLATE_NOOP("sp::Problem", "time of receipt unknown")}};

    const QDateTime received = truncatedToSecond(receivedAt);
    const QDateTime local = received.toTimeZone(deadline.zone);
    const bool late = received > deadline.utc;
    return {late ? AdmissibilityState::Late : AdmissibilityState::Admissible,
            Problem::of(
                late ? QT_TRANSLATE_NOOP("sp::Problem", "received %1 (%2), after the deadline %3")
                     : QT_TRANSLATE_NOOP("sp::Problem", "received %1 (%2), by the deadline %3"),
                localText(local, deadline.zone), utcText(received, local), deadline.text)};
}

} // namespace sp
