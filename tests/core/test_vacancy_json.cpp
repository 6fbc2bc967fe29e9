#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "io/vacancy_json.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QDateTime& time, std::ostream* os) {
    *os << time.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

namespace sp {
namespace {

const QString source = QStringLiteral("vacancy.json");

QByteArray exampleJson() {
    QFile file(test::exampleVacancy());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << test::exampleVacancy().toStdString();
    return file.readAll();
}

QJsonObject exampleObject() {
    return QJsonDocument::fromJson(exampleJson()).object();
}

QByteArray toBytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

// Sets (or, with no value, removes) the field at a path like "criteria[2].weight".
QJsonValue edited(const QJsonValue& node, QStringList steps,
                  const std::optional<QJsonValue>& value) {
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]$"));
    const QString step = steps.takeFirst();
    QJsonObject object = node.toObject();
    const auto match = indexed.match(step);
    if (match.hasMatch()) {
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int index = match.captured(2).toInt();
        if (steps.isEmpty() && !value)
            array.removeAt(index);
        else
            array[index] = steps.isEmpty() ? *value : edited(array.at(index), steps, value);
        object[match.captured(1)] = array;
    } else if (steps.isEmpty()) {
        if (value)
            object[step] = *value;
        else
            object.remove(step);
    } else {
        object[step] = edited(object.value(step), steps, value);
    }
    return object;
}

QByteArray exampleWith(const QString& path, const std::optional<QJsonValue>& value) {
    return toBytes(edited(exampleObject(), path.split(QLatin1Char('.')), value).toObject());
}

// The message of the BadInput error the input gets, or a note saying what happened instead.
QString refusal(const QByteArray& json) {
    try {
        parseVacancyJson(json, source);
        return QStringLiteral("(accepted)");
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::BadInput)
            return QStringLiteral("(not BadInput) ") + e.message();
        return e.message();
    }
}

