#pragma once

#include "domain/application.h"
#include "domain/vacancy.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace sp::ui {

// How domain values are shown to the user: in the user's locale, times in the procedure's zone.

QString categoryLabel(Category category); // "Commission official", ...

// Date and time to the second (one second late is inadmissible), in the given zone.
QString zonedDateTimeText(const QDateTime& instant, const QTimeZone& zone,
                          const QLocale& locale = QLocale());

// "Wednesday, 30 April 2025 12:00 CEST (Europe/Brussels)"
QString deadlineText(const Vacancy& vacancy, const QLocale& locale = QLocale());

// "AST1–AST4"
QString gradeRangeText(const Vacancy& vacancy);

} // namespace sp::ui
