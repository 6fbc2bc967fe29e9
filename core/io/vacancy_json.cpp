#include "io/vacancy_json.h"

#include "domain/error.h"
#include "io/json_fields.h"
#include "io/local_time_check.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <map>

namespace sp {

using json::ArrayReader;
using json::ObjectReader;

namespace {

const QString formatName = QStringLiteral("selection-panel/vacancy");
constexpr int maxWeight = 10;
constexpr int maxMaxMark = 20;
constexpr int maxInterviewBestN = 100000;
constexpr double maxExperienceYears = 50;

[[noreturn]] void failFile(const QString& source, const Problem& message) {
    throw Error(ErrorKind::BadInput,
                Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: %2"), {source}, {}, {message}});
}

bool isKey(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]+$"));
    return pattern.match(id).hasMatch();
}

QString requiredKey(const ObjectReader& object, const QString& field) {
    QString id = object.requiredString(field);
    if (!isKey(id))
        object.fail(
            field,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "'%1' must use only a-z, 0-9 and _"), id));
    return id;
}

// Line and column (1-based, in characters) of a byte offset, for a person to find the mistake.
Problem lineAndColumn(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "line %1, column %2"), line, column);
}

// Qt's wording names the parser's state ("unterminated object" for a missing comma); these say
// what the author most likely has to fix.
Problem explainSyntaxError(const QJsonParseError& error) {
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "a comma or a closing } is missing"));
    case QJsonParseError::MissingNameSeparator:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "a : is missing after a field name"));
    case QJsonParseError::UnterminatedArray:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "a comma or a closing ] is missing"));
    case QJsonParseError::MissingValueSeparator:
        return Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "a comma is missing between two values"));
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
        return Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "a value is not valid (texts are in double quotes; numbers are "
                           "plain, like 3 or 2.5, and not huge; true, false and null are lower "
                           "case)"));
    case QJsonParseError::MissingObject:
        return Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "a value is missing after a comma (no comma after the last item)"));
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::UnterminatedString:
        return Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "the file ends too early, or a text is missing its closing \""));
    case QJsonParseError::IllegalEscapeSequence:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "a \\ escape in a text is not valid"));
    case QJsonParseError::IllegalUTF8String:
        return Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "the text is not valid UTF-8 (save the file as UTF-8)"));
    case QJsonParseError::DeepNesting:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "brackets are nested too deeply"));
    case QJsonParseError::GarbageAtEnd:
        return Problem::of(
            QT_TRANSLATE_NOOP("sp::Problem", "something follows the closing } of the file"));
    default:
        return Problem::verbatim(error.errorString());
    }
}

QJsonObject parseTopLevel(QByteArray json, const QString& source) {
    if (json.size() > maxVacancyFileBytes)
        failFile(source, Problem::of(QT_TRANSLATE_NOOP(
                                         "sp::Problem",
                                         "the file is %1 bytes; a vacancy file may be at most %2 "
                                         "bytes (1 MB)"),
                                     json.size(), maxVacancyFileBytes));
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    if (json.trimmed().isEmpty())
        failFile(source, Problem::of(QT_TRANSLATE_NOOP(
                             "sp::Problem", "the file is empty; expected a JSON object { ... }")));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset is mostly just past the token it stopped at; one back points at it.
        const qsizetype offset =
            error.error == QJsonParseError::GarbageAtEnd ? error.offset : error.offset - 1;
        failFile(source, {QT_TRANSLATE_NOOP("sp::Problem", "near %1: not valid JSON: %2"),
                          {},
                          {},
                          {lineAndColumn(json, offset), explainSyntaxError(error)}});
    }
    if (!document.isObject())
        failFile(source,
                 Problem::of(document.isArray()
                                 ? QT_TRANSLATE_NOOP("sp::Problem", "the top level must be a JSON "
                                                                    "object { ... }, not an array")
                                 : QT_TRANSLATE_NOOP("sp::Problem",
                                                     "the top level must be a JSON object { ... }, "
                                                     "not a single value")));
    return document.object();
}

// Checked before anything else, so that a newer file is reported as newer and not as a list
// of unknown fields.
void checkFormat(const ObjectReader& root) {
    if (!root.has(QStringLiteral("format")))
        root.fail(QStringLiteral("format"),
                  Problem::of(QT_TRANSLATE_NOOP(
                                  "sp::Problem",
                                  "is required but missing: this is not a Selection Panel vacancy "
                                  "file (expected \"format\": \"%1\")"),
                              formatName));
    const QString format = root.requiredString(QStringLiteral("format"));
    if (format != formatName)
        root.fail(
            QStringLiteral("format"),
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "is \"%1\"; a vacancy file has \"%2\""),
                        format, formatName));
    const int version = root.requiredInt(QStringLiteral("format_version"), 1, 1000000);
    if (version > vacancyFormatVersion)
        root.fail(QStringLiteral("format_version"),
                  Problem::of(QT_TRANSLATE_NOOP(
                                  "sp::Problem",
                                  "version %1 was written for a newer Selection Panel (this one "
                                  "reads version %2): update Selection Panel to open it"),
                              version, vacancyFormatVersion));
}

