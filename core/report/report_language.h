#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <optional>

namespace sp::report {

enum class Language { English, French, German };
QString languageKey(Language language); // "en", "fr", "de"
std::optional<Language> languageFromKey(const QString& key);

// The report's words and dates in one language. Its catalogue (translations/
// selection-panel-report_*.ts, embedded) is loaded into a translator of its own, never installed
// in the application: writing a report in German leaves the window in its language.
class ReportText {
public:
    // Throws Error(Failure) when the embedded catalogue cannot be loaded.
    explicit ReportText(Language language);
    ReportText(const ReportText&) = delete;
    ReportText& operator=(const ReportText&) = delete;

    Language language() const { return language_; }
    // A source text of the "SelectionReport" context (marked with QT_TRANSLATE_NOOP), in the
    // report's language; the English itself when untranslated.
    QString t(const char* source) const;
    // An instant as the reader's calendar shows it, in the procedure's time zone: "3 December
    // 2026, 10:15 CET", "3 décembre 2026 à 10:15 CET", "3. Dezember 2026, 10:15 Uhr MEZ".
    QString dateTime(const QDateTime& utc, const QString& zone) const;
    QString date(const QDate& date) const;
    // "28.5", "28,5": at most two decimals, no trailing zeros; `none` when there is no value.
    QString number(std::optional<double> value, const QString& none = QString()) const;
    QString percent(double share) const; // "33.3 %", "33,3 %"

private:
    Language language_;
    QLocale locale_;
    QTranslator translator_;
};

} // namespace sp::report
