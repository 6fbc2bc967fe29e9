#include "report/report_language.h"

#include "domain/error.h"

#include <QTimeZone>
#include <cmath>

namespace sp::report {

QString languageKey(Language language) {
    switch (language) {
    case Language::French:
        return QStringLiteral("fr");
    case Language::German:
        return QStringLiteral("de");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromKey(const QString& key) {
    for (Language language : {Language::English, Language::French, Language::German})
        if (key.trimmed().compare(languageKey(language), Qt::CaseInsensitive) == 0)
            return language;
    return std::nullopt;
}

ReportText::ReportText(Language language)
    : language_(language),
      locale_(language == Language::French   ? QLocale(QLocale::French, QLocale::France)
              : language == Language::German ? QLocale(QLocale::German, QLocale::Germany)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom)) {
    // Totals read "1234.5", never "1,234.5": a comma is the decimal sign in French and German.
    locale_.setNumberOptions(QLocale::OmitGroupSeparator);
    if (language == Language::English)
        return;
    const QString catalogue =
        QStringLiteral(":/report-i18n/selection-panel-report_%1.qm").arg(languageKey(language));
    if (!translator_.load(catalogue))
        throw Error(ErrorKind::Failure,
                    QStringLiteral("the report's %1 texts (%2) are missing from this build")
                        .arg(languageKey(language), catalogue));
}

QString ReportText::t(const char* source) const {
    const QString translated = translator_.translate("SelectionReport", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString ReportText::dateTime(const QDateTime& utc, const QString& zone) const {
    if (!utc.isValid())
        return QString();
    const QTimeZone timeZone(zone.toUtf8());
    const QDateTime local = timeZone.isValid() ? utc.toTimeZone(timeZone) : utc.toUTC();
    const QString format = language_ == Language::French ? QStringLiteral("d MMMM yyyy 'à' HH:mm")
                           : language_ == Language::German
                               ? QStringLiteral("d. MMMM yyyy, HH:mm 'Uhr'")
                               : QStringLiteral("d MMMM yyyy, HH:mm");
    const QString abbreviation = timeZone.isValid()
                                     ? timeZone.displayName(local, QTimeZone::ShortName, locale_)
                                     : QStringLiteral("UTC");
    return locale_.toString(local, format) + QLatin1Char(' ') + abbreviation;
}

QString ReportText::date(const QDate& date) const {
    return locale_.toString(date, language_ == Language::German ? QStringLiteral("d. MMMM yyyy")
                                                                : QStringLiteral("d MMMM yyyy"));
}

QString ReportText::number(std::optional<double> value, const QString& none) const {
    if (!value || !std::isfinite(*value))
        return none;
    QString text = locale_.toString(std::round(*value * 100) / 100, 'f', 2);
    const QChar decimal = locale_.decimalPoint().front();
    if (text.contains(decimal)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(decimal))
            text.chop(1);
    }
    return text;
}

QString ReportText::percent(double share) const {
    return locale_.toString(100 * share, 'f', 1) + QStringLiteral("\u00a0%");
}

} // namespace sp::report
