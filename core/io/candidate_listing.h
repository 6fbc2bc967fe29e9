#pragma once

#include "domain/screening.h"
#include "domain/vacancy.h"

#include <QStringList>
#include <vector>

namespace sp {

// The candidate list as a table, shared by `candidates` (text and --csv) and exports: one row
// per candidate, columns in a documented, stable order.
struct CandidateListing {
    QStringList header;
    std::vector<QStringList> rows;
};

CandidateListing candidateListing(const std::vector<ScreenedCandidate>& candidates,
                                  const Vacancy& vacancy);

// "nationality: met (EU national: MT); education: ...": every criterion with its reason.
QString criterionReasons(const EligibilityCheck& check);

// "30/04/2025 12:00:00 CEST": a UTC instant shown in the vacancy's time zone.
QString localTimeText(const QDateTime& utc, const QString& zone);

} // namespace sp
