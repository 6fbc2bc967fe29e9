#include "domain/tier.h"

namespace sp {

Tier tierOf(Category category) {
    switch (category) {
    case Category::CommissionOfficial:
        return Tier::CommissionOfficials;
    case Category::InstitutionOfficial:
        return Tier::OtherInstitutionsOfficials;
    case Category::Laureate:
        return Tier::Laureates;
    case Category::External:
        return Tier::External;
    }
    return Tier::External;
}

bool isPriorityCategory(Category category) {
    return tierOf(category) != Tier::External;
}

int tierRank(Category category, PriorityOrder order) {
    if (order == PriorityOrder::Grouped)
        return isPriorityCategory(category) ? 0 : 1;
    return static_cast<int>(tierOf(category));
}

int tierCount(PriorityOrder order) {
    return order == PriorityOrder::Grouped ? 2 : 4;
}

namespace {

Problem namedTier(Category category, PriorityOrder order) {
    const int number = tierRank(category, order) + 1;
    if (order == PriorityOrder::Grouped && isPriorityCategory(category))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 Priority group"), number);
    switch (tierOf(category)) {
    case Tier::CommissionOfficials:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 Commission official"), number);
    case Tier::OtherInstitutionsOfficials:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 Official of another institution"),
                           number);
    case Tier::Laureates:
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 Laureate"), number);
    case Tier::External:
        break;
    }
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 External"), number);
}

// Every tier's name, and its English, made once: each candidate screened takes one.
struct TierNames {
    Problem name[2][4];
    QString english[2][4];
    TierNames() {
        for (const auto order : {PriorityOrder::Strict, PriorityOrder::Grouped})
            for (const auto category : {Category::CommissionOfficial, Category::InstitutionOfficial,
                                        Category::Laureate, Category::External}) {
                Problem& named = name[static_cast<int>(order)][static_cast<int>(category)];
                named = namedTier(category, order);
                english[static_cast<int>(order)][static_cast<int>(category)] = named.english();
            }
    }
};

const TierNames& tierNames() {
    static const TierNames names;
    return names;
}

} // namespace

Problem tierName(Category category, PriorityOrder order) {
    return tierNames().name[static_cast<int>(order)][static_cast<int>(category)];
}

QString tierLabel(Category category, PriorityOrder order) {
    return tierNames().english[static_cast<int>(order)][static_cast<int>(category)];
}

bool laureateMissingReserveList(const ApplicationData& application) {
    return application.category == Category::Laureate &&
           application.reserveList.trimmed().isEmpty();
}

QString laureateMissingReserveListFlag() {
    return QStringLiteral("laureate without a reserve-list reference");
}

} // namespace sp
