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

QString tierLabel(Category category, PriorityOrder order) {
    QString name;
    if (order == PriorityOrder::Grouped && isPriorityCategory(category)) {
        name = QStringLiteral("Priority group");
    } else {
        switch (tierOf(category)) {
        case Tier::CommissionOfficials:
            name = QStringLiteral("Commission official");
            break;
        case Tier::OtherInstitutionsOfficials:
            name = QStringLiteral("Official of another institution");
            break;
        case Tier::Laureates:
            name = QStringLiteral("Laureate");
            break;
        case Tier::External:
            name = QStringLiteral("External");
            break;
        }
    }
    return QString::number(tierRank(category, order) + 1) + QLatin1Char(' ') + name;
}

bool laureateMissingReserveList(const ApplicationData& application) {
    return application.category == Category::Laureate &&
           application.reserveList.trimmed().isEmpty();
}

QString laureateMissingReserveListFlag() {
    return QStringLiteral("laureate without a reserve-list reference");
}

} // namespace sp
