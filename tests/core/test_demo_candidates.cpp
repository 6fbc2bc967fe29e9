#include "demo/demo_candidates.h"
#include "demo/demo_folder.h"
#include "demo/demo_names.h"
#include "domain/error.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <functional>
#include <gtest/gtest.h>
#include <map>

namespace {

using sp::CefrLevel;
using sp::DemoApplication;
using sp::DemoCase;

sp::Vacancy vacancy() {
    sp::Vacancy v;
    v.reference = QStringLiteral("CLIMA/COM/2025/814");
    v.title = QStringLiteral("IT Security Assistant – Security Assurance Development");
    v.deadlineLocal = QDateTime(QDate(2025, 4, 30), QTime(12, 0));
    v.deadlineZone = QStringLiteral("Europe/Brussels");
    v.eligibility.declarations = {QStringLiteral("military_service"),
                                  QStringLiteral("character_references"),
                                  QStringLiteral("qualification_recognised")};
    return v;
}

// 30 April 2025 12:00 CEST.
const QDateTime deadline(QDate(2025, 4, 30), QTime(10, 0), QTimeZone::utc());

std::string str(const QString& s) {
    return s.toStdString();
}

void expectSameApplication(const DemoApplication& a, const DemoApplication& b) {
    SCOPED_TRACE(str(a.data.reference));
    EXPECT_EQ(a.data.reference, b.data.reference);
    EXPECT_EQ(a.data.surname, b.data.surname);
    EXPECT_EQ(a.data.givenNames, b.data.givenNames);
    EXPECT_EQ(a.data.email, b.data.email);
    EXPECT_EQ(a.data.nationalities, b.data.nationalities);
    EXPECT_EQ(a.data.receivedAt, b.data.receivedAt);
    EXPECT_EQ(a.data.category, b.data.category);
    EXPECT_EQ(a.data.reserveList, b.data.reserveList);
    EXPECT_EQ(a.data.education, b.data.education);
    EXPECT_EQ(a.data.experienceYears, b.data.experienceYears);
    EXPECT_EQ(a.data.languages, b.data.languages);
    EXPECT_EQ(a.pdfFileName, b.pdfFileName);
    EXPECT_EQ(a.demoCase, b.demoCase);
    EXPECT_TRUE(a.profile == b.profile);
}

const DemoApplication& withCase(const std::vector<DemoApplication>& apps, DemoCase c) {
    for (const auto& app : apps)
        if (app.demoCase == c)
            return app;
    throw std::runtime_error("no application with case " + str(sp::demoCaseKey(c)));
}

bool hasScript(const QString& text, QChar::Script script) {
    for (QChar c : text)
        if (c.script() == script)
            return true;
    return false;
}

QString languagesOf(const DemoApplication& app) {
    return sp::languagesText(app.data.languages);
}

TEST(DemoCandidates, SameSeedGivesTheSameApplications) {
    const auto first = sp::makeDemoApplications(vacancy(), 60, 42);
    const auto second = sp::makeDemoApplications(vacancy(), 60, 42);
    ASSERT_EQ(first.size(), 60u);
    ASSERT_EQ(second.size(), 60u);
    for (size_t i = 0; i < first.size(); ++i)
        expectSameApplication(first[i], second[i]);
}

// Pins the generator's output, so a change of standard library or platform that would change
// the demo data shows up here.
TEST(DemoCandidates, OutputIsTheSameOnEveryPlatform) {
    const auto apps = sp::makeDemoApplications(vacancy(), 60, 20250430);
    QStringList got;
    for (int i = 0; i < 5; ++i)
        got << apps[i].data.email + QLatin1Char(' ') +
                   apps[i].data.receivedAt.toString(Qt::ISODate);
    QStringList special;
    for (const auto& app : apps)
        if (app.demoCase != DemoCase::Ordinary)
            special << app.data.reference.mid(4);
    got << special.join(QLatin1Char(' '));
    // Recorded with g++ 12 / libstdc++ on Debian 12.
    const QStringList expected = {
        QStringLiteral("anna-lena.wagner@example.eu 2025-04-09T12:14:35Z"),
        QStringLiteral("ivana.babic@example.eu 2025-04-24T18:39:15Z"),
        QStringLiteral("tiago.araujo@example.eu 2025-04-23T17:20:28Z"),
        QStringLiteral("janis.berzins@example.eu 2025-04-24T10:42:53Z"),
        QStringLiteral("pieter.maes@example.eu 2025-04-21T20:02:04Z"),
        QStringLiteral("0003 0004 0011 0015 0024 0031 0036 0037 0039 0044 0055 0057"),
    };
    EXPECT_EQ(got, expected) << str(got.join(QLatin1Char('\n')));
}

TEST(DemoCandidates, DifferentSeedGivesDifferentApplications) {
    const auto first = sp::makeDemoApplications(vacancy(), 60, 1);
    const auto second = sp::makeDemoApplications(vacancy(), 60, 2);
    int differentEmails = 0;
    for (size_t i = 0; i < first.size(); ++i)
        differentEmails += first[i].data.email != second[i].data.email;
    EXPECT_GT(differentEmails, 50);
}

TEST(DemoCandidates, DefaultIsSixtyApplicationsWithReferencesInOrder) {
    const auto apps = sp::makeDemoApplications(vacancy());
    ASSERT_EQ(apps.size(), 60u);
    for (size_t i = 0; i < apps.size(); ++i) {
        const QString expected = QStringLiteral("APP-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        EXPECT_EQ(apps[i].data.reference, expected);
        EXPECT_EQ(apps[i].pdfFileName, expected + QStringLiteral(".pdf"));
    }
    EXPECT_EQ(apps[11].data.reference, QStringLiteral("APP-0012"));
}

TEST(DemoCandidates, FewerThanTwelveHaveNoSpecialCases) {
    EXPECT_TRUE(sp::makeDemoApplications(vacancy(), 0, 1).empty());
    for (const auto& app : sp::makeDemoApplications(vacancy(), 11, 1)) {
        EXPECT_EQ(app.demoCase, DemoCase::Ordinary);
        EXPECT_LT(app.data.receivedAt, deadline);
    }
}

TEST(DemoCandidates, VacancyWithoutDeadlineIsBadInput) {
    sp::Vacancy v = vacancy();
    v.deadlineLocal = QDateTime();
    try {
        sp::makeDemoApplications(v, 12, 1);
        FAIL() << "no error";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("CLIMA/COM/2025/814")));
    }
}

