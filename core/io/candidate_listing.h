#pragma once

#include "domain/candidate.h"
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

CandidateListing candidateListing(const std::vector<Candidate>& candidates, const Vacancy& vacancy);

// "30/04/2025 12:00:00 CEST": a UTC instant shown in the vacancy's time zone.
QString localTimeText(const QDateTime& utc, const QString& zone);

} // namespace sp
