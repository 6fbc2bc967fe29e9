#pragma once

#include "domain/screening.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// Where candidates stand, stage by stage, for the geographical balance.
enum class BalanceStage { Applied, Admissible, Eligible, Shortlisted, Suitable, Recommended };
QString balanceStageKey(BalanceStage stage); // "applied", "admissible", ...

// One stage: how many candidates reached it, and how many of them are nationals of an
// under-represented Member State.
struct StageBalance {
    BalanceStage stage = BalanceStage::Applied;
    int candidates = 0;
    int underRepresented = 0;
    // underRepresented / candidates, 0 when nobody reached the stage.
    double share() const;
};

struct GeographicalBalance {
    QStringList underRepresented;     // the vacancy's Member States, as defined
    std::vector<StageBalance> stages; // in BalanceStage order, all six
};

// A candidate counts as a national of an under-represented Member State when ANY of their
// nationalities is one: a dual national is counted once, never twice, and never split.
bool fromUnderRepresented(const ApplicationData& application, const QStringList& underRepresented);

// What the stages after screening are, by candidate reference.
struct BalanceResults {
    QStringList shortlisted; // invited to interview, with the panel's decisions
    QStringList suitable;    // of the final ranking
    QString recommended;     // the panel's recorded recommendation, empty until then
};

// The share at each stage: applied counts every application except duplicates set aside (the
// same person applying twice counts once); admissible also leaves out the late ones; eligible,
// those the panel decided eligible. For reporting only: nothing here feeds a mark, a rank, the
// shortlist or the recommendation, which never read a nationality.
GeographicalBalance geographicalBalance(const std::vector<ScreenedCandidate>& screened,
                                        const BalanceResults& results,
                                        const QStringList& underRepresented);

} // namespace sp