QString countryCode(const ArrayReader& list, int index) {
    const QString code = normaliseCountryCode(list.string(index));
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!twoLetters.match(code).hasMatch())
        list.fail(index, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                       "'%1' is not a two-letter country code"),
                                     code));
    if (!euMemberStates().contains(code))
        list.fail(index,
                  Problem::of(
                      QT_TRANSLATE_NOOP("sp::Problem",
                                        "'%1' is not an EU Member State (the EU-27, Greece as EL)"),
                      code));
    return code;
}

// A list where each entry may appear once; entries are compared after normalisation, so "GR"
// and "EL" are the same country.
template <typename ReadEntry> QStringList uniqueList(const ArrayReader& list, ReadEntry readEntry) {
    QStringList result;
    for (int i = 0; i < list.size(); ++i) {
        QString entry = readEntry(list, i);
        if (const auto earlier = result.indexOf(entry); earlier >= 0)
            list.fail(i, Problem::of(
                             QT_TRANSLATE_NOOP("sp::Problem", "'%1' is listed twice (also at %2)"),
                             entry, list.pathOf(static_cast<int>(earlier))));
        result << entry;
    }
    return result;
}

QStringList memberStates(const ArrayReader& list) {
    return uniqueList(list, countryCode);
}

QStringList languageCodes(const ArrayReader& list) {
    return uniqueList(list, [](const ArrayReader& l, int i) {
        const QString code = l.string(i).toLower();
        if (!officialLanguages().contains(code))
            l.fail(i, Problem::of(
                          QT_TRANSLATE_NOOP("sp::Problem",
                                            "'%1' is not one of the 24 official EU languages (%2)"),
                          code, officialLanguages().join(QLatin1Char(' '))));
        return code;
    });
}

CefrLevel cefrLevel(const ObjectReader& object, const QString& field) {
    const QString text = object.requiredString(field);
    const auto level = cefrFromKey(text);
    if (!level || *level == CefrLevel::Native)
        object.fail(
            field,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "'%1' is not a CEFR level: use A1, A2, B1, B2, C1 or C2"),
                        text));
    return *level;
}

struct GradeNumber {
    QString prefix;
    int number = 0;
};

std::optional<GradeNumber> splitGrade(const QString& grade) {
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z ]*?)\\s*(\\d{1,3})$"));
    const auto match = pattern.match(grade);
    if (!match.hasMatch())
        return std::nullopt;
    return GradeNumber{match.captured(1), match.captured(2).toInt()};
}

void readGrades(const ObjectReader& grades, Vacancy& v) {
    v.gradeMin = grades.requiredString(QStringLiteral("min"));
    v.gradeMax = grades.requiredString(QStringLiteral("max"));
    const auto min = splitGrade(v.gradeMin);
    const auto max = splitGrade(v.gradeMax);
    if (min && max && min->prefix == max->prefix && min->number > max->number)
        grades.fail(
            QStringLiteral("max"),
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "'%1' is below the minimum grade '%2'"),
                        v.gradeMax, v.gradeMin));
    if (auto list = grades.optionalArray(QStringLiteral("needing_justification"))) {
        v.gradesNeedingJustification = uniqueList(*list, [&](const ArrayReader& l, int i) {
            QString grade = l.string(i);
            const auto g = splitGrade(grade);
            if (min && max && g && g->prefix == min->prefix && g->prefix == max->prefix &&
                (g->number < min->number || g->number > max->number))
                l.fail(i, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                        "'%1' is outside the grade range %2 to %3"),
                                      grade, v.gradeMin, v.gradeMax));
            return grade;
        });
    }
    grades.rejectUnknownFields();
}

