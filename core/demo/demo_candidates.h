#pragma once

#include "demo/demo_profile.h"
#include "domain/application.h"
#include "domain/vacancy.h"

#include <QString>
#include <vector>

namespace sp {

// The special cases of RULES.md that every demo set of 12 or more candidates contains once.
enum class DemoCase {
    Ordinary,
    ReceivedAtDeadline,         // exactly at the deadline (admissible); a Greek name
    ReceivedOneSecondLate,      // one second after it; a Bulgarian (Cyrillic) name
    SecondaryWith29Years,       // secondary diploma, 2.9 years: not eligible
    SecondaryWith30Years,       // secondary diploma, 3.0 years: eligible
    NonEuNationalOnly,          // "CH"
    DualNational,               // "US;MT"
    LanguagesViaNative,         // "pt:native en:B2": C1 met only through the native language
    LanguagesBothB2,            // "de:B2 fr:B2": no C1
    SecondLanguageBelowB2,      // "it:C1 es:B1": no second language at B2
    LaureateWithoutReserveList, // category laureate, reserve list empty
    EducationAndExperienceUnknown,
    DuplicateApplication, // the ReceivedAtDeadline person again, same e-mail, earlier
};
QString demoCaseKey(DemoCase c); // "ordinary", "received_at_deadline", ...

struct DemoApplication {
    ApplicationData data;
    QString pdfFileName; // "APP-0001.pdf"
    DemoProfile profile;
    DemoCase demoCase = DemoCase::Ordinary;
};

// count applications with references APP-0001.. in order, all received in the three weeks before
// vacancy.deadlineUtc(). The same seed gives the same applications on every platform. With
// count >= 12 every DemoCase appears exactly once, at positions chosen by the seed.
std::vector<DemoApplication> makeDemoApplications(const Vacancy& vacancy, int count = 60,
                                                  quint32 seed = 20250430);

} // namespace sp
