#include "demo/demo_candidates.h"

#include "demo/demo_names.h"
#include "demo/demo_profile.h"
#include "demo/demo_random.h"
#include "demo/demo_vocabulary.h"
#include "domain/error.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace sp {

namespace {

constexpr int receptionWindowSeconds = 21 * 24 * 3600;

const QList<DemoCase>& specialCases() {
    static const QList<DemoCase> cases = {
        DemoCase::ReceivedAtDeadline,
        DemoCase::ReceivedOneSecondLate,
        DemoCase::SecondaryWith29Years,
        DemoCase::SecondaryWith30Years,
        DemoCase::NonEuNationalOnly,
        DemoCase::DualNational,
        DemoCase::LanguagesViaNative,
        DemoCase::LanguagesBothB2,
        DemoCase::SecondLanguageBelowB2,
        DemoCase::LaureateWithoutReserveList,
        DemoCase::EducationAndExperienceUnknown,
        DemoCase::DuplicateApplication,
    };
    return cases;
}

// Cases whose person must come from one place; the others take the next origin in turn.
std::optional<std::pair<QString, QString>> fixedOrigin(DemoCase c) {
    switch (c) {
    case DemoCase::ReceivedAtDeadline:
        return std::pair{QStringLiteral("EL"), QStringLiteral("el")};
    case DemoCase::ReceivedOneSecondLate:
        return std::pair{QStringLiteral("BG"), QStringLiteral("bg")};
    case DemoCase::NonEuNationalOnly:
        return std::pair{QStringLiteral("DE"), QStringLiteral("de")};
    case DemoCase::DualNational:
        return std::pair{QStringLiteral("MT"), QStringLiteral("mt")};
    case DemoCase::LanguagesViaNative:
        return std::pair{QStringLiteral("PT"), QStringLiteral("pt")};
    default:
        return std::nullopt;
    }
}

double tenths(int value) {
    return value / 10.0;
}

// About 10% Commission officials, 10% officials of other institutions, 15% laureates, the rest
// external; each of the priority categories at least once from 12 candidates on.
QList<Category> categoryQuota(int count, DemoRandom& random) {
    auto share = [count](int percent) {
        const int n = (count * percent + 50) / 100;
        return count >= 12 ? std::max(n, 1) : n;
    };
    QList<Category> categories;
    categories.insert(categories.size(), share(10), Category::CommissionOfficial);
    categories.insert(categories.size(), share(10), Category::InstitutionOfficial);
    categories.insert(categories.size(), share(15), Category::Laureate);
    categories.insert(categories.size(), std::max(0, count - int(categories.size())),
                      Category::External);
    categories.resize(count);
    random.shuffle(categories);
    return categories;
}

// Gives row `index` the category while keeping the shares: swaps with an ordinary row.
void forceCategory(QList<Category>& categories, const QList<DemoCase>& cases, int index,
                   Category category) {
    if (categories[index] == category)
        return;
    for (int j = 0; j < categories.size(); ++j) {
        if (cases[j] == DemoCase::Ordinary && categories[j] == category) {
            std::swap(categories[index], categories[j]);
            return;
        }
    }
    categories[index] = category;
}

QList<DemoCase> placeSpecialCases(int count, DemoRandom& random) {
    QList<DemoCase> cases(count, DemoCase::Ordinary);
    if (count < specialCases().size())
        return cases;
    QList<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    QList<int> positions = random.sample(indices, int(specialCases().size()));
    std::sort(positions.begin(), positions.end());
    QList<DemoCase> order = specialCases();
    random.shuffle(order);
    for (int i = 0; i < positions.size(); ++i)
        cases[positions[i]] = order[i];
    // The duplicate repeats an application made before it in the file.
    const auto original = cases.indexOf(DemoCase::ReceivedAtDeadline);
    const auto duplicate = cases.indexOf(DemoCase::DuplicateApplication);
    if (duplicate < original)
        std::swap(cases[original], cases[duplicate]);
    return cases;
}

// Takes the origins in a fresh random order each round, so every language appears in turn.
class OriginRotation {
public:
    explicit OriginRotation(DemoRandom& random) : random_(random) {}
    const NameOrigin& next() {
        if (order_.isEmpty()) {
            for (int i = 0; i < int(nameOrigins().size()); ++i)
                order_.append(i);
            random_.shuffle(order_);
        }
        return nameOrigins().at(order_.takeFirst());
    }

private:
    DemoRandom& random_;
    QList<int> order_;
};

QDateTime receivedInWindow(DemoRandom& random, const QDateTime& deadline) {
    // Skewed towards the deadline, as real applications are; at least a minute before it.
    const qint64 a = random.between(0, 1 << 15);
    const qint64 offset = 60 + (receptionWindowSeconds - 60) * a * a / (qint64(1) << 30);
    return deadline.addSecs(-offset);
}

CefrLevel englishLevel(DemoRandom& random) {
    const int roll = random.between(0, 99);
    if (roll < 5)
        return CefrLevel::B1;
    if (roll < 30)
        return CefrLevel::B2;
    if (roll < 70)
        return CefrLevel::C1;
    return CefrLevel::C2;
}

bool hasLanguage(const std::vector<LanguageSkill>& skills, const QString& code) {
    return std::any_of(skills.begin(), skills.end(), [&](const auto& s) { return s.code == code; });
}

std::vector<LanguageSkill> declaredLanguages(DemoRandom& random, const NameOrigin& origin,
                                             bool clean) {
    std::vector<LanguageSkill> skills;
    skills.push_back(
        {origin.language, clean || random.chance(85) ? CefrLevel::Native : CefrLevel::C2});
    if (origin.language != QLatin1String("en"))
        skills.push_back({QStringLiteral("en"), clean ? CefrLevel::C1 : englishLevel(random)});
    else
        skills.push_back(
            {random.pick(QStringList{"fr", "de", "es"}),
             clean ? CefrLevel::C1 : (random.chance(50) ? CefrLevel::B2 : CefrLevel::C1)});
    if (random.chance(40)) {
        const QStringList third = {"fr", "de", "es", "it", "nl"};
        const QString& code = random.pick(third);
        if (!hasLanguage(skills, code))
            skills.push_back({code, static_cast<CefrLevel>(
                                        random.between(int(CefrLevel::B1), int(CefrLevel::C1)))});
    }
    return skills;
}

std::vector<LanguageSkill>
languages(std::initializer_list<std::pair<const char*, CefrLevel>> list) {
    std::vector<LanguageSkill> skills;
    for (const auto& [code, level] : list)
        skills.push_back({QString::fromLatin1(code), level});
    return skills;
}

// What differs from an ordinary application in each special case. Everything else of a special
// case is made to pass (see `clean` below), so the case is the only thing that decides.
void applyCase(DemoCase c, ApplicationData& data, const QDateTime& deadline) {
    switch (c) {
    case DemoCase::Ordinary:
    case DemoCase::DuplicateApplication:
        break;
    case DemoCase::ReceivedAtDeadline:
        data.receivedAt = deadline;
        break;
    case DemoCase::ReceivedOneSecondLate:
        data.receivedAt = deadline.addSecs(1);
        break;
    case DemoCase::SecondaryWith29Years:
        data.education = Education::Secondary;
        data.experienceYears = 2.9;
        break;
    case DemoCase::SecondaryWith30Years:
        data.education = Education::Secondary;
        data.experienceYears = 3.0;
        break;
    case DemoCase::NonEuNationalOnly:
        data.nationalities = {QStringLiteral("CH")};
        data.category = Category::External;
        data.reserveList.clear();
        break;
    case DemoCase::DualNational:
        data.nationalities = {QStringLiteral("US"), QStringLiteral("MT")};
        data.languages = languages({{"en", CefrLevel::Native}, {"mt", CefrLevel::B2}});
        break;
    case DemoCase::LanguagesViaNative:
        data.languages = languages({{"pt", CefrLevel::Native}, {"en", CefrLevel::B2}});
        break;
    case DemoCase::LanguagesBothB2:
        data.languages = languages({{"de", CefrLevel::B2}, {"fr", CefrLevel::B2}});
        break;
    case DemoCase::SecondLanguageBelowB2:
        data.languages = languages({{"it", CefrLevel::C1}, {"es", CefrLevel::B1}});
        break;
    case DemoCase::LaureateWithoutReserveList:
        data.category = Category::Laureate;
        data.reserveList.clear();
        break;
    case DemoCase::EducationAndExperienceUnknown:
        data.education.reset();
        data.experienceYears.reset();
        break;
    }
}

struct Person {
    QString givenNames;
    QString surname;
};

Person makePerson(DemoRandom& random, const NameOrigin& origin) {
    const bool female = random.chance(50);
    const auto& given = female ? origin.femaleGivenNames : origin.maleGivenNames;
    const auto& surnames = female ? origin.femaleSurnames : origin.maleSurnames;
    return {random.pick(given), random.pick(surnames)};
}

DemoApplication makeApplication(DemoRandom& random, const NameOrigin& origin, int index,
                                Category category, DemoCase demoCase, const QDateTime& deadline,
                                const QStringList& declarations) {
    const auto& words = demoVocabulary();
    const bool clean = demoCase != DemoCase::Ordinary;
    DemoApplication app;
    app.demoCase = demoCase;
    ApplicationData& data = app.data;
    data.reference = QStringLiteral("APP-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
    app.pdfFileName = data.reference + QStringLiteral(".pdf");
    const Person person = makePerson(random, origin);
    data.givenNames = person.givenNames;
    data.surname = person.surname;
    data.nationalities = {origin.country};
    if (!clean && random.chance(6)) {
        QStringList others = euMemberStates();
        others.removeAll(origin.country);
        data.nationalities.append(random.pick(others));
    }
    data.receivedAt = receivedInWindow(random, deadline);
    data.category = category;
    if (category == Category::Laureate)
        data.reserveList = random.pick(words.reserveLists);

    const int educationRoll = random.between(0, 99);
    data.education = clean || educationRoll < 78 ? Education::PostSecondary
                     : educationRoll < 98        ? Education::Secondary
                                                 : Education::None;
    data.experienceYears = tenths(clean ? random.between(30, 140) : random.between(10, 160));
    data.languages = declaredLanguages(random, origin, clean);
    applyCase(demoCase, data, deadline);

    app.profile = makeDemoProfile(random, origin, data, deadline, declarations, clean);
    if (demoCase == DemoCase::NonEuNationalOnly) {
        app.profile.city = QStringLiteral("Zürich");
        app.profile.countryName = QStringLiteral("Switzerland");
        app.profile.phone.replace(0, 3, QStringLiteral("+41"));
    }
    return app;
}

QString emailPart(const QString& name) {
    QString ascii;
    for (QChar c : asciiTransliteration(name).toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-'))
            ascii += c;
    while (ascii.startsWith(QLatin1Char('-')))
        ascii.remove(0, 1);
    while (ascii.endsWith(QLatin1Char('-')))
        ascii.chop(1);
    return ascii;
}

// firstname.surname@example.eu, numbered when taken; cand0001@example.eu for a name with no
// letters to spell it.
QString uniqueEmail(const ApplicationData& data, int index, QSet<QString>& taken) {
    const QString first = emailPart(data.givenNames.section(QLatin1Char(' '), 0, 0));
    const QString last = emailPart(data.surname);
    QString local = first.isEmpty() || last.isEmpty()
                        ? QStringLiteral("cand%1").arg(index + 1, 4, 10, QLatin1Char('0'))
                        : first + QLatin1Char('.') + last;
    QString email = local + QStringLiteral("@example.eu");
    for (int n = 2; taken.contains(email); ++n)
        email = local + QString::number(n) + QStringLiteral("@example.eu");
    taken.insert(email);
    return email;
}

} // namespace

QString demoCaseKey(DemoCase c) {
    switch (c) {
    case DemoCase::Ordinary:
        return QStringLiteral("ordinary");
    case DemoCase::ReceivedAtDeadline:
        return QStringLiteral("received_at_deadline");
    case DemoCase::ReceivedOneSecondLate:
        return QStringLiteral("received_one_second_late");
    case DemoCase::SecondaryWith29Years:
        return QStringLiteral("secondary_with_2.9_years");
    case DemoCase::SecondaryWith30Years:
        return QStringLiteral("secondary_with_3.0_years");
    case DemoCase::NonEuNationalOnly:
        return QStringLiteral("non_eu_national_only");
    case DemoCase::DualNational:
        return QStringLiteral("dual_national");
    case DemoCase::LanguagesViaNative:
        return QStringLiteral("languages_via_native");
    case DemoCase::LanguagesBothB2:
        return QStringLiteral("languages_both_b2");
    case DemoCase::SecondLanguageBelowB2:
        return QStringLiteral("second_language_below_b2");
    case DemoCase::LaureateWithoutReserveList:
        return QStringLiteral("laureate_without_reserve_list");
    case DemoCase::EducationAndExperienceUnknown:
        return QStringLiteral("education_and_experience_unknown");
    case DemoCase::DuplicateApplication:
        return QStringLiteral("duplicate_application");
    }
    return {};
}

std::vector<DemoApplication> makeDemoApplications(const Vacancy& vacancy, int count, quint32 seed) {
    const QDateTime deadline = vacancy.deadlineUtc();
    if (!deadline.isValid())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("vacancy %1: no valid deadline to date the demo applications")
                        .arg(vacancy.reference));
    count = std::max(count, 0);
    const QStringList declarations = formDeclarations(vacancy.eligibility.declarations);

    DemoRandom random(seed);
    const QList<DemoCase> cases = placeSpecialCases(count, random);
    QList<Category> categories = categoryQuota(count, random);
    if (const auto i = cases.indexOf(DemoCase::LaureateWithoutReserveList); i >= 0)
        forceCategory(categories, cases, int(i), Category::Laureate);
    if (const auto i = cases.indexOf(DemoCase::NonEuNationalOnly); i >= 0)
        forceCategory(categories, cases, int(i), Category::External);

    OriginRotation origins(random);
    std::vector<DemoApplication> applications;
    applications.reserve(count);
    QSet<QString> emails;
    for (int i = 0; i < count; ++i) {
        const DemoCase demoCase = cases[i];
        if (demoCase == DemoCase::DuplicateApplication) {
            // The same person again, earlier: a first attempt they sent again at the deadline.
            const auto original = cases.indexOf(DemoCase::ReceivedAtDeadline);
            DemoApplication again = applications.at(original);
            again.demoCase = demoCase;
            again.data.reference = QStringLiteral("APP-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            again.pdfFileName = again.data.reference + QStringLiteral(".pdf");
            again.data.receivedAt = receivedInWindow(random, deadline);
            applications.push_back(std::move(again));
            continue;
        }
        const auto fixed = fixedOrigin(demoCase);
        const NameOrigin& origin = fixed ? nameOrigin(fixed->first, fixed->second) : origins.next();
        DemoApplication app =
            makeApplication(random, origin, i, categories[i], demoCase, deadline, declarations);
        app.data.email = uniqueEmail(app.data, i, emails);
        applications.push_back(std::move(app));
    }
    return applications;
}

} // namespace sp
