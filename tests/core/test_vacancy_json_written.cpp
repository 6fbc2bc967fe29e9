// Vacancies written back: field for field, in the documented order.
#include "vacancy_json_fixture.h"

namespace sp {
namespace {

using namespace vacancy_test;

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

} // namespace
} // namespace sp