void readDeadline(const ObjectReader& deadline, Vacancy& v) {
    const QString local = deadline.requiredString(QStringLiteral("local"));
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto match = pattern.match(local);
    if (!match.hasMatch())
        deadline.fail(QStringLiteral("local"),
                      Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                    "'%1' must be a local date and time like "
                                                    "\"2025-04-30T12:00:00\", without an offset "
                                                    "or Z (the time zone is 'deadline.zone')"),
                                  local));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        deadline.fail(
            QStringLiteral("local"),
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a real date and time"),
                        local));

    v.deadlineZone = deadline.requiredString(QStringLiteral("zone"));
    if (!QTimeZone::isTimeZoneIdAvailable(v.deadlineZone.toUtf8()))
        deadline.fail(
            QStringLiteral("zone"),
            Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem",
                                  "'%1' is not a known IANA time zone (e.g. \"Europe/Brussels\")"),
                v.deadlineZone));
    const QTimeZone zone(v.deadlineZone.toUtf8());
    switch (classifyLocalTime(date, time, zone)) {
    case LocalTimeKind::Unique:
        break;
    case LocalTimeKind::Skipped:
        deadline.fail(
            QStringLiteral("local"),
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "%1 does not exist in %2: the clocks go forward over it; "
                                          "choose another time"),
                        local, v.deadlineZone));
    case LocalTimeKind::Repeated:
        deadline.fail(QStringLiteral("local"),
                      Problem::of(QT_TRANSLATE_NOOP(
                                      "sp::Problem",
                                      "%1 happens twice in %2: the clocks go back over it; choose "
                                      "a time that is not ambiguous"),
                                  local, v.deadlineZone));
    }
    v.deadlineLocal = QDateTime(date, time);
    deadline.rejectUnknownFields();
}

void readEligibility(const ObjectReader& eligibility, EligibilityRequirements& e) {
    const ArrayReader states = eligibility.requiredArray(QStringLiteral("member_states"));
    if (states.size() == 0)
        states.fail(
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "must list at least one Member State")));
    e.memberStates = memberStates(states);

    const ObjectReader education = eligibility.requiredObject(QStringLiteral("education"));
    e.postSecondaryDiploma = education.requiredBool(QStringLiteral("post_secondary_diploma"));
    e.secondaryMinExperienceYears = education.requiredNumber(
        QStringLiteral("secondary_min_experience_years"), 0, maxExperienceYears);
    education.rejectUnknownFields();

    const ObjectReader languages = eligibility.requiredObject(QStringLiteral("languages"));
    e.mainLanguageMin = cefrLevel(languages, QStringLiteral("main_min"));
    e.secondLanguageMin = cefrLevel(languages, QStringLiteral("second_min"));
    const ArrayReader official = languages.requiredArray(QStringLiteral("official"));
    e.officialLanguages = languageCodes(official);
    if (e.officialLanguages.size() < 2)
        official.fail(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "must list at least two languages: a main and a second, "
                           "different one")));
    languages.rejectUnknownFields();

    if (auto declarations = eligibility.optionalArray(QStringLiteral("declarations"))) {
        for (int i = 0; i < declarations->size(); ++i) {
            const ObjectReader declaration = declarations->object(i);
            const QString id = requiredKey(declaration, QStringLiteral("id"));
            if (const auto earlier = e.declarations.indexOf(id); earlier >= 0)
                declaration.fail(
                    QStringLiteral("id"),
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "'%1' is already used by %2"), id,
                                declarations->pathOf(static_cast<int>(earlier))));
            e.declarations << id;
            e.declarationLabels << declaration.requiredString(QStringLiteral("label"));
            declaration.rejectUnknownFields();
        }
    }
    eligibility.rejectUnknownFields();
}

std::vector<Criterion> readCriteria(const ArrayReader& list) {
    std::vector<Criterion> criteria;
    std::map<std::pair<Stage, QString>, int> firstIndex;
    for (int i = 0; i < list.size(); ++i) {
        const ObjectReader item = list.object(i);
        Criterion c;
        const QString stage = item.requiredString(QStringLiteral("stage"));
        const auto parsedStage = stageFromKey(stage);
        if (!parsedStage)
            item.fail(
                QStringLiteral("stage"),
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "'%1' must be \"preselection\" or \"interview\""),
                            stage));
        c.stage = *parsedStage;
        c.id = requiredKey(item, QStringLiteral("id"));
        const auto [where, inserted] = firstIndex.try_emplace({c.stage, c.id}, i);
        if (!inserted)
            item.fail(
                QStringLiteral("id"),
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "'%1' is already used by %2, in the same stage"),
                            c.id, list.pathOf(where->second)));
        c.label = item.requiredString(QStringLiteral("label"));
        c.weight = item.requiredInt(QStringLiteral("weight"), 1, maxWeight);
        c.maxMark = item.requiredInt(QStringLiteral("max_mark"), 1, maxMaxMark);
        item.rejectUnknownFields();
        criteria.push_back(c);
    }
    if (std::none_of(criteria.begin(), criteria.end(),
                     [](const Criterion& c) { return c.stage == Stage::Preselection; }))
        list.fail(Problem::of(QT_TRANSLATE_NOOP(
            "sp::Problem", "must contain at least one \"preselection\" criterion")));
    return criteria;
}

double highestTotal(const std::vector<Criterion>& criteria, Stage stage) {
    double total = 0;
    for (const auto& c : criteria)
        if (c.stage == stage)
            total += c.weight * c.maxMark;
    return total;
}

