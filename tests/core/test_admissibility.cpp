#include "domain/admissibility.h"

#include <QDateTime>
#include <gtest/gtest.h>

namespace {

using sp::AdmissibilityState;

sp::Vacancy vacancyWithDeadline(const char* localIso, const char* zone = "Europe/Brussels") {
    sp::Vacancy vacancy;
    vacancy.reference = QStringLiteral("CLIMA/COM/2025/814");
    vacancy.deadlineLocal = QDateTime::fromString(QString::fromLatin1(localIso), Qt::ISODate);
    vacancy.deadlineZone = QString::fromLatin1(zone);
    return vacancy;
}

QDateTime instant(const char* iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    EXPECT_TRUE(t.isValid()) << iso;
    return t;
}

struct DeadlineCase {
    const char* deadlineLocal; // wall clock in Europe/Brussels
    const char* received;      // ISO 8601 with its offset
    AdmissibilityState expected;
    const char* reason; // exact, or nullptr when only the state matters
};

TEST(Admissibility, LateIffReceivedAfterTheDeadlineSecondInAnyOffset) {
    const DeadlineCase cases[] = {
        // Summer deadline 30/04/2025 12:00 CEST = 10:00 UTC.
        {"2025-04-30T12:00:00", "2025-04-30T09:59:59Z", AdmissibilityState::Admissible,
         "received 30/04/2025 11:59:59 CEST (09:59:59 UTC), by the deadline 30/04/2025 12:00:00 "
         "CEST"},
        {"2025-04-30T12:00:00", "2025-04-30T10:00:00Z", AdmissibilityState::Admissible,
         "received 30/04/2025 12:00:00 CEST (10:00:00 UTC), by the deadline 30/04/2025 12:00:00 "
         "CEST"},
        {"2025-04-30T12:00:00", "2025-04-30T10:00:01Z", AdmissibilityState::Late,
         "received 30/04/2025 12:00:01 CEST (10:00:01 UTC), after the deadline 30/04/2025 "
         "12:00:00 CEST"},
        {"2025-04-30T12:00:00", "2025-04-30T11:59:59+02:00", AdmissibilityState::Admissible,
         nullptr},
        {"2025-04-30T12:00:00", "2025-04-30T12:00:00+02:00", AdmissibilityState::Admissible,
         nullptr},
        {"2025-04-30T12:00:00", "2025-04-30T12:00:01+02:00", AdmissibilityState::Late,
         "received 30/04/2025 12:00:01 CEST (10:00:01 UTC), after the deadline 30/04/2025 "
         "12:00:00 CEST"},
        {"2025-04-30T12:00:00", "2025-04-30T04:59:59-05:00", AdmissibilityState::Admissible,
         nullptr},
        {"2025-04-30T12:00:00", "2025-04-30T05:00:00-05:00", AdmissibilityState::Admissible,
         nullptr},
        {"2025-04-30T12:00:00", "2025-04-30T05:00:01-05:00", AdmissibilityState::Late,
         "received 30/04/2025 12:00:01 CEST (10:00:01 UTC), after the deadline 30/04/2025 "
         "12:00:00 CEST"},
        // 12:00 read as UTC would be two hours late in Brussels.
        {"2025-04-30T12:00:00", "2025-04-30T12:00:00Z", AdmissibilityState::Late,
         "received 30/04/2025 14:00:00 CEST (12:00:00 UTC), after the deadline 30/04/2025 "
         "12:00:00 CEST"},
        // Sub-second parts are truncated: the deadline's own second is on time.
        {"2025-04-30T12:00:00", "2025-04-30T10:00:00.500Z", AdmissibilityState::Admissible,
         nullptr},
        {"2025-04-30T12:00:00", "2025-04-30T10:00:00.999Z", AdmissibilityState::Admissible,
         "received 30/04/2025 12:00:00 CEST (10:00:00 UTC), by the deadline 30/04/2025 12:00:00 "
         "CEST"},
        {"2025-04-30T12:00:00", "2025-04-30T10:00:01.000Z", AdmissibilityState::Late, nullptr},
        // After midnight in Brussels, still the evening before in UTC: the UTC date is shown.
        {"2025-04-30T12:00:00", "2025-05-01T00:30:00+02:00", AdmissibilityState::Late,
         "received 01/05/2025 00:30:00 CEST (30/04/2025 22:30:00 UTC), after the deadline "
         "30/04/2025 12:00:00 CEST"},
        // Winter deadline 15/01/2025 12:00 CET = 11:00 UTC.
        {"2025-01-15T12:00:00", "2025-01-15T10:59:59Z", AdmissibilityState::Admissible, nullptr},
        {"2025-01-15T12:00:00", "2025-01-15T11:00:00Z", AdmissibilityState::Admissible,
         "received 15/01/2025 12:00:00 CET (11:00:00 UTC), by the deadline 15/01/2025 12:00:00 "
         "CET"},
        {"2025-01-15T12:00:00", "2025-01-15T11:00:01Z", AdmissibilityState::Late,
         "received 15/01/2025 12:00:01 CET (11:00:01 UTC), after the deadline 15/01/2025 "
         "12:00:00 CET"},
        {"2025-01-15T12:00:00", "2025-01-15T12:00:01+01:00", AdmissibilityState::Late, nullptr},
        // A summer offset applied to a winter deadline would wrongly accept 11:30 UTC.
        {"2025-01-15T12:00:00", "2025-01-15T11:30:00Z", AdmissibilityState::Late,
         "received 15/01/2025 12:30:00 CET (11:30:00 UTC), after the deadline 15/01/2025 "
         "12:00:00 CET"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string("deadline ") + c.deadlineLocal + ", received " + c.received);
        auto result =
            sp::checkAdmissibility(instant(c.received), vacancyWithDeadline(c.deadlineLocal));
        EXPECT_EQ(result.state, c.expected) << result.reason().toStdString();
        EXPECT_EQ(result.admissible(), c.expected == AdmissibilityState::Admissible);
        if (c.reason) {
            EXPECT_EQ(result.reason().toStdString(), c.reason);
        }
    }
}

TEST(Admissibility, MissingTimeOfReceiptIsUnknownNotLate) {
    auto result = sp::checkAdmissibility(QDateTime(), vacancyWithDeadline("2025-04-30T12:00:00"));
    EXPECT_EQ(result.state, AdmissibilityState::Unknown);
    EXPECT_FALSE(result.admissible());
    EXPECT_EQ(result.reason().toStdString(), "time of receipt unknown");
}

TEST(Admissibility, VacancyWithoutAValidDeadlineIsUnknown) {
    const std::pair<const char*, const char*> vacancies[] = {
        {"2025-04-30T12:00:00", "Europe/Atlantis"},
        {"2025-04-30T12:00:00", ""},
        {"not a date", "Europe/Brussels"},
    };
    for (const auto& [local, zone] : vacancies) {
        SCOPED_TRACE(std::string(local) + " " + zone);
        auto result = sp::checkAdmissibility(instant("2025-04-30T10:00:00Z"),
                                             vacancyWithDeadline(local, zone));
        EXPECT_EQ(result.state, AdmissibilityState::Unknown);
        EXPECT_TRUE(result.reason().contains(QStringLiteral("no valid deadline")))
            << result.reason().toStdString();
    }
}

TEST(Admissibility, StateKeys) {
    EXPECT_EQ(sp::admissibilityKey(AdmissibilityState::Admissible), QStringLiteral("admissible"));
    EXPECT_EQ(sp::admissibilityKey(AdmissibilityState::Late), QStringLiteral("late"));
    EXPECT_EQ(sp::admissibilityKey(AdmissibilityState::Unknown), QStringLiteral("unknown"));
}

} // namespace
