#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

enum class Category { CommissionOfficial, InstitutionOfficial, Laureate, External };
enum class Education { PostSecondary, Secondary, None };
enum class CefrLevel { A1, A2, B1, B2, C1, C2, Native };

struct LanguageSkill {
    QString code; // official EU language code, lower case: "en", "fr", ...
    CefrLevel level = CefrLevel::A1;
    bool operator==(const LanguageSkill&) const = default;
};

// What a candidate declared in the application, as imported. Optional fields are missing data:
// the eligibility pre-check turns them into "unknown", never into "not met".
struct ApplicationData {
    QString reference; // unique within the case file; generated when empty at import
    QString surname;
    QString givenNames;
    QString email;
    QStringList nationalities; // upper-case codes, Greece stored as "EL"
    QDateTime receivedAt;      // UTC
    Category category = Category::External;
    QString reserveList; // laureates: the competition reference
    std::optional<Education> education;
    std::optional<double> experienceYears;
    std::vector<LanguageSkill> languages;
};

// Text forms used in CSV files, JSON and the command line.
QString categoryKey(Category c); // "commission_official", ...
std::optional<Category> categoryFromKey(const QString& key);
QString educationKey(Education e); // "post_secondary", "secondary", "none"
std::optional<Education> educationFromKey(const QString& key);
QString cefrKey(CefrLevel level);                                // "A1".."C2", "native"
std::optional<CefrLevel> cefrFromKey(const QString& key);        // case-insensitive
QString languagesText(const std::vector<LanguageSkill>& skills); // "en:C2 fr:B2"

// Country and language code lists (RULES.md).
const QStringList& euMemberStates();               // the EU-27, Greece as "EL"
const QStringList& officialLanguages();            // the 24 official EU languages, lower case
QString normaliseCountryCode(const QString& code); // trims, upper-cases, "GR" -> "EL"

} // namespace sp