Thresholds readThresholds(const ObjectReader& object, const std::vector<Criterion>& criteria) {
    Thresholds t;
    const double preselectionMax = highestTotal(criteria, Stage::Preselection);
    const double interviewMax = highestTotal(criteria, Stage::Interview);
    t.interviewBestN = object.optionalInt(QStringLiteral("interview_best_n"), 1, maxInterviewBestN);
    t.interviewMinTotal = object.optionalNumber(
        QStringLiteral("interview_min_total"), 0, preselectionMax,
        QT_TRANSLATE_NOOP("sp::Problem", "the highest weighted pre-selection total"));
    if (!t.interviewBestN && !t.interviewMinTotal)
        json::failField(
            object.source(), object.path(),
            Problem::of(QT_TRANSLATE_NOOP(
                "sp::Problem", "must give interview_best_n, interview_min_total or both: who is "
                               "invited to interview")));
    const QString passMark = QStringLiteral("interview_pass_mark");
    if (interviewMax > 0) {
        if (!object.has(passMark))
            object.fail(passMark, Problem::of(QT_TRANSLATE_NOOP(
                                      "sp::Problem", "is required: it decides which interviewed "
                                                     "candidates are suitable")));
        t.interviewPassMark = object.requiredNumber(
            passMark, 0, interviewMax,
            QT_TRANSLATE_NOOP("sp::Problem", "the highest weighted interview total"));
    } else if (object.has(passMark)) {
        object.fail(passMark, Problem::of(QT_TRANSLATE_NOOP(
                                  "sp::Problem", "there are no \"interview\" criteria to mark")));
    }
    if (auto spread = object.optionalNumber(QStringLiteral("spread_flag"), 0, maxMaxMark)) {
        if (*spread <= 0)
            object.fail(QStringLiteral("spread_flag"),
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "must be greater than 0")));
        t.spreadFlag = *spread;
    }
    object.rejectUnknownFields();
    return t;
}

PriorityOrder priorityOrder(const ObjectReader& root) {
    const auto text = root.optionalString(QStringLiteral("priority_order"));
    if (!text || *text == QLatin1String("strict"))
        return PriorityOrder::Strict;
    if (*text == QLatin1String("grouped"))
        return PriorityOrder::Grouped;
    root.fail(
        QStringLiteral("priority_order"),
        Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "'%1' must be \"strict\" or \"grouped\""),
                    *text));
}

} // namespace

Vacancy parseVacancyJson(const QByteArray& json, const QString& sourceName) {
    const ObjectReader root(parseTopLevel(json, sourceName), QString(), sourceName);
    checkFormat(root);

    Vacancy v;
    v.reference = root.requiredString(QStringLiteral("reference"));
    v.title = root.requiredString(QStringLiteral("title"));
    v.dg = root.requiredString(QStringLiteral("dg"));
    v.dgName = root.requiredString(QStringLiteral("dg_name"));
    v.unit = root.requiredString(QStringLiteral("unit"));
    v.place = root.requiredString(QStringLiteral("place"));
    v.staffCategory = root.requiredString(QStringLiteral("staff_category"));
    v.functionGroup = root.requiredString(QStringLiteral("function_group"));
    readGrades(root.requiredObject(QStringLiteral("grades")), v);
    readDeadline(root.requiredObject(QStringLiteral("deadline")), v);
    readEligibility(root.requiredObject(QStringLiteral("eligibility")), v.eligibility);
    v.criteria = readCriteria(root.requiredArray(QStringLiteral("criteria")));
    v.thresholds = readThresholds(root.requiredObject(QStringLiteral("thresholds")), v.criteria);
    if (auto questions = root.optionalArray(QStringLiteral("interview_questions")))
        v.interviewQuestions = questions->strings();
    if (auto states = root.optionalArray(QStringLiteral("under_represented")))
        v.underRepresented = memberStates(*states);
    v.priorityOrder = priorityOrder(root);
    root.rejectUnknownFields();
    return v;
}

Vacancy loadVacancyFile(const QString& path) {
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: no such file"), path));
    if (QFileInfo(path).isDir())
        failFile(path,
                 Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "is a folder, not a vacancy file")));
    if (!file.open(QIODevice::ReadOnly))
        failFile(path, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "cannot be read: %1"),
                                   file.errorString()));
    // Reading one byte past the limit tells "too large" without reading a huge file whole.
    const QByteArray json = file.read(maxVacancyFileBytes + 1);
    if (json.size() > maxVacancyFileBytes)
        failFile(path, Problem::of(QT_TRANSLATE_NOOP(
                                       "sp::Problem",
                                       "the file is larger than %1 bytes (1 MB): this is not a "
                                       "vacancy file"),
                                   maxVacancyFileBytes));
    return parseVacancyJson(json, path);
}

} // namespace sp
