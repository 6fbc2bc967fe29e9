// The vacancy file read: the example as the notice says, deadlines, defaults, normalised codes.
#include "vacancy_json_fixture.h"

namespace sp {
namespace {

using namespace vacancy_test;

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

TEST(VacancyJson, AByteOrderMarkIsAccepted) {
    EXPECT_EQ(parseVacancyJson("\xEF\xBB\xBF" + exampleJson(), source).reference,
              "CLIMA/COM/2025/814");
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
