#include "domain/eligibility.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace sp {

namespace {

const QString nationalityId = QStringLiteral("nationality");
const QString educationId = QStringLiteral("education");
const QString languagesId = QStringLiteral("languages");

// A requirements list left empty by a hand-written vacancy file would make every candidate
// ineligible; the published lists (RULES.md) are the meaning of "EU" and "official" anyway.
QStringList orDefault(const QStringList& list, const QStringList& fallback) {
    return list.isEmpty() ? fallback : list;
}

// A requirements list normalised once, not for each of 20,000 candidates: the last list seen
// on this thread, with its normalised form.
class NormalisedList {
public:
    explicit NormalisedList(QString (*normalise)(const QString&)) : normalise_(normalise) {}
    const QStringList& of(const QStringList& list) {
        if (!filled_ || list != source_) {
            source_ = list;
            normalised_.clear();
            for (const auto& item : list)
                normalised_ << normalise_(item);
            filled_ = true;
        }
        return normalised_;
    }

private:
    QString (*normalise_)(const QString&);
    bool filled_ = false;
    QStringList source_;
    QStringList normalised_;
};

QString lowerCaseCode(const QString& code) {
    return code.trimmed().toLower();
}

QString countryName(const QString& code) {
    static const std::map<QString, QString> names = {
        {"AT", "Austria"},   {"BE", "Belgium"},    {"BG", "Bulgaria"}, {"HR", "Croatia"},
        {"CY", "Cyprus"},    {"CZ", "Czechia"},    {"DK", "Denmark"},  {"EE", "Estonia"},
        {"FI", "Finland"},   {"FR", "France"},     {"DE", "Germany"},  {"EL", "Greece"},
        {"HU", "Hungary"},   {"IE", "Ireland"},    {"IT", "Italy"},    {"LV", "Latvia"},
        {"LT", "Lithuania"}, {"LU", "Luxembourg"}, {"MT", "Malta"},    {"NL", "Netherlands"},
        {"PL", "Poland"},    {"PT", "Portugal"},   {"RO", "Romania"},  {"SK", "Slovakia"},
        {"SI", "Slovenia"},  {"ES", "Spain"},      {"SE", "Sweden"}};
    auto it = names.find(code);
    return it == names.end() ? code : code + QStringLiteral(" (") + it->second + QLatin1Char(')');
}

// A native speaker is held to the highest CEFR level, no higher.
int levelRank(CefrLevel level) {
    return static_cast<int>(level == CefrLevel::Native ? CefrLevel::C2 : level);
}

QString skillText(const LanguageSkill& skill) {
    return skill.code + QStringLiteral(" (") + cefrKey(skill.level) + QLatin1Char(')');
}

// "3", "2.9", "2.99": at most two decimals, no trailing zeros.
QString numberText(double value) {
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith('0') || text.endsWith('.')))
        text.chop(1);
    return text;
}

Problem yearsText(double years) {
    return Problem::of(years == 1.0 ? QT_TRANSLATE_NOOP("sp::Problem", "%1 year")
                                    : QT_TRANSLATE_NOOP("sp::Problem", "%1 years"),
                       numberText(years));
}

Problem educationName(Education education) {
    switch (education) {
    case Education::PostSecondary:
        return {QT_TRANSLATE_NOOP("sp::Problem", "post-secondary diploma")};
    case Education::Secondary:
        return {QT_TRANSLATE_NOOP("sp::Problem", "secondary diploma")};
    case Education::None:
        return {QT_TRANSLATE_NOOP("sp::Problem", "no diploma")};
    }
    return {};
}

CriterionOutcome experiencePath(Education education, const std::optional<double>& years,
                                double minimumYears) {
    const Problem diploma = educationName(education);
    const QString minimum = numberText(minimumYears);
    if (!years || !std::isfinite(*years))
        return {educationId,
                CriterionState::Unknown,
                {QT_TRANSLATE_NOOP("sp::Problem",
                                   "%2, professional experience not declared: at least %1 "
                                   "required"),
                 {minimum},
                 {},
                 {diploma}}};
    // Experience is often summed from periods (1.1 + 1.9 = 2.9999999999999996): a tolerance far
    // below a day keeps such a sum at the 3 years it means.
    constexpr double tolerance = 1e-6;
    bool met = *years >= minimumYears - tolerance;
    return {educationId,
            met ? CriterionState::Met : CriterionState::NotMet,
            {met ? QT_TRANSLATE_NOOP("sp::Problem",
                                     "%2 with %3 of professional experience (at least %1 required)")
                 : QT_TRANSLATE_NOOP("sp::Problem",
                                     "%2 with %3 of professional experience: at least %1 required"),
             {minimum},
             {},
             {diploma, yearsText(*years)}}};
}

std::optional<Problem> shortDeclarationLabel(const QString& key) {
    static const std::map<QString, const char*> labels = {
        {"military_service", QT_TRANSLATE_NOOP("sp::Problem", "military-service obligations")},
        {"character_references", QT_TRANSLATE_NOOP("sp::Problem", "character references")},
        {"qualification_recognised",
         QT_TRANSLATE_NOOP("sp::Problem",
                           "qualification issued or recognised by an EU Member State authority")}};
    auto it = labels.find(key);
    return it == labels.end() ? std::nullopt : std::optional<Problem>(Problem{it->second});
}

} // namespace

