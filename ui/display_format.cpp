#include "display_format.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sp::ui {

namespace {

// The locale's short time format, with seconds added when it has none.
QString timeFormatWithSeconds(const QLocale& locale) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1Char('s')))
        return format;
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (minutes < 0)
        return locale.timeFormat(QLocale::LongFormat);
    return format.insert(minutes + 2, QLatin1String(":ss"));
}

// A deadline is to the minute: the locale's short time format without seconds.
QString timeFormatWithoutSeconds(const QLocale& locale) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return format;
}

} // namespace

QString categoryLabel(Category category) {
    switch (category) {
    case Category::CommissionOfficial:
        return QCoreApplication::translate("DisplayFormat", "Commission official");
    case Category::InstitutionOfficial:
        return QCoreApplication::translate("DisplayFormat", "Official (other institution)");
    case Category::Laureate:
        return QCoreApplication::translate("DisplayFormat", "Laureate");
    case Category::External:
        return QCoreApplication::translate("DisplayFormat", "External");
    }
    return {};
}

QString zonedDateTimeText(const QDateTime& instant, const QTimeZone& zone, const QLocale& locale) {
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(zone);
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), timeFormatWithSeconds(locale));
}

QString deadlineText(const Vacancy& vacancy, const QLocale& locale) {
    const QTimeZone zone(vacancy.deadlineZone.toUtf8());
    const QDateTime deadline = vacancy.deadlineUtc().toTimeZone(zone);
    if (!deadline.isValid())
        return QCoreApplication::translate("DisplayFormat", "not set");
    return QCoreApplication::translate("DisplayFormat", "%1 %2 %3 (%4)")
        .arg(locale.toString(deadline.date(), QLocale::LongFormat),
             locale.toString(deadline.time(), timeFormatWithoutSeconds(locale)),
             deadline.timeZoneAbbreviation(), vacancy.deadlineZone);
}

QString gradeRangeText(const Vacancy& vacancy) {
    if (vacancy.gradeMin == vacancy.gradeMax)
        return vacancy.gradeMin;
    return vacancy.gradeMin + QChar(0x2013) + vacancy.gradeMax;
}

} // namespace sp::ui