struct SpecialCase {
    DemoCase demoCase;
    const char* expected;
    std::function<bool(const DemoApplication&)> holds;
};

const std::vector<SpecialCase>& specialCases() {
    static const std::vector<SpecialCase> cases = {
        {DemoCase::ReceivedAtDeadline, "received 2025-04-30T10:00:00Z, a Greek name",
         [](const auto& a) {
             return a.data.receivedAt == deadline && a.data.nationalities == QStringList{"EL"} &&
                    hasScript(a.data.surname, QChar::Script_Greek);
         }},
        {DemoCase::ReceivedOneSecondLate, "received 2025-04-30T10:00:01Z, a Bulgarian name",
         [](const auto& a) {
             return a.data.receivedAt == deadline.addSecs(1) &&
                    hasScript(a.data.surname, QChar::Script_Cyrillic);
         }},
        {DemoCase::SecondaryWith29Years, "secondary, 2.9 years",
         [](const auto& a) {
             return a.data.education == sp::Education::Secondary && a.data.experienceYears == 2.9;
         }},
        {DemoCase::SecondaryWith30Years, "secondary, 3.0 years",
         [](const auto& a) {
             return a.data.education == sp::Education::Secondary && a.data.experienceYears == 3.0;
         }},
        {DemoCase::NonEuNationalOnly, "CH only, external",
         [](const auto& a) {
             return a.data.nationalities == QStringList{"CH"} &&
                    a.data.category == sp::Category::External;
         }},
        {DemoCase::DualNational, "US;MT",
         [](const auto& a) {
             return a.data.nationalities == QStringList{"US", "MT"};
         }},
        {DemoCase::LanguagesViaNative, "pt:native en:B2",
         [](const auto& a) { return languagesOf(a) == QStringLiteral("pt:native en:B2"); }},
        {DemoCase::LanguagesBothB2, "de:B2 fr:B2",
         [](const auto& a) { return languagesOf(a) == QStringLiteral("de:B2 fr:B2"); }},
        {DemoCase::SecondLanguageBelowB2, "it:C1 es:B1",
         [](const auto& a) { return languagesOf(a) == QStringLiteral("it:C1 es:B1"); }},
        {DemoCase::LaureateWithoutReserveList, "laureate, no reserve list",
         [](const auto& a) {
             return a.data.category == sp::Category::Laureate && a.data.reserveList.isEmpty();
         }},
        {DemoCase::EducationAndExperienceUnknown, "education and experience empty",
         [](const auto& a) { return !a.data.education && !a.data.experienceYears; }},
    };
    return cases;
}

