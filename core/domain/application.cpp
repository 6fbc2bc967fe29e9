#include "domain/application.h"

namespace sp {

QString categoryKey(Category c) {
    switch (c) {
    case Category::CommissionOfficial:
        return QStringLiteral("commission_official");
    case Category::InstitutionOfficial:
        return QStringLiteral("institution_official");
    case Category::Laureate:
        return QStringLiteral("laureate");
    case Category::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<Category> categoryFromKey(const QString& key) {
    for (auto c : {Category::CommissionOfficial, Category::InstitutionOfficial, Category::Laureate,
                   Category::External})
        if (categoryKey(c) == key.trimmed())
            return c;
    return std::nullopt;
}

QString educationKey(Education e) {
    switch (e) {
    case Education::PostSecondary:
        return QStringLiteral("post_secondary");
    case Education::Secondary:
        return QStringLiteral("secondary");
    case Education::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Education> educationFromKey(const QString& key) {
    for (auto e : {Education::PostSecondary, Education::Secondary, Education::None})
        if (educationKey(e) == key.trimmed())
            return e;
    return std::nullopt;
}

QString cefrKey(CefrLevel level) {
    static const char* const keys[] = {"A1", "A2", "B1", "B2", "C1", "C2", "native"};
    return QString::fromLatin1(keys[static_cast<int>(level)]);
}

std::optional<CefrLevel> cefrFromKey(const QString& key) {
    for (int i = 0; i <= static_cast<int>(CefrLevel::Native); ++i) {
        auto level = static_cast<CefrLevel>(i);
        if (cefrKey(level).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString languagesText(const std::vector<LanguageSkill>& skills) {
    QStringList parts;
    for (const auto& s : skills)
        parts << s.code + QLatin1Char(':') + cefrKey(s.level);
    return parts.join(QLatin1Char(' '));
}

const QStringList& euMemberStates() {
    static const QStringList codes = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
                                      "FR", "DE", "EL", "HU", "IE", "IT", "LV", "LT", "LU",
                                      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};
    return codes;
}

const QStringList& officialLanguages() {
    static const QStringList codes = {"bg", "cs", "da", "de", "el", "en", "es", "et",
                                      "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
                                      "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"};
    return codes;
}

QString normaliseCountryCode(const QString& code) {
    QString c = code.trimmed().toUpper();
    return c == QLatin1String("GR") ? QStringLiteral("EL") : c;
}

} // namespace sp
