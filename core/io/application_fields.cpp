#include "io/application_fields.h"

#include "io/import_problem.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace sp {

namespace {

constexpr int maxNameLength = 200;
constexpr int maxEmailLength = 254;
constexpr int maxReferenceLength = 40;
constexpr double maxExperienceYears = 60;

// What the person typed, for a message: a short excerpt (import_problem.h), never a personal
// value (names, e-mail, nationalities are named by their column only).
QString quoted(const QString& text) {
    return quotedExcerpt(text);
}

// The first few of many wrong items of one cell, and how many more: a cell of a million wrong
// items gives a message of a line. Separated by commas, or by semicolons for items that are
// sentences. The lists without "more" need no translation.
constexpr qsizetype itemsShown = 3;
Problem firstItems(std::vector<Problem> items, bool sentences) {
    static const char* const commas[] = {"%1", "%1, %2", "%1, %2, %3"};
    static const char* const semicolons[] = {"%1", "%1; %2", "%1; %2; %3"};
    const qsizetype count = static_cast<qsizetype>(items.size());
    if (count > itemsShown) {
        items.resize(itemsShown);
        items.push_back(Problem::verbatim(QString::number(count - itemsShown)));
        return {sentences ? QT_TRANSLATE_NOOP("sp::Problem", "%1; %2; %3; and %4 more")
                          : QT_TRANSLATE_NOOP("sp::Problem", "%1, %2, %3, and %4 more"),
                {},
                {},
                ProblemParts(std::move(items))};
    }
    return {(sentences ? semicolons : commas)[count - 1], {}, {}, ProblemParts(std::move(items))};
}

template <class T> Parsed<T> fail(const Problem& problem) {
    return {T{}, problem.english(), problem};
}

// `text`, marked for translation, with %1 the excerpt of what was typed.
Problem aboutTyped(const char* text, const QString& typed) {
    return Problem::of(text, quoted(typed));
}

bool hasControlCharacter(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isAsciiLetters(const QString& text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    });
}

int toInt(const QString& digits) {
    return digits.isEmpty() ? 0 : digits.toInt();
}

} // namespace

Parsed<QString> parsePersonName(const QString& text) {
    const QString name = text.trimmed();
    if (name.isEmpty())
        return fail<QString>({QT_TRANSLATE_NOOP("sp::Problem", "is required")});
    if (name.size() > maxNameLength)
        return fail<QString>(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "is longer than %1 characters"), maxNameLength));
    if (hasControlCharacter(name))
        return fail<QString>({QT_TRANSLATE_NOOP(
            "sp::Problem", "contains a line break or another control character")});
    return {name, {}};
}

Parsed<QString> parseEmail(const QString& text) {
    const QString email = text.trimmed();
    if (email.isEmpty())
        return fail<QString>({QT_TRANSLATE_NOOP("sp::Problem", "is required")});
    const auto at = email.indexOf(QLatin1Char('@'));
    const QString domain = email.mid(at + 1);
    const bool plausible =
        at > 0 && email.count(QLatin1Char('@')) == 1 && email.size() <= maxEmailLength &&
        !email.contains(QRegularExpression(QStringLiteral("[\\s\\p{Cc},;<>]"))) &&
        domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.')) &&
        !domain.endsWith(QLatin1Char('.')) && !domain.contains(QLatin1String(".."));
    if (!plausible)
        return fail<QString>(
            email.size() > maxEmailLength
                ? Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "is longer than %1 characters: not "
                                                               "a plausible e-mail address"),
                              maxEmailLength)
                : Problem{QT_TRANSLATE_NOOP("sp::Problem", "is not a plausible e-mail address")});
    return {email, {}};
}

Parsed<QStringList> parseNationalities(const QString& text) {
    QStringList codes;
    std::vector<Problem> wrong; // by position: a nationality is personal data, never quoted
    int position = 0;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        const QString code = part.trimmed();
        if (code.isEmpty())
            continue;
        ++position;
        if (code.size() != 2 || !isAsciiLetters(code)) {
            wrong.push_back(Problem::verbatim(QString::number(position)));
            continue;
        }
        const QString normalised = normaliseCountryCode(code);
        if (!codes.contains(normalised))
            codes << normalised;
    }
    if (!wrong.empty()) {
        const bool one = wrong.size() == 1;
        return fail<QStringList>(
            {one ? QT_TRANSLATE_NOOP("sp::Problem", "entry %1: not a 2-letter country code "
                                                    "(separate codes with ';', e.g. FR;EL)")
                 : QT_TRANSLATE_NOOP("sp::Problem", "entries %1: not a 2-letter country "
                                                    "code (separate codes with ';', e.g. "
                                                    "FR;EL)"),
             {},
             {},
             {firstItems(std::move(wrong), false)}});
    }
    return {codes, {}};
}

