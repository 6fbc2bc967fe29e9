#include "demo/demo_profile.h"

#include "demo/demo_names.h"
#include "demo/demo_random.h"
#include "demo/demo_vocabulary.h"

#include <QHash>
#include <algorithm>

namespace sp {

namespace {

QString dialingCode(const QString& country) {
    static const QHash<QString, QString> codes = {
        {"AT", "43"},  {"BE", "32"},  {"BG", "359"}, {"HR", "385"}, {"CY", "357"}, {"CZ", "420"},
        {"DK", "45"},  {"EE", "372"}, {"FI", "358"}, {"FR", "33"},  {"DE", "49"},  {"EL", "30"},
        {"HU", "36"},  {"IE", "353"}, {"IT", "39"},  {"LV", "371"}, {"LT", "370"}, {"LU", "352"},
        {"MT", "356"}, {"NL", "31"},  {"PL", "48"},  {"PT", "351"}, {"RO", "40"},  {"SK", "421"},
        {"SI", "386"}, {"ES", "34"},  {"SE", "46"},  {"CH", "41"},  {"US", "1"},
    };
    return codes.value(country, QStringLiteral("32"));
}

int weightedCvPages(DemoRandom& random) {
    const int roll = random.between(0, 99);
    return roll < 40 ? 2 : roll < 70 ? 3 : roll < 90 ? 4 : 5;
}

// Splits `months` into `parts` stretches of at least one month.
QList<int> splitMonths(DemoRandom& random, int months, int parts) {
    QList<int> weights;
    int total = 0;
    for (int i = 0; i < parts; ++i)
        total += weights.emplace_back(random.between(2, 6));
    QList<int> result;
    int left = months;
    for (int i = 0; i < parts; ++i) {
        const int share = i + 1 == parts ? left : std::max(1, months * weights[i] / total);
        result.append(std::min(share, left - (parts - 1 - i)));
        left -= result.back();
    }
    return result;
}

std::vector<DemoJob> makeJobs(DemoRandom& random, const NameOrigin& origin, double years,
                              QDate lastMonth, int securityShare) {
    const auto& words = demoVocabulary();
    const int months = std::max(1, int(years * 12 + 0.5));
    const int jobCount = months < 24    ? 1
                         : months < 60  ? random.between(1, 2)
                         : months < 120 ? random.between(2, 3)
                                        : random.between(3, 4);
    std::vector<DemoJob> jobs;
    QDate to = lastMonth;
    for (int length : splitMonths(random, months, std::min(jobCount, months))) {
        DemoJob job;
        job.to = to;
        job.from = to.addMonths(-(length - 1));
        job.current = jobs.empty();
        const bool security = random.chance(securityShare);
        job.title = random.pick(security ? words.securityJobTitles : words.otherJobTitles);
        job.employer = random.pick(words.employers);
        job.city = random.pick(origin.cities);
        job.tasks =
            random.sample(security ? words.securityTasks : words.otherTasks, random.between(2, 4));
        to = job.from.addMonths(-1);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

std::vector<DemoStudy> makeEducation(DemoRandom& random, Education level, int endYear,
                                     const NameOrigin& origin) {
    const auto& words = demoVocabulary();
    const QString city = random.pick(origin.cities);
    const QString school = QStringLiteral("Secondary school, %1").arg(city);
    const QString field = random.pick(words.studyFields);
    std::vector<DemoStudy> studies;
    switch (level) {
    case Education::None:
        studies.push_back({endYear - 4,
                           endYear - 2,
                           QStringLiteral("Secondary school attended, no diploma"),
                           {},
                           school});
        break;
    case Education::Secondary:
        studies.push_back({endYear - 4, endYear, random.pick(words.secondaryDiplomas), {}, school});
        break;
    case Education::PostSecondary: {
        const bool master = random.chance(40);
        const int bachelorEnd = master ? endYear - 2 : endYear;
        const QString university = random.chance(50)
                                       ? QStringLiteral("University of %1").arg(city)
                                       : QStringLiteral("%1 University of Technology").arg(city);
        studies.push_back(
            {bachelorEnd - 7, bachelorEnd - 3, random.pick(words.secondaryDiplomas), {}, school});
        studies.push_back(
            {bachelorEnd - 3, bachelorEnd, random.pick(words.bachelorDiplomas), field, university});
        if (master)
            studies.push_back({bachelorEnd, endYear, random.pick(words.masterDiplomas),
                               random.pick(words.studyFields), university});
        break;
    }
    }
    return studies;
}

std::vector<DemoProject> makeProjects(DemoRandom& random, int count, int fromYear, int toYear) {
    const auto& words = demoVocabulary();
    const QStringList kinds = {
        QStringLiteral("Security review of the %1"), QStringLiteral("Penetration test of the %1"),
        QStringLiteral("DevSecOps pipeline for the %1"), QStringLiteral("Threat model of the %1")};
    std::vector<DemoProject> projects;
    for (int i = 0; i < count; ++i) {
        DemoProject project;
        project.year = random.between(std::min(fromYear, toYear), toYear);
        project.name = random.pick(kinds).arg(random.pick(words.projectSystems));
        project.client = random.pick(words.projectClients);
        project.description = random.pick(words.securityTasks) + QLatin1Char('.');
        project.technologies = random.sample(words.projectTechnologies, random.between(3, 5));
        projects.push_back(std::move(project));
    }
    return projects;
}

QString motivationText(DemoRandom& random, double years, const QStringList& skills) {
    const auto& words = demoVocabulary();
    return random.pick(words.motivationOpenings) +
           QStringLiteral(" In %1 years of professional experience I have worked with %2 and %3. ")
               .arg(int(years))
               .arg(skills.value(0), skills.value(1)) +
           random.pick(words.motivationClosings);
}

} // namespace

DemoProfile makeDemoProfile(DemoRandom& random, const NameOrigin& origin,
                            const ApplicationData& data, const QDateTime& deadline,
                            const QStringList& declarations, bool allDeclarationsTicked) {
    const auto& words = demoVocabulary();
    DemoProfile profile;
    profile.city = random.pick(origin.cities);
    profile.countryName = origin.countryName;
    profile.phone = QStringLiteral("+%1 %2 %3 %4")
                        .arg(dialingCode(origin.country))
                        .arg(random.between(100, 999))
                        .arg(random.between(100, 999))
                        .arg(random.between(100, 999));
    profile.cvPages = weightedCvPages(random);

    // A CV always tells something, even when the form leaves education or experience blank.
    const double years = data.experienceYears.value_or(random.between(30, 120) / 10.0);
    const Education level = data.education.value_or(Education::PostSecondary);
    const int securityShare = random.between(10, 95);
    const QDate lastMonth(deadline.date().year(), deadline.date().month(), 1);
    profile.jobs = makeJobs(random, origin, years, lastMonth, securityShare);
    const QDate firstJob = profile.jobs.back().from;
    const int studiesEnd = firstJob.month() >= 9 ? firstJob.year() : firstJob.year() - 1;
    profile.education = makeEducation(random, level, studiesEnd, origin);

    const int securitySkills = 2 + securityShare * 6 / 100;
    profile.skills = random.sample(words.securitySkills, securitySkills) +
                     random.sample(words.otherSkills, random.between(2, 4));
    const int certificationCount = securityShare > 60 ? random.between(1, 3) : random.between(0, 1);
    profile.certifications = random.sample(words.certifications, certificationCount);
    profile.projects = makeProjects(random, std::max(2, (profile.cvPages - 2) * 3), firstJob.year(),
                                    lastMonth.year());
    profile.motivation = motivationText(random, years, profile.skills);
    for (const auto& key : declarations)
        if (random.chance(3) && !allDeclarationsTicked)
            profile.declarationsNotTicked.append(key);
    return profile;
}

} // namespace sp
