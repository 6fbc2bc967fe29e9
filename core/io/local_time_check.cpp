#include "io/local_time_check.h"

#include <QDateTime>
#include <QSet>

namespace sp {

// Counts the UTC instants whose local time in the zone is the given wall-clock time. Every
// offset in force within a day and a bit either side is a candidate (no zone changes its offset
// twice within an hour); a candidate offset counts when it is the zone's offset at the instant
// it gives.
LocalTimeKind classifyLocalTime(QDate date, QTime time, const QTimeZone& zone) {
    const QDateTime wallAsUtc(date, time, Qt::UTC);
    constexpr int hoursAround = 30;
    QSet<int> offsets;
    for (int h = -hoursAround; h <= hoursAround; ++h)
        offsets.insert(zone.offsetFromUtc(wallAsUtc.addSecs(h * 3600)));
    int instants = 0;
    for (int offset : offsets)
        if (zone.offsetFromUtc(wallAsUtc.addSecs(-offset)) == offset)
            ++instants;
    if (instants == 0)
        return LocalTimeKind::Skipped;
    return instants == 1 ? LocalTimeKind::Unique : LocalTimeKind::Repeated;
}

} // namespace sp