// Apart from its special case an application passes every check, so the case alone decides.
bool otherwiseClean(const DemoApplication& a) {
    const bool onTime = a.data.receivedAt < deadline;
    const bool eu = a.data.nationalities.size() == 1 &&
                    sp::euMemberStates().contains(a.data.nationalities.front());
    const bool postSecondary =
        a.data.education == sp::Education::PostSecondary && a.data.experienceYears >= 3.0;
    const bool languages = a.data.languages.size() >= 2 &&
                           a.data.languages[0].level >= CefrLevel::C2 &&
                           a.data.languages[1].level >= CefrLevel::C1;
    const bool reserveList =
        a.data.category != sp::Category::Laureate || !a.data.reserveList.isEmpty();
    switch (a.demoCase) {
    case DemoCase::ReceivedAtDeadline:
    case DemoCase::ReceivedOneSecondLate:
        return eu && postSecondary && languages && reserveList;
    case DemoCase::SecondaryWith29Years:
    case DemoCase::SecondaryWith30Years:
    case DemoCase::EducationAndExperienceUnknown:
        return onTime && eu && languages && reserveList;
    case DemoCase::NonEuNationalOnly:
        return onTime && postSecondary && languages;
    case DemoCase::DualNational:
        return onTime && postSecondary && reserveList;
    case DemoCase::LanguagesViaNative:
    case DemoCase::LanguagesBothB2:
    case DemoCase::SecondLanguageBelowB2:
        return onTime && eu && postSecondary && reserveList;
    case DemoCase::LaureateWithoutReserveList:
        return onTime && eu && postSecondary && languages;
    default:
        return true;
    }
}

class DemoSpecialCases : public ::testing::TestWithParam<std::pair<int, quint32>> {};

TEST_P(DemoSpecialCases, EveryCaseAppearsOnceAsDescribed) {
    const auto [count, seed] = GetParam();
    const auto apps = sp::makeDemoApplications(vacancy(), count, seed);
    ASSERT_EQ(int(apps.size()), count);
    std::map<DemoCase, int> seen;
    for (const auto& app : apps)
        ++seen[app.demoCase];
    for (const auto& special : specialCases()) {
        SCOPED_TRACE(str(sp::demoCaseKey(special.demoCase)));
        ASSERT_EQ(seen[special.demoCase], 1);
        const auto& app = withCase(apps, special.demoCase);
        EXPECT_TRUE(special.holds(app)) << special.expected << ", got " << str(app.data.reference)
                                        << " " << str(languagesOf(app));
        EXPECT_TRUE(otherwiseClean(app)) << str(app.data.reference);
    }
    EXPECT_EQ(seen[DemoCase::DuplicateApplication], 1);
    EXPECT_EQ(seen[DemoCase::Ordinary], count - 12);
}

TEST_P(DemoSpecialCases, TheDuplicateIsTheSamePersonApplyingEarlierUnderALaterReference) {
    const auto [count, seed] = GetParam();
    const auto apps = sp::makeDemoApplications(vacancy(), count, seed);
    const auto& original = withCase(apps, DemoCase::ReceivedAtDeadline);
    const auto& again = withCase(apps, DemoCase::DuplicateApplication);
    EXPECT_EQ(again.data.email, original.data.email);
    EXPECT_EQ(again.data.surname, original.data.surname);
    EXPECT_EQ(again.data.givenNames, original.data.givenNames);
    EXPECT_GT(again.data.reference, original.data.reference);
    EXPECT_LT(again.data.receivedAt, original.data.receivedAt);
    EXPECT_NE(again.pdfFileName, original.pdfFileName);
}

TEST_P(DemoSpecialCases, EmailsAreAsciiAndUniqueExceptTheDuplicate) {
    const auto [count, seed] = GetParam();
    const auto apps = sp::makeDemoApplications(vacancy(), count, seed);
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9-]+\\.?[a-z0-9-]+@example\\.eu$"));
    QSet<QString> emails;
    for (const auto& app : apps) {
        EXPECT_TRUE(pattern.match(app.data.email).hasMatch()) << str(app.data.email);
        emails.insert(app.data.email);
    }
    EXPECT_EQ(emails.size(), count - 1);
}

