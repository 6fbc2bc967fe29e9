#include "domain/geographical_balance.h"

#include <QSet>

namespace sp {

QString balanceStageKey(BalanceStage stage) {
    switch (stage) {
    case BalanceStage::Applied:
        return QStringLiteral("applied");
    case BalanceStage::Admissible:
        return QStringLiteral("admissible");
    case BalanceStage::Eligible:
        return QStringLiteral("eligible");
    case BalanceStage::Shortlisted:
        return QStringLiteral("shortlisted");
    case BalanceStage::Suitable:
        return QStringLiteral("suitable");
    case BalanceStage::Recommended:
        return QStringLiteral("recommended");
    }
    return {};
}

double StageBalance::share() const {
    return candidates == 0 ? 0.0 : static_cast<double>(underRepresented) / candidates;
}

bool fromUnderRepresented(const ApplicationData& application, const QStringList& underRepresented) {
    for (const auto& nationality : application.nationalities)
        if (underRepresented.contains(normaliseCountryCode(nationality)))
            return true;
    return false;
}

namespace {

void count(StageBalance& stage, bool national) {
    ++stage.candidates;
    if (national)
        ++stage.underRepresented;
}

} // namespace

GeographicalBalance geographicalBalance(const std::vector<ScreenedCandidate>& screened,
                                        const BalanceResults& results,
                                        const QStringList& underRepresented) {
    QStringList states;
    for (const auto& state : underRepresented)
        states << normaliseCountryCode(state);
    const QSet<QString> shortlisted(results.shortlisted.begin(), results.shortlisted.end());
    const QSet<QString> suitable(results.suitable.begin(), results.suitable.end());

    GeographicalBalance balance;
    balance.underRepresented = underRepresented;
    for (auto stage :
         {BalanceStage::Applied, BalanceStage::Admissible, BalanceStage::Eligible,
          BalanceStage::Shortlisted, BalanceStage::Suitable, BalanceStage::Recommended})
        balance.stages.push_back(StageBalance{stage, 0, 0});
    auto at = [&balance](BalanceStage stage) -> StageBalance& {
        return balance.stages[static_cast<size_t>(stage)];
    };

    for (const auto& candidate : screened) {
        const ScreeningStatus status = candidate.screening.status;
        if (status == ScreeningStatus::Superseded)
            continue;
        const QString& reference = candidate.candidate.application.reference;
        const bool national = fromUnderRepresented(candidate.candidate.application, states);
        count(at(BalanceStage::Applied), national);
        if (status == ScreeningStatus::Inadmissible)
            continue;
        count(at(BalanceStage::Admissible), national);
        if (!takesPartInMerit(candidate.screening))
            continue;
        count(at(BalanceStage::Eligible), national);
        if (shortlisted.contains(reference))
            count(at(BalanceStage::Shortlisted), national);
        if (suitable.contains(reference))
            count(at(BalanceStage::Suitable), national);
        if (reference == results.recommended)
            count(at(BalanceStage::Recommended), national);
    }
    return balance;
}

} // namespace sp