Parsed<QDateTime> parseReceivedAt(const QString& text) {
    static const QRegularExpression iso(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt "
                       "]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?"
                       "(?:([Zz])|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$"));
    const QString value = text.trimmed();
    if (value.isEmpty())
        return fail<QDateTime>({QT_TRANSLATE_NOOP("sp::Problem", "is required")});
    const auto m = iso.match(value);
    if (!m.hasMatch())
        return fail<QDateTime>(
            aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not a date and time like "
                                                        "2025-04-30T11:59:59+02:00"),
                       value));
    if (!m.hasCaptured(8) && !m.hasCaptured(9))
        return fail<QDateTime>(aboutTyped(
            QT_TRANSLATE_NOOP("sp::Problem", "%1 has no time zone: add a time-zone offset or Z, "
                                             "e.g. 2025-04-30T11:59:59+02:00"),
            value));
    const QDate date(toInt(m.captured(1)), toInt(m.captured(2)), toInt(m.captured(3)));
    const int millis = toInt(m.captured(7).leftJustified(3, QLatin1Char('0')).left(3));
    const QTime time(toInt(m.captured(4)), toInt(m.captured(5)), toInt(m.captured(6)), millis);
    if (!date.isValid() || !time.isValid())
        return fail<QDateTime>(
            aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not a valid date and time"), value));
    int offset = 0;
    if (m.hasCaptured(9)) {
        const int hours = toInt(m.captured(10));
        const int minutes = toInt(m.captured(11));
        if (hours > 14 || minutes > 59)
            return fail<QDateTime>(aboutTyped(
                QT_TRANSLATE_NOOP("sp::Problem", "%1 has an invalid time-zone offset"), value));
        offset = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return {QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC(), {}};
}

Parsed<Category> parseCategory(const QString& text) {
    const QString key = text.trimmed();
    if (key.isEmpty())
        return fail<Category>({QT_TRANSLATE_NOOP("sp::Problem", "is required")});
    if (auto category = categoryFromKey(key.toLower()))
        return {*category, {}};
    return fail<Category>(
        aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "unknown category %1: use commission_official, "
                                                    "institution_official, laureate or external"),
                   key));
}

Parsed<std::optional<Education>> parseEducation(const QString& text) {
    const QString key = text.trimmed();
    if (key.isEmpty())
        return {std::nullopt, {}};
    if (auto education = educationFromKey(key.toLower()))
        return {education, {}};
    return fail<std::optional<Education>>(
        aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "unknown education %1: use post_secondary, "
                                                    "secondary or none, or leave it empty if "
                                                    "unknown"),
                   key));
}

Parsed<std::optional<double>> parseExperienceYears(const QString& text) {
    using Result = std::optional<double>;
    static const QRegularExpression number(QStringLiteral("^-?([0-9]+\\.?[0-9]*|\\.[0-9]+)$"));
    static const QRegularExpression commaDecimal(QStringLiteral("^-?[0-9]*,[0-9]+$"));
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {std::nullopt, {}};
    if (commaDecimal.match(value).hasMatch())
        return fail<Result>(Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "%1: write decimals with '.', e.g. %2"), quoted(value),
            excerpt(QString(value).replace(QLatin1Char(','), QLatin1Char('.')))));
    if (!number.match(value).hasMatch())
        return fail<Result>(
            aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not a number of years"), value));
    const double years = value.toDouble();
    if (years < 0 || years > maxExperienceYears)
        return fail<Result>(aboutTyped(
            QT_TRANSLATE_NOOP("sp::Problem", "%1 must be between 0 and 60 years"), value));
    return {years, {}};
}

Parsed<std::vector<LanguageSkill>> parseLanguages(const QString& text) {
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    std::vector<LanguageSkill> skills;
    std::vector<Problem> wrong;
    QSet<QString> seen;
    for (const QString& item : text.split(spaces, Qt::SkipEmptyParts)) {
        const auto colon = item.indexOf(QLatin1Char(':'));
        const QString code = item.left(colon).toLower();
        const auto level = cefrFromKey(item.mid(colon + 1));
        if (item.contains(QLatin1Char(',')) || item.contains(QLatin1Char(';')))
            wrong.push_back(aboutTyped(QT_TRANSLATE_NOOP("sp::Problem",
                                                         "%1: separate the languages with spaces, "
                                                         "e.g. en:C2 fr:B2"),
                                       item));
        else if (colon < 0)
            wrong.push_back(aboutTyped(
                QT_TRANSLATE_NOOP("sp::Problem", "%1 is not code:level, e.g. en:C1"), item));
        else if (!officialLanguages().contains(code))
            wrong.push_back(aboutTyped(
                QT_TRANSLATE_NOOP("sp::Problem", "%1 is not an official EU language code"), code));
        else if (!level)
            wrong.push_back(aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "%1: the level must be A1, "
                                                                        "A2, B1, B2, C1, C2 or "
                                                                        "native"),
                                       item));
        else if (seen.contains(code))
            wrong.push_back(
                aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "language %1 is given twice"), code));
        else {
            seen.insert(code);
            skills.push_back({code, *level});
        }
    }
    if (!wrong.empty())
        return fail<std::vector<LanguageSkill>>(firstItems(std::move(wrong), true));
    return {skills, {}};
}

Parsed<QString> parsePdfFileName(const QString& text) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    const QString name = text.trimmed();
    if (name.isEmpty())
        return fail<QString>({QT_TRANSLATE_NOOP("sp::Problem", "is required")});
    const QStringList parts =
        QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    const bool escapes = name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) ||
                         drive.match(name).hasMatch() || parts.contains(QStringLiteral("..")) ||
                         hasControlCharacter(name);
    if (escapes)
        return fail<QString>(
            aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "%1 must be a file name inside the PDF "
                                                        "folder (no absolute path, no \"..\")"),
                       name));
    return {name, {}};
}

Parsed<QString> parseReference(const QString& text) {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9/_.-]*$"));
    const QString reference = text.trimmed();
    if (reference.size() > maxReferenceLength || !allowed.match(reference).hasMatch())
        return fail<QString>(
            aboutTyped(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not a valid reference: at most "
                                                        "40 letters, digits and / _ . -"),
                       reference));
    return {reference, {}};
}

} // namespace sp
