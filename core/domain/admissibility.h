#pragma once

#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QDateTime>
#include <QString>

namespace sp {

enum class AdmissibilityState {
    Admissible, // received on or before the deadline
    Late,       // received after the deadline: inadmissible
    Unknown,    // no time of receipt, or the vacancy has no valid deadline
};
QString admissibilityKey(AdmissibilityState state); // "admissible", "late", "unknown"

struct Admissibility {
    AdmissibilityState state = AdmissibilityState::Unknown;
    // Says why, in the deadline's local time with the zone abbreviation and in UTC:
    // "received 30/04/2025 12:00:01 CEST (10:00:01 UTC), after the deadline 30/04/2025 12:00:00
    // CEST"
    Problem why; // the window translates it; reason() is the English
    QString reason() const { return why.english(); }

    bool admissible() const { return state == AdmissibilityState::Admissible; }
};

// "No applications will be accepted after the publication deadline": late iff the time of
// receipt, truncated to the second, is after the deadline. receivedAt may carry any offset.
Admissibility checkAdmissibility(const QDateTime& receivedAt, const Vacancy& vacancy);

} // namespace sp