TEST_P(DemoSpecialCases, EveryCategoryAppearsAndLaureatesNameTheirReserveList) {
    const auto [count, seed] = GetParam();
    const auto apps = sp::makeDemoApplications(vacancy(), count, seed);
    std::map<sp::Category, int> categories;
    for (const auto& app : apps) {
        ++categories[app.data.category];
        if (app.data.category == sp::Category::Laureate &&
            app.demoCase != DemoCase::LaureateWithoutReserveList) {
            EXPECT_TRUE(app.data.reserveList.startsWith(QStringLiteral("EPSO/")))
                << str(app.data.reference);
        }
        if (app.data.category != sp::Category::Laureate) {
            EXPECT_TRUE(app.data.reserveList.isEmpty()) << str(app.data.reference);
        }
    }
    for (auto c : {sp::Category::CommissionOfficial, sp::Category::InstitutionOfficial,
                   sp::Category::Laureate, sp::Category::External})
        EXPECT_GE(categories[c], 1) << str(sp::categoryKey(c));
    EXPECT_GE(categories[sp::Category::External], count / 3);
}

INSTANTIATE_TEST_SUITE_P(CountsAndSeeds, DemoSpecialCases,
                         ::testing::Values(std::pair{60, 20250430u}, std::pair{60, 1u},
                                           std::pair{12, 20250430u}, std::pair{12, 7u},
                                           std::pair{13, 99u}, std::pair{200, 3u}));

TEST(DemoCandidates, OrdinaryApplicationsArriveInTheThreeWeeksBeforeTheDeadline) {
    const auto apps = sp::makeDemoApplications(vacancy(), 60, 5);
    for (const auto& app : apps) {
        if (app.demoCase == DemoCase::ReceivedAtDeadline ||
            app.demoCase == DemoCase::ReceivedOneSecondLate)
            continue;
        EXPECT_EQ(app.data.receivedAt.timeSpec(), Qt::UTC);
        EXPECT_LT(app.data.receivedAt, deadline) << str(app.data.reference);
        EXPECT_GE(app.data.receivedAt, deadline.addDays(-21)) << str(app.data.reference);
    }
}

TEST(DemoCandidates, SixtyApplicationsSpeakAllTwentyFourLanguagesInTheirOwnScripts) {
    const auto apps = sp::makeDemoApplications(vacancy(), 60, 20250430);
    QSet<QString> languages;
    int greek = 0, cyrillic = 0, latinWithDiacritics = 0, dual = 0;
    for (const auto& app : apps) {
        for (const auto& skill : app.data.languages)
            languages.insert(skill.code);
        greek += hasScript(app.data.surname, QChar::Script_Greek);
        cyrillic += hasScript(app.data.surname, QChar::Script_Cyrillic);
        const QString name = app.data.givenNames + app.data.surname;
        latinWithDiacritics += name.normalized(QString::NormalizationForm_D) != name &&
                               hasScript(name, QChar::Script_Latin);
        dual += app.data.nationalities.size() > 1;
        for (const auto& code : app.data.nationalities)
            EXPECT_TRUE(sp::euMemberStates().contains(code) || code == QLatin1String("CH") ||
                        code == QLatin1String("US"))
                << str(code);
    }
    EXPECT_EQ(languages,
              QSet<QString>(sp::officialLanguages().begin(), sp::officialLanguages().end()));
    EXPECT_GE(greek, 2);
    EXPECT_GE(cyrillic, 1);
    EXPECT_GE(latinWithDiacritics, 15);
    EXPECT_GE(dual, 1);
    EXPECT_LE(dual, 10);
}

TEST(DemoCandidates, ProfilesMatchTheDeclaredExperience) {
    for (const auto& app : sp::makeDemoApplications(vacancy(), 60, 11)) {
        SCOPED_TRACE(str(app.data.reference));
        const auto& profile = app.profile;
        EXPECT_GE(profile.cvPages, 2);
        EXPECT_LE(profile.cvPages, 5);
        ASSERT_FALSE(profile.jobs.empty());
        EXPECT_TRUE(profile.jobs.front().current);
        EXPECT_EQ(profile.jobs.front().to, QDate(2025, 4, 1));
        if (app.data.experienceYears) {
            int months = 0;
            for (const auto& job : profile.jobs)
                months +=
                    (job.to.year() - job.from.year()) * 12 + job.to.month() - job.from.month() + 1;
            EXPECT_EQ(months, int(*app.data.experienceYears * 12 + 0.5));
        }
        for (const auto& job : profile.jobs)
            EXPECT_GE(job.tasks.size(), 2);
        ASSERT_FALSE(profile.education.empty());
        EXPECT_LE(profile.education.back().toYear, profile.jobs.back().from.year());
        EXPECT_FALSE(profile.motivation.isEmpty());
    }
}