QString criterionStateKey(CriterionState state) {
    switch (state) {
    case CriterionState::Met:
        return QStringLiteral("met");
    case CriterionState::NotMet:
        return QStringLiteral("not_met");
    case CriterionState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

const CriterionOutcome* EligibilityCheck::criterion(const QString& id) const {
    auto it = std::find_if(criteria.begin(), criteria.end(),
                           [&](const CriterionOutcome& c) { return c.id == id; });
    return it == criteria.end() ? nullptr : &*it;
}

QStringList EligibilityCheck::failedCriteria() const {
    QStringList ids;
    for (const auto& c : criteria)
        if (c.state == CriterionState::NotMet)
            ids << c.id;
    return ids;
}

QString EligibilityCheck::summary() const {
    if (overall == CriterionState::Met)
        return QStringLiteral("eligible");
    QStringList parts;
    for (const auto& c : criteria)
        if (c.state == overall)
            parts << c.id + QStringLiteral(" (") + c.reason() + QLatin1Char(')');
    QString head = overall == CriterionState::NotMet ? QStringLiteral("not eligible: ")
                                                     : QStringLiteral("eligibility unknown: ");
    return head + parts.join(QStringLiteral("; "));
}

CriterionState overallState(const std::vector<CriterionOutcome>& criteria) {
    auto any = [&](CriterionState s) {
        return std::any_of(criteria.begin(), criteria.end(),
                           [s](const CriterionOutcome& c) { return c.state == s; });
    };
    if (any(CriterionState::NotMet))
        return CriterionState::NotMet;
    if (any(CriterionState::Unknown))
        return CriterionState::Unknown;
    return CriterionState::Met;
}

CriterionOutcome checkNationality(const QStringList& nationalities,
                                  const EligibilityRequirements& req) {
    thread_local NormalisedList memberStates(&normaliseCountryCode);
    const QStringList& accepted = memberStates.of(orDefault(req.memberStates, euMemberStates()));

    QStringList eu, other;
    for (const auto& declared : nationalities) {
        QString code = normaliseCountryCode(declared);
        if (code.isEmpty())
            continue;
        QStringList& list = accepted.contains(code) ? eu : other;
        if (!list.contains(code))
            list << code;
    }
    if (!eu.isEmpty()) {
        QStringList named;
        for (const auto& code : eu)
            named << countryName(code);
        return {nationalityId, CriterionState::Met,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "EU national: %1"),
                            named.join(QStringLiteral(", ")))};
    }
    if (other.isEmpty())
        return {nationalityId,
                CriterionState::Unknown,
                {QT_TRANSLATE_NOOP("sp::Problem", "no nationality declared")}};
    return {nationalityId, CriterionState::NotMet,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no EU nationality declared (%1)"),
                        other.join(QStringLiteral(", ")))};
}

CriterionOutcome checkEducation(const std::optional<Education>& education,
                                const std::optional<double>& experienceYears,
                                const EligibilityRequirements& req) {
    if (!education)
        return {educationId,
                CriterionState::Unknown,
                {QT_TRANSLATE_NOOP("sp::Problem", "education not declared")}};
    switch (*education) {
    case Education::PostSecondary:
        // The experience years are the secondary path's condition only (RULES.md); a post-
        // secondary diploma also gives the secondary path when a vacancy does not accept it alone.
        if (req.postSecondaryDiploma)
            return {educationId, CriterionState::Met, educationName(*education)};
        return experiencePath(*education, experienceYears, req.secondaryMinExperienceYears);
    case Education::Secondary:
        return experiencePath(*education, experienceYears, req.secondaryMinExperienceYears);
    case Education::None:
        break;
    }
    return {educationId,
            CriterionState::NotMet,
            {QT_TRANSLATE_NOOP("sp::Problem", "no secondary or post-secondary diploma declared")}};
}

