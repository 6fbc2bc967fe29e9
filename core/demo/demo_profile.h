#pragma once

#include "domain/application.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

class DemoRandom;
struct NameOrigin;

struct DemoStudy {
    int fromYear = 0;
    int toYear = 0;
    QString diploma;     // "Bachelor of Science", "Secondary school leaving certificate"
    QString field;       // "Computer Science"
    QString institution; // "University of Ljubljana"
    bool operator==(const DemoStudy&) const = default;
};

struct DemoJob {
    QDate from; // first day of the month
    QDate to;   // first day of the last month
    bool current = false;
    QString title;
    QString employer;
    QString city;
    QStringList tasks;
    bool operator==(const DemoJob&) const = default;
};

struct DemoProject {
    int year = 0;
    QString name;
    QString client;
    QString description;
    QStringList technologies;
    bool operator==(const DemoProject&) const = default;
};

// What the candidate's PDF shows beyond the declared data: the CV and the form's extras.
struct DemoProfile {
    QString city;
    QString countryName;
    QString phone;
    QString motivation;
    std::vector<DemoStudy> education; // oldest first
    std::vector<DemoJob> jobs;        // most recent first
    QStringList skills;
    QStringList certifications;
    std::vector<DemoProject> projects; // shown on the CV's annex pages
    QStringList declarationsNotTicked; // keys of vacancy.eligibility.declarations left unticked
    int cvPages = 2;                   // 2..5; the application form page comes after
    bool operator==(const DemoProfile&) const = default;
};

// The CV behind a demo application, consistent with what it declares: the jobs add up to the
// declared years of experience and end in the deadline's month, the studies match the declared
// education and end before the first job. Where the form leaves education or experience blank the
// CV still shows some. Drawn from the notice's vocabulary, some profiles closer to the post than
// others. With allDeclarationsTicked false, about 3% of the declarations are left unticked.
DemoProfile makeDemoProfile(DemoRandom& random, const NameOrigin& origin,
                            const ApplicationData& data, const QDateTime& deadline,
                            const QStringList& declarations, bool allDeclarationsTicked);

} // namespace sp
