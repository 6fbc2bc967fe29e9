#pragma once

#include <QDate>
#include <QTime>
#include <QTimeZone>

namespace sp {

// Whether a wall-clock time names one instant in a zone. When the clocks go forward a local time
// is skipped (30 March 2025 02:30 in Brussels never happens); when they go back it is repeated
// (26 October 2025 02:30 happens at 00:30 and at 01:30 UTC). A deadline must be Unique.
enum class LocalTimeKind { Unique, Skipped, Repeated };

LocalTimeKind classifyLocalTime(QDate date, QTime time, const QTimeZone& zone);

} // namespace sp
