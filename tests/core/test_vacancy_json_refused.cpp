// Vacancy files refused as bad input, each naming the field, the place or the file.
#include "vacancy_json_fixture.h"

namespace sp {
namespace {

using namespace vacancy_test;

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

} // namespace
} // namespace sp