TEST(DemoNames, OriginsCoverEveryMemberStateAndLanguage) {
    QSet<QString> countries, languages;
    for (const auto& origin : sp::nameOrigins()) {
        countries.insert(origin.country);
        languages.insert(origin.language);
        EXPECT_EQ(origin.femaleSurnames.size(), origin.maleSurnames.size()) << str(origin.country);
        EXPECT_FALSE(origin.femaleGivenNames.isEmpty());
        EXPECT_FALSE(origin.maleGivenNames.isEmpty());
        EXPECT_FALSE(origin.cities.isEmpty());
    }
    EXPECT_EQ(countries, QSet<QString>(sp::euMemberStates().begin(), sp::euMemberStates().end()));
    EXPECT_EQ(languages,
              QSet<QString>(sp::officialLanguages().begin(), sp::officialLanguages().end()));
}

TEST(DemoNames, TransliteratesEveryScriptToAscii) {
    const std::pair<const char*, const char*> cases[] = {
        {"Šťastný", "Stastny"},
        {"Łukasiewicz", "Lukasiewicz"},
        {"Ó Súilleabháin", "O Suilleabhain"},
        {"Weiß", "Weiss"},
        {"Jørgensen", "Jorgensen"},
        {"Ġużeppi", "Guzeppi"},
        {"Țurcanu", "Turcanu"},
        {"Ħili", "Hili"},
        {"Παπαδοπούλου", "Papadopoulou"},
        {"Γιώργος", "Giorgos"},
        {"Χαραλάμπους", "Charalampous"},
        {"Иванова", "Ivanova"},
        {"Димитър", "Dimitar"},
        {"Йордан", "Yordan"},
        {"Щерев", "Shterev"},
        {"O'Brien", "O'Brien"},
    };
    for (const auto& [name, ascii] : cases)
        EXPECT_EQ(sp::asciiTransliteration(QString::fromUtf8(name)), QString::fromUtf8(ascii))
            << name;
}

TEST(DemoFolderCsv, RowsSpellTheDeclaredDataForImport) {
    const auto apps = sp::makeDemoApplications(vacancy(), 12, 20250430);
    const QByteArray bytes = sp::demoApplicationsCsv(apps);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 13);
    EXPECT_EQ(rows[0], QStringLiteral("reference,surname,given_names,email,nationalities,"
                                      "received_at,category,reserve_list,education,"
                                      "experience_years,languages,pdf"));
    auto rowOf = [&](DemoCase c) {
        const auto& app = withCase(apps, c);
        return rows[app.data.reference.mid(4).toInt()];
    };
    const QString atDeadline = rowOf(DemoCase::ReceivedAtDeadline);
    EXPECT_TRUE(atDeadline.contains(QStringLiteral(",EL,2025-04-30T10:00:00Z,")))
        << str(atDeadline);
    EXPECT_TRUE(
        rowOf(DemoCase::ReceivedOneSecondLate).contains(QStringLiteral(",2025-04-30T10:00:01Z,")));
    EXPECT_TRUE(rowOf(DemoCase::SecondaryWith29Years).contains(QStringLiteral(",secondary,2.9,")));
    EXPECT_TRUE(rowOf(DemoCase::SecondaryWith30Years).contains(QStringLiteral(",secondary,3.0,")));
    EXPECT_TRUE(rowOf(DemoCase::DualNational).contains(QStringLiteral(",US;MT,")));
    EXPECT_TRUE(rowOf(DemoCase::LanguagesViaNative).contains(QStringLiteral(",pt:native en:B2,")));
    EXPECT_TRUE(
        rowOf(DemoCase::LaureateWithoutReserveList).contains(QStringLiteral(",laureate,,")));
    const auto& unknown = withCase(apps, DemoCase::EducationAndExperienceUnknown);
    EXPECT_TRUE(
        rowOf(DemoCase::EducationAndExperienceUnknown)
            .endsWith(QStringLiteral(",,,%1,%2").arg(languagesOf(unknown), unknown.pdfFileName)));
    EXPECT_FALSE(csv.contains(QStringLiteral(",'"))) << "no cell needed neutralising";
}

} // namespace