CriterionOutcome checkLanguages(const std::vector<LanguageSkill>& languages,
                                const EligibilityRequirements& req) {
    if (languages.empty())
        return {languagesId,
                CriterionState::Unknown,
                {QT_TRANSLATE_NOOP("sp::Problem", "no languages declared")}};

    thread_local NormalisedList officialCodes(&lowerCaseCode);
    const QStringList& official =
        officialCodes.of(orDefault(req.officialLanguages, officialLanguages()));

    // One entry per official language with its best level: a language listed twice is still
    // one language.
    std::vector<LanguageSkill> best;
    QStringList ignored;
    for (const auto& skill : languages) {
        QString code = skill.code.trimmed().toLower();
        if (!official.contains(code)) {
            if (!code.isEmpty() && !ignored.contains(code))
                ignored << code;
            continue;
        }
        auto it = std::find_if(best.begin(), best.end(),
                               [&](const LanguageSkill& s) { return s.code == code; });
        if (it == best.end())
            best.push_back({code, skill.level});
        else if (levelRank(skill.level) > levelRank(it->level))
            it->level = skill.level;
    }
    std::stable_sort(best.begin(), best.end(), [](const LanguageSkill& a, const LanguageSkill& b) {
        return levelRank(a.level) > levelRank(b.level);
    });

    QString mainMin = cefrKey(req.mainLanguageMin);
    QString secondMin = cefrKey(req.secondLanguageMin);
    // The languages that do not count, after the reason.
    const auto noted = [&ignored](const Problem& reason) {
        return ignored.isEmpty()
                   ? reason
                   : Problem{QT_TRANSLATE_NOOP("sp::Problem", "%2; not official EU languages: %1"),
                             {ignored.join(QStringLiteral(", "))},
                             {},
                             {reason}};
    };
    QStringList declared;
    for (const auto& s : best)
        declared << skillText(s);

    // Sorted best first, the first language at the main level that leaves a different one at
    // the second level is the assignment that satisfies the rule if any does.
    const LanguageSkill* main = nullptr;
    for (const auto& candidate : best) {
        if (levelRank(candidate.level) < levelRank(req.mainLanguageMin))
            break;
        main = main ? main : &candidate;
        for (const auto& second : best)
            if (&second != &candidate &&
                levelRank(second.level) >= levelRank(req.secondLanguageMin))
                return {languagesId, CriterionState::Met,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "%1 or better in %2, %3 or better in a second language %4"),
                                    mainMin, skillText(candidate), secondMin, skillText(second))};
    }
    if (best.empty())
        return {languagesId, CriterionState::NotMet,
                noted({QT_TRANSLATE_NOOP("sp::Problem", "no official EU language declared")})};
    if (!main)
        return {languagesId, CriterionState::NotMet,
                noted(Problem::of(
                    QT_TRANSLATE_NOOP("sp::Problem", "no official language at %1 or better (%2)"),
                    mainMin, declared.join(QStringLiteral(", "))))};
    return {languagesId, CriterionState::NotMet,
            noted(Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 or better in %2, but no second "
                                                               "official language at %3 or better"),
                              mainMin, skillText(*main), secondMin))};
}

EligibilityCheck preCheck(const ApplicationData& application, const EligibilityRequirements& req) {
    EligibilityCheck check;
    check.criteria = {checkNationality(application.nationalities, req),
                      checkEducation(application.education, application.experienceYears, req),
                      checkLanguages(application.languages, req)};
    check.overall = overallState(check.criteria);
    return check;
}

namespace {

// A declaration's label as the only part of its outcome: the short labels read well inside a
// reason; other keys take the vacancy's wording, as the vacancy gives it. Made once a thread for
// each declaration, as every candidate screened needs them.
ProblemParts declarationLabelPart(const QString& key, const QString& vacancyLabel) {
    struct Made {
        QString vacancyLabel;
        ProblemParts part;
    };
    thread_local QHash<QString, Made> made;
    const auto it = made.constFind(key);
    if (it != made.constEnd() && it->vacancyLabel == vacancyLabel)
        return it->part;
    Problem label;
    if (auto shortLabel = shortDeclarationLabel(key))
        label = *shortLabel;
    else if (!vacancyLabel.trimmed().isEmpty())
        label = Problem::verbatim(vacancyLabel.trimmed());
    else
        label = Problem::verbatim(declarationLabel(key));
    const ProblemParts part{label};
    made.insert(key, {vacancyLabel, part});
    return part;
}

} // namespace

QString declarationLabel(const QString& key) {
    if (auto label = shortDeclarationLabel(key))
        return label->english();
    QString label = key;
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

EligibilityCheck withDeclarations(EligibilityCheck check, const EligibilityRequirements& req,
                                  const DeclarationTicks& ticks) {
    for (qsizetype i = 0; i < req.declarations.size(); ++i) {
        const QString& key = req.declarations.at(i);
        const auto it = ticks.ticks.find(key);
        const bool ticked = it != ticks.ticks.end() && it->second.has_value();
        const bool fulfilled = ticked && *it->second;
        const ProblemParts label = declarationLabelPart(
            key, i < req.declarationLabels.size() ? req.declarationLabels.at(i) : QString());
        if (!ticked)
            check.criteria.push_back(
                {key,
                 CriterionState::Unknown,
                 {QT_TRANSLATE_NOOP("sp::Problem", "%1: not yet ticked by the panel"),
                  {},
                  {},
                  label}});
        else if (fulfilled)
            check.criteria.push_back(
                {key,
                 CriterionState::Met,
                 {QT_TRANSLATE_NOOP("sp::Problem", "%1: ticked fulfilled by the panel"),
                  {},
                  {},
                  label}});
        else
            check.criteria.push_back(
                {key,
                 CriterionState::NotMet,
                 {QT_TRANSLATE_NOOP("sp::Problem", "%1: ticked not fulfilled by the panel"),
                  {},
                  {},
                  label}});
    }
    check.overall = overallState(check.criteria);
    return check;
}

} // namespace sp