TEST(VacancyJson, TheExampleVacancyReadsAsTheNoticeSays) {
    const Vacancy v = parseVacancyJson(exampleJson(), source);
    EXPECT_EQ(v.reference, "CLIMA/COM/2025/814");
    EXPECT_EQ(v.title, QStringLiteral("IT Security Assistant – Security Assurance Development"));
    EXPECT_EQ(v.dg, "CLIMA");
    EXPECT_EQ(v.dgName, "Directorate-General for Climate Action");
    EXPECT_EQ(v.unit, QStringLiteral("CLIMA.E.3 – Climate Information Systems"));
    EXPECT_EQ(v.place, "Brussels");
    EXPECT_EQ(v.staffCategory, "Temporary agent 2(b)/2(d)");
    EXPECT_EQ(v.functionGroup, "AST");
    EXPECT_EQ(v.gradeMin, "AST1");
    EXPECT_EQ(v.gradeMax, "AST4");
    EXPECT_EQ(v.gradesNeedingJustification, QStringList{"AST4"});
    EXPECT_EQ(v.deadlineZone, "Europe/Brussels");
    EXPECT_EQ(v.deadlineUtc(), QDateTime(QDate(2025, 4, 30), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(v.eligibility.memberStates, euMemberStates());
    EXPECT_TRUE(v.eligibility.postSecondaryDiploma);
    EXPECT_EQ(v.eligibility.secondaryMinExperienceYears, 3);
    EXPECT_EQ(v.eligibility.mainLanguageMin, CefrLevel::C1);
    EXPECT_EQ(v.eligibility.secondLanguageMin, CefrLevel::B2);
    EXPECT_EQ(v.eligibility.officialLanguages, officialLanguages());
    EXPECT_EQ(v.eligibility.declarations, (QStringList{"military_service", "character_references",
                                                       "qualification_recognised"}));
    EXPECT_EQ(v.eligibility.declarationLabels.size(), 3);
    EXPECT_EQ(v.underRepresented, (QStringList{"AT", "CY", "CZ", "DK", "NL", "EE", "FI", "DE", "IE",
                                               "LU", "MT", "PL", "PT", "SK", "SE"}));
    EXPECT_EQ(v.priorityOrder, PriorityOrder::Strict);
    EXPECT_EQ(v.thresholds.interviewBestN, 8);
    EXPECT_FALSE(v.thresholds.interviewMinTotal.has_value());
    EXPECT_EQ(v.thresholds.spreadFlag, 2);
    EXPECT_GE(v.interviewQuestions.size(), 5);
}

TEST(VacancyJson, TheExampleGridFollowsTheHouseScaleAndItsPassMarkIsSixtyPercent) {
    const Vacancy v = parseVacancyJson(exampleJson(), source);
    int preselection = 0;
    int interviewMax = 0;
    for (const Criterion& c : v.criteria) {
        EXPECT_EQ(c.maxMark, 4) << c.id.toStdString();
        EXPECT_GE(c.weight, 1) << c.id.toStdString();
        EXPECT_LE(c.weight, 3) << c.id.toStdString();
        if (c.stage == Stage::Preselection)
            ++preselection;
        else
            interviewMax += c.weight * c.maxMark;
    }
    EXPECT_GE(preselection, 5);
    EXPECT_EQ(v.criteria.front().id, "security_certifications");
    ASSERT_TRUE(v.thresholds.interviewPassMark.has_value());
    EXPECT_DOUBLE_EQ(*v.thresholds.interviewPassMark, 0.6 * interviewMax);
}

TEST(VacancyJson, TheBuiltInExampleLoadsFromTheProgramsResources) {
    EXPECT_EQ(builtinExampleVacancyJson(), exampleJson());
    const Vacancy& v = builtinExampleVacancy();
    EXPECT_EQ(v.reference, "CLIMA/COM/2025/814");
    EXPECT_EQ(v.deadlineUtc(), QDateTime(QDate(2025, 4, 30), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(&builtinExampleVacancy(), &v);
}

struct DeadlineCase {
    const char* local;
    const char* zone;
    QDateTime utc;
};

class DeadlineInUtc : public ::testing::TestWithParam<DeadlineCase> {};

TEST_P(DeadlineInUtc, FollowsTheZonesDaylightSaving) {
    const DeadlineCase& c = GetParam();
    QJsonObject deadline{{"local", c.local}, {"zone", c.zone}};
    const Vacancy v = parseVacancyJson(exampleWith(QStringLiteral("deadline"), deadline), source);
    EXPECT_EQ(v.deadlineUtc(), c.utc);
}

QDateTime utc(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::UTC);
}

INSTANTIATE_TEST_SUITE_P(
    VacancyJson, DeadlineInUtc,
    ::testing::Values(DeadlineCase{"2025-04-30T12:00:00", "Europe/Brussels", utc(4, 30, 10)},
                      DeadlineCase{"2025-01-15T12:00:00", "Europe/Brussels", utc(1, 15, 11)},
                      DeadlineCase{"2025-04-30T12:00", "Europe/Brussels", utc(4, 30, 10)},
                      DeadlineCase{"2025-03-30T03:00:00", "Europe/Brussels", utc(3, 30, 1)},
                      DeadlineCase{"2025-10-26T03:00:00", "Europe/Brussels", utc(10, 26, 2)},
                      DeadlineCase{"2025-07-01T09:30:00", "America/New_York", utc(7, 1, 13, 30)},
                      DeadlineCase{"2025-04-30T12:00:00", "UTC", utc(4, 30, 12)}));

struct FieldCase {
    const char* path;                // the field the case changes
    std::optional<QJsonValue> value; // none: the field is removed
    const char* expected;            // the message after "vacancy.json: "
};

void PrintTo(const FieldCase& c, std::ostream* os) {
    *os << c.path << " -> " << c.expected;
}

class RefusedField : public ::testing::TestWithParam<FieldCase> {};

TEST_P(RefusedField, IsBadInputNamingTheField) {
    const FieldCase& c = GetParam();
    EXPECT_EQ(refusal(exampleWith(QString::fromUtf8(c.path), c.value)).toStdString(),
              "vacancy.json: " + std::string(c.expected));
}

QJsonArray interviewOnlyCriteria() {
    return {QJsonObject{{"stage", "interview"},
                        {"id", "technical_depth"},
                        {"label", "Technical depth"},
                        {"weight", 3},
                        {"max_mark", 4}}};
}

INSTANTIATE_TEST_SUITE_P(
    VacancyJson, RefusedField,
    ::testing::Values(
        // format and version
        FieldCase{"format", std::nullopt,
                  "field 'format': is required but missing: this is not a Selection Panel "
                  "vacancy file (expected \"format\": \"selection-panel/vacancy\")"},
        FieldCase{"format", "selection-panel/case",
                  "field 'format': is \"selection-panel/case\"; a vacancy file has "
                  "\"selection-panel/vacancy\""},
        FieldCase{"format_version", 2,
                  "field 'format_version': version 2 was written for a newer Selection Panel "
                  "(this one reads version 1): update Selection Panel to open it"},
        FieldCase{"format_version", 0,
                  "field 'format_version': must be an integer from 1 to 1000000"},
        FieldCase{"format_version", "1",
                  "field 'format_version': must be an integer from 1 to 1000000"},
        // plain texts
        FieldCase{"title", std::nullopt, "field 'title': is required but missing"},
        FieldCase{"title", "", "field 'title': must not be empty"},
        FieldCase{"title", "   ", "field 'title': must not be empty"},
        FieldCase{"title", 42, "field 'title': must be a string, not a number"},
        FieldCase{"reference", QJsonValue(), "field 'reference': is required but null"},
        FieldCase{"unit", QJsonArray{"E3"}, "field 'unit': must be a string, not an array"},
        FieldCase{"dealine", "2025-04-30", "field 'dealine': is not a known field (misspelt?)"},
        // grades
        FieldCase{"grades", "AST1-AST4", "field 'grades': must be an object { ... }, not a string"},
        FieldCase{"grades.max", "AST0",
                  "field 'grades.max': 'AST0' is below the minimum grade "
                  "'AST1'"},
        FieldCase{"grades.needing_justification[0]", "AST7",
                  "field 'grades.needing_justification[0]': 'AST7' is outside the grade range "
                  "AST1 to AST4"},
        // deadline
        FieldCase{"deadline.zone", "Europe/Brusels",
                  "field 'deadline.zone': 'Europe/Brusels' is not a known IANA time zone (e.g. "
                  "\"Europe/Brussels\")"},
        FieldCase{"deadline.zone", std::nullopt, "field 'deadline.zone': is required but missing"},
        FieldCase{"deadline.local", "2025-04-30T12:00:00+02:00",
                  "field 'deadline.local': '2025-04-30T12:00:00+02:00' must be a local date and "
                  "time like \"2025-04-30T12:00:00\", without an offset or Z (the time zone is "
                  "'deadline.zone')"},
        FieldCase{"deadline.local", "2025-04-30T10:00:00Z",
                  "field 'deadline.local': '2025-04-30T10:00:00Z' must be a local date and time "
                  "like \"2025-04-30T12:00:00\", without an offset or Z (the time zone is "
                  "'deadline.zone')"},
        FieldCase{"deadline.local", "30/04/2025 12:00",
                  "field 'deadline.local': '30/04/2025 12:00' must be a local date and time like "
                  "\"2025-04-30T12:00:00\", without an offset or Z (the time zone is "
                  "'deadline.zone')"},
        FieldCase{"deadline.local", "2025-02-30T12:00:00",
                  "field 'deadline.local': '2025-02-30T12:00:00' is not a real date and time"},
        FieldCase{"deadline.local", "2025-04-30T24:30:00",
                  "field 'deadline.local': '2025-04-30T24:30:00' is not a real date and time"},
        FieldCase{"deadline.local", "2025-03-30T02:30:00",
                  "field 'deadline.local': 2025-03-30T02:30:00 does not exist in "
                  "Europe/Brussels: the clocks go forward over it; choose another time"},
        FieldCase{"deadline.local", "2025-10-26T02:30:00",
                  "field 'deadline.local': 2025-10-26T02:30:00 happens twice in Europe/Brussels: "
                  "the clocks go back over it; choose a time that is not ambiguous"},
        // eligibility
        FieldCase{"eligibility", QJsonArray(),
                  "field 'eligibility': must be an object { ... }, not an array"},
        FieldCase{"eligibility.member_states[3]", "XX",
                  "field 'eligibility.member_states[3]': 'XX' is not an EU Member State (the "
                  "EU-27, Greece as EL)"},
        FieldCase{"eligibility.member_states[0]", "CH",
                  "field 'eligibility.member_states[0]': 'CH' is not an EU Member State (the "
                  "EU-27, Greece as EL)"},
        FieldCase{"eligibility.member_states[3]", "CYP",
                  "field 'eligibility.member_states[3]': 'CYP' is not a two-letter country code"},
        FieldCase{"eligibility.member_states[0]", "GR",
                  "field 'eligibility.member_states[11]': 'EL' is listed twice (also at "
                  "eligibility.member_states[0])"},
        FieldCase{"eligibility.member_states[0]", 32,
                  "field 'eligibility.member_states[0]': must be a string, not a number"},
        FieldCase{"eligibility.member_states", QJsonArray(),
                  "field 'eligibility.member_states': must list at least one Member State"},
        FieldCase{"eligibility.education.post_secondary_diploma", "yes",
                  "field 'eligibility.education.post_secondary_diploma': must be true or false, "
                  "not a string"},
        FieldCase{"eligibility.education.secondary_min_experience_years", -1,
                  "field 'eligibility.education.secondary_min_experience_years': must be a "
                  "number from 0 to 50"},
        FieldCase{"eligibility.languages.main_min", "C3",
                  "field 'eligibility.languages.main_min': 'C3' is not a CEFR level: use A1, "
                  "A2, B1, B2, C1 or C2"},
        FieldCase{"eligibility.languages.second_min", "native",
                  "field 'eligibility.languages.second_min': 'native' is not a CEFR level: use "
                  "A1, A2, B1, B2, C1 or C2"},
        FieldCase{"eligibility.languages.official[2]", "lb",
                  "field 'eligibility.languages.official[2]': 'lb' is not one of the 24 official "
                  "EU languages (bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro "
                  "sk sl sv)"},
        FieldCase{"eligibility.languages.official", QJsonArray{"en"},
                  "field 'eligibility.languages.official': must list at least two languages: a "
                  "main and a second, different one"},
        FieldCase{"eligibility.declarations[1].id", "military_service",
                  "field 'eligibility.declarations[1].id': 'military_service' is already used "
                  "by eligibility.declarations[0]"},
        FieldCase{"eligibility.declarations[0]", "military_service",
                  "field 'eligibility.declarations[0]': must be an object { ... }, not a string"},
        FieldCase{"eligibility.declarations[2].label", std::nullopt,
                  "field 'eligibility.declarations[2].label': is required but missing"},
        // criteria
        FieldCase{"criteria[2].weight", 11,
                  "field 'criteria[2].weight': must be an integer from 1 to 10"},
        FieldCase{"criteria[2].weight", 0,
                  "field 'criteria[2].weight': must be an integer from 1 to 10"},
        FieldCase{"criteria[2].weight", 2.5,
                  "field 'criteria[2].weight': must be an integer from 1 to 10"},
        FieldCase{"criteria[2].weight", 1e308,
                  "field 'criteria[2].weight': must be an integer from 1 to 10"},
        FieldCase{"criteria[2].weight", "3",
                  "field 'criteria[2].weight': must be an integer from 1 to 10"},
        FieldCase{"criteria[2].weight", std::nullopt,
                  "field 'criteria[2].weight': is required but missing"},
        FieldCase{"criteria[0].max_mark", 21,
                  "field 'criteria[0].max_mark': must be an integer from 1 to 20"},
        FieldCase{"criteria[0].max_mark", -4,
                  "field 'criteria[0].max_mark': must be an integer from 1 to 20"},
        FieldCase{"criteria[0].stage", "final",
                  "field 'criteria[0].stage': 'final' must be \"preselection\" or \"interview\""},
        FieldCase{"criteria[1].id", "Security Practices",
                  "field 'criteria[1].id': 'Security Practices' must use only a-z, 0-9 and _"},
        FieldCase{"criteria[1].id", "security_certifications",
                  "field 'criteria[1].id': 'security_certifications' is already used by "
                  "criteria[0], in the same stage"},
        FieldCase{"criteria[0].label", " ", "field 'criteria[0].label': must not be empty"},
        FieldCase{"criteria[0].wieght", 2,
                  "field 'criteria[0].wieght': is not a known field (misspelt?)"},
        FieldCase{"criteria[3]", 7,
                  "field 'criteria[3]': must be an object { ... }, not a "
                  "number"},
        FieldCase{"criteria", QJsonArray(),
                  "field 'criteria': must contain at least one \"preselection\" criterion"},
        FieldCase{"criteria", interviewOnlyCriteria(),
                  "field 'criteria': must contain at least one \"preselection\" criterion"},
        // thresholds
        FieldCase{"thresholds.interview_best_n", 0,
                  "field 'thresholds.interview_best_n': must be an integer from 1 to 100000"},
        FieldCase{"thresholds.interview_best_n", 4294967297.0,
                  "field 'thresholds.interview_best_n': must be an integer from 1 to 100000"},
        FieldCase{"thresholds.interview_best_n", std::nullopt,
                  "field 'thresholds': must give interview_best_n, interview_min_total or both: "
                  "who is invited to interview"},
        FieldCase{"thresholds.interview_min_total", 49,
                  "field 'thresholds.interview_min_total': must be a number from 0 to 48 (the "
                  "highest weighted pre-selection total)"},
        FieldCase{"thresholds.interview_pass_mark", 40.5,
                  "field 'thresholds.interview_pass_mark': must be a number from 0 to 40 (the "
                  "highest weighted interview total)"},
        FieldCase{"thresholds.interview_pass_mark", std::nullopt,
                  "field 'thresholds.interview_pass_mark': is required: it decides which "
                  "interviewed candidates are suitable"},
        FieldCase{"thresholds.spread_flag", 0,
                  "field 'thresholds.spread_flag': must be greater than 0"},
        FieldCase{"thresholds.spread_flag", 1e308,
                  "field 'thresholds.spread_flag': must be a number from 0 to 20"},
        // the rest
        FieldCase{"interview_questions[1]", "",
                  "field 'interview_questions[1]': must not be empty"},
        FieldCase{"interview_questions", "Why this post?",
                  "field 'interview_questions': must be an array [ ... ], not a string"},
        FieldCase{"under_represented[0]", "UK",
                  "field 'under_represented[0]': 'UK' is not an EU Member State (the EU-27, "
                  "Greece as EL)"},
        FieldCase{"priority_order", "random",
                  "field 'priority_order': 'random' must be \"strict\" or \"grouped\""}));

TEST(VacancyJson, APassMarkWithoutInterviewCriteriaIsRefused) {
    QJsonObject root = exampleObject();
    QJsonArray preselectionOnly;
    for (const QJsonValue& c : root.value("criteria").toArray())
        if (c.toObject().value("stage") == QLatin1String("preselection"))
            preselectionOnly.append(c);
    root["criteria"] = preselectionOnly;
    EXPECT_EQ(refusal(toBytes(root)),
              "vacancy.json: field 'thresholds.interview_pass_mark': there are no \"interview\" "
              "criteria to mark");
    QJsonObject thresholds = root.value("thresholds").toObject();
    thresholds.remove("interview_pass_mark");
    root["thresholds"] = thresholds;
    EXPECT_EQ(refusal(toBytes(root)), "(accepted)");
}

TEST(VacancyJson, TheSameCriterionIdMayBeUsedInBothStages) {
    const Vacancy v = parseVacancyJson(
        exampleWith(QStringLiteral("criteria[6].id"), "security_certifications"), source);
    EXPECT_EQ(v.criteria[0].id, v.criteria[6].id);
    EXPECT_NE(v.criteria[0].stage, v.criteria[6].stage);
}

TEST(VacancyJson, CodesAreNormalisedAndTextsTrimmed) {
    QJsonObject root = exampleObject();
    root["reference"] = "  CLIMA/COM/2025/814 ";
    root = edited(root, {"eligibility", "member_states"}, QJsonArray{" gr", "be"}).toObject();
    root =
        edited(root, {"eligibility", "languages", "official"}, QJsonArray{"EN", "Fr"}).toObject();
    root["under_represented"] = QJsonArray{"GR"};
    root = edited(root, {"eligibility", "languages", "main_min"}, "c1").toObject();
    const Vacancy v = parseVacancyJson(toBytes(root), source);
    EXPECT_EQ(v.reference, "CLIMA/COM/2025/814");
    EXPECT_EQ(v.eligibility.memberStates, (QStringList{"EL", "BE"}));
    EXPECT_EQ(v.eligibility.officialLanguages, (QStringList{"en", "fr"}));
    EXPECT_EQ(v.underRepresented, QStringList{"EL"});
    EXPECT_EQ(v.eligibility.mainLanguageMin, CefrLevel::C1);
}

TEST(VacancyJson, OptionalFieldsTakeTheirDocumentedDefaults) {
    QJsonObject root = exampleObject();
    for (const char* field : {"interview_questions", "under_represented", "priority_order"})
        root.remove(field);
    root = edited(root, {"eligibility", "declarations"}, std::nullopt).toObject();
    root = edited(root, {"grades", "needing_justification"}, std::nullopt).toObject();
    root = edited(root, {"thresholds", "spread_flag"}, QJsonValue()).toObject();
    const Vacancy v = parseVacancyJson(toBytes(root), source);
    EXPECT_TRUE(v.interviewQuestions.isEmpty());
    EXPECT_TRUE(v.underRepresented.isEmpty());
    EXPECT_EQ(v.priorityOrder, PriorityOrder::Strict);
    EXPECT_TRUE(v.eligibility.declarations.isEmpty());
    EXPECT_TRUE(v.gradesNeedingJustification.isEmpty());
    EXPECT_EQ(v.thresholds.spreadFlag, 2);
}

struct TextCase {
    const char* name;
    QByteArray json;
    std::string expected; // the message after "vacancy.json: "
};

const std::string invalidValue = "a value is not valid (texts are in double quotes; numbers are "
                                 "plain, like 3 or 2.5, and not huge; true, false and null are "
                                 "lower case)";

void PrintTo(const TextCase& c, std::ostream* os) {
    *os << c.name;
}

class RefusedText : public ::testing::TestWithParam<TextCase> {};

TEST_P(RefusedText, IsBadInputWithAPlace) {
    EXPECT_EQ(refusal(GetParam().json).toStdString(), "vacancy.json: " + GetParam().expected);
}

QByteArray nested(int depth) {
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

INSTANTIATE_TEST_SUITE_P(
    VacancyJson, RefusedText,
    ::testing::Values(
        TextCase{"empty", "", "the file is empty; expected a JSON object { ... }"},
        TextCase{"blank", " \n\t", "the file is empty; expected a JSON object { ... }"},
        TextCase{"missing comma", "{\n  \"format\": \"selection-panel/vacancy\"\n  \"title\": 1\n}",
                 "near line 3, column 3: not valid JSON: a comma or a closing } is missing"},
        TextCase{"comma after the last item", "{\"title\": \"Équipe\", \"x\": [1, 2,]}",
                 "near line 1, column 32: not valid JSON: a value is missing after a comma (no "
                 "comma after the last item)"},
        TextCase{"unquoted text", "{\n\t\"title\": IT Security Assistant\n}",
                 "near line 2, column 10: not valid JSON: " + invalidValue},
        TextCase{"unclosed text", "{\"title\": \"IT Security",
                 "near line 1, column 23: not valid JSON: the file ends too early, or a text is "
                 "missing its closing \""},
        TextCase{"two documents", "{}{}",
                 "near line 1, column 3: not valid JSON: something follows the closing } of the "
                 "file"},
        TextCase{"array", "[{\"format\": \"selection-panel/vacancy\"}]",
                 "the top level must be a JSON object { ... }, not an array"},
        TextCase{"number", "814", "near line 1, column 1: not valid JSON: " + invalidValue},
        TextCase{"nested arrays", nested(100000),
                 "near line 1, column 1025: not valid JSON: brackets are nested too deeply"},
        TextCase{"nested in a field",
                 "{\"format\": \"selection-panel/vacancy\", \"format_version\": 1, \"x\": " +
                     nested(100000) + "}",
                 "near line 1, column 1088: not valid JSON: brackets are nested too deeply"},
        TextCase{"overflowing number",
                 "{\"format\": \"selection-panel/vacancy\", \"format_version\": 1e400}",
                 "near line 1, column 61: not valid JSON: " + invalidValue},
        TextCase{"too large", "{\"title\": \"" + QByteArray(maxVacancyFileBytes, 'x') + "\"}",
                 "the file is 1048589 bytes; a vacancy file may be at most 1048576 bytes (1 MB)"}));

TEST(VacancyJson, NestingWithinTheLimitIsAnUnknownFieldNotACrash) {
    const QByteArray json = "{\"format\": \"selection-panel/vacancy\", \"format_version\": 1, "
                            "\"reference\": \"R\", \"x\": " +
                            nested(1000) + "}";
    EXPECT_EQ(refusal(json), "vacancy.json: field 'title': is required but missing");
}

TEST(VacancyJson, AByteOrderMarkIsAccepted) {
    EXPECT_EQ(parseVacancyJson("\xEF\xBB\xBF" + exampleJson(), source).reference,
              "CLIMA/COM/2025/814");
}

void expectSameVacancy(const Vacancy& a, const Vacancy& b) {
    EXPECT_EQ(a.reference, b.reference);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.dg, b.dg);
    EXPECT_EQ(a.dgName, b.dgName);
    EXPECT_EQ(a.unit, b.unit);
    EXPECT_EQ(a.place, b.place);
    EXPECT_EQ(a.staffCategory, b.staffCategory);
    EXPECT_EQ(a.functionGroup, b.functionGroup);
    EXPECT_EQ(a.gradeMin, b.gradeMin);
    EXPECT_EQ(a.gradeMax, b.gradeMax);
    EXPECT_EQ(a.gradesNeedingJustification, b.gradesNeedingJustification);
    EXPECT_EQ(a.deadlineLocal.date(), b.deadlineLocal.date());
    EXPECT_EQ(a.deadlineLocal.time(), b.deadlineLocal.time());
    EXPECT_EQ(a.deadlineZone, b.deadlineZone);
    EXPECT_EQ(a.deadlineUtc(), b.deadlineUtc());
    const auto& ea = a.eligibility;
    const auto& eb = b.eligibility;
    EXPECT_EQ(ea.memberStates, eb.memberStates);
    EXPECT_EQ(ea.postSecondaryDiploma, eb.postSecondaryDiploma);
    EXPECT_EQ(ea.secondaryMinExperienceYears, eb.secondaryMinExperienceYears);
    EXPECT_EQ(ea.mainLanguageMin, eb.mainLanguageMin);
    EXPECT_EQ(ea.secondLanguageMin, eb.secondLanguageMin);
    EXPECT_EQ(ea.officialLanguages, eb.officialLanguages);
    EXPECT_EQ(ea.declarations, eb.declarations);
    EXPECT_EQ(ea.declarationLabels, eb.declarationLabels);
    ASSERT_EQ(a.criteria.size(), b.criteria.size());
    for (std::size_t i = 0; i < a.criteria.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(a.criteria[i].stage, b.criteria[i].stage);
        EXPECT_EQ(a.criteria[i].id, b.criteria[i].id);
        EXPECT_EQ(a.criteria[i].label, b.criteria[i].label);
        EXPECT_EQ(a.criteria[i].weight, b.criteria[i].weight);
        EXPECT_EQ(a.criteria[i].maxMark, b.criteria[i].maxMark);
    }
    EXPECT_EQ(a.thresholds.interviewBestN, b.thresholds.interviewBestN);
    EXPECT_EQ(a.thresholds.interviewMinTotal, b.thresholds.interviewMinTotal);
    EXPECT_EQ(a.thresholds.interviewPassMark, b.thresholds.interviewPassMark);
    EXPECT_EQ(a.thresholds.spreadFlag, b.thresholds.spreadFlag);
    EXPECT_EQ(a.interviewQuestions, b.interviewQuestions);
    EXPECT_EQ(a.underRepresented, b.underRepresented);
    EXPECT_EQ(a.priorityOrder, b.priorityOrder);
}

TEST(VacancyJson, TheExampleRoundTripsFieldForField) {
    const Vacancy original = parseVacancyJson(exampleJson(), source);
    const QByteArray written = vacancyToJson(original);
    expectSameVacancy(parseVacancyJson(written, source), original);
    EXPECT_EQ(vacancyToJson(parseVacancyJson(written, source)), written);
}

TEST(VacancyJson, AVacancyUsingTheOtherOptionsRoundTrips) {
    Vacancy v = parseVacancyJson(exampleJson(), source);
    v.thresholds.interviewBestN.reset();
    v.thresholds.interviewMinTotal = 30.25;
    v.thresholds.interviewPassMark = 21.6;
    v.thresholds.spreadFlag = 1.5;
    v.priorityOrder = PriorityOrder::Grouped;
    v.eligibility.postSecondaryDiploma = false;
    v.eligibility.secondaryMinExperienceYears = 2.5;
    v.eligibility.mainLanguageMin = CefrLevel::C2;
    v.eligibility.secondLanguageMin = CefrLevel::B1;
    v.deadlineLocal = QDateTime(QDate(2025, 1, 15), QTime(23, 59, 59));
    v.deadlineZone = QStringLiteral("America/New_York");
    v.title = QStringLiteral("Ingénieur « sécurité » \"quoted\" \\ back\nslash – Ελληνικά");
    v.interviewQuestions.clear();
    v.gradesNeedingJustification.clear();
    expectSameVacancy(parseVacancyJson(vacancyToJson(v), source), v);
}

TEST(VacancyJson, TheWrittenFileStartsWithTheFormatAndFollowsTheDocumentedOrder) {
    const QString written = QString::fromUtf8(vacancyToJson(builtinExampleVacancy()));
    EXPECT_TRUE(written.startsWith(
        "{\n  \"format\": \"selection-panel/vacancy\",\n  \"format_version\": 1,\n"));
    qsizetype previous = -1;
    for (const char* key :
         {"\"reference\"", "\"title\"", "\"grades\"", "\"deadline\"", "\"eligibility\"",
          "\"criteria\"", "\"thresholds\"", "\"interview_questions\"", "\"under_represented\"",
          "\"priority_order\""}) {
        const qsizetype at = written.indexOf(QLatin1String(key));
        EXPECT_GT(at, previous) << key;
        previous = at;
    }
}

struct BadFileCase {
    const char* file;
    const char* expected; // the message after the file's path and ": "
};

void PrintTo(const BadFileCase& c, std::ostream* os) {
    *os << c.file;
}

class BadVacancyFile : public ::testing::TestWithParam<BadFileCase> {};

QString badFilePath(const char* name) {
    return test::dataDir() + QStringLiteral("/vacancy/") + QString::fromUtf8(name);
}

TEST_P(BadVacancyFile, IsBadInputNamingTheFileAndTheProblem) {
    const QString path = badFilePath(GetParam().file);
    try {
        loadVacancyFile(path);
        FAIL() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_EQ(e.message().toStdString(),
                  (path + QStringLiteral(": ")).toStdString() + GetParam().expected);
    }
}

INSTANTIATE_TEST_SUITE_P(
    VacancyJson, BadVacancyFile,
    ::testing::Values(
        BadFileCase{"empty.json", "the file is empty; expected a JSON object { ... }"},
        BadFileCase{"syntax_error.json",
                    "near line 5, column 3: not valid JSON: a comma or a closing } is missing"},
        BadFileCase{"not_an_object.json",
                    "the top level must be a JSON object { ... }, not an array"},
        BadFileCase{"not_a_vacancy.json",
                    "field 'format': is required but missing: this is not a Selection Panel "
                    "vacancy file (expected \"format\": \"selection-panel/vacancy\")"},
        BadFileCase{"newer_version.json",
                    "field 'format_version': version 7 was written for a newer Selection Panel "
                    "(this one reads version 1): update Selection Panel to open it"},
        BadFileCase{"wrong_types.json", "field 'reference': must be a string, not a number"},
        BadFileCase{"missing_fields.json", "field 'unit': is required but missing"},
        BadFileCase{"huge_numbers.json",
                    "field 'criteria[0].weight': must be an integer from 1 to 10"},
        BadFileCase{"integer_overflow.json",
                    "field 'thresholds.interview_best_n': must be an integer from 1 to 100000"},
        BadFileCase{"gap_deadline.json",
                    "field 'deadline.local': 2025-03-30T02:30:00 does not exist in "
                    "Europe/Brussels: the clocks go forward over it; choose another time"},
        BadFileCase{
            "invalid_utf8.json",
            "near line 1, column 72: not valid JSON: the text is not valid UTF-8 (save the file as "
            "UTF-8)"}));

TEST(VacancyJson, EveryFileInTheBadInputFolderIsRefusedAsBadInput) {
    const QDir folder(test::dataDir() + QStringLiteral("/vacancy"));
    const QStringList files = folder.entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        try {
            loadVacancyFile(folder.filePath(name));
            ADD_FAILURE() << "accepted";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.message().toStdString();
        }
    }
}

TEST(VacancyJson, LoadingAFileNamesThePathWhenItCannotBeUsed) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath("missing.json");
    try {
        loadVacancyFile(missing);
        FAIL() << "accepted a missing file";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
        EXPECT_EQ(e.message(), missing + ": no such file");
    }
    try {
        loadVacancyFile(dir.path());
        FAIL() << "accepted a folder";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_EQ(e.message(), dir.path() + ": is a folder, not a vacancy file");
    }
    const QString huge = dir.filePath("huge.json");
    QFile file(huge);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3 * maxVacancyFileBytes, ' '));
    file.close();
    try {
        loadVacancyFile(huge);
        FAIL() << "accepted a 3 MB file";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_EQ(e.message(), huge + ": the file is larger than 1048576 bytes (1 MB): this is "
                                      "not a vacancy file");
    }
}

TEST(VacancyJson, TheDocumentationsFullExampleIsTheBuiltInExample) {
    QFile file(test::sourceDir() + QStringLiteral("/docs/vacancy-format.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray doc = file.readAll();
    const qsizetype section = doc.indexOf("## Full example");
    ASSERT_GE(section, 0);
    const qsizetype start = doc.indexOf("```json\n", section) + 8;
    const qsizetype end = doc.indexOf("```", start);
    EXPECT_EQ(doc.mid(start, end - start), exampleJson());
}

TEST(VacancyJson, TheExampleFileLoadsFromDisk) {
    expectSameVacancy(loadVacancyFile(test::exampleVacancy()), builtinExampleVacancy());
}

} // namespace
} // namespace sp
