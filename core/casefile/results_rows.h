#pragma once

#include "casefile/case_file.h"
#include "domain/shortlist.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

// Reading and writing the shortlist_decision and recommendation tables. Candidates by reference.
namespace sp::results_rows {

std::vector<ShortlistDecision> selectDecisions(QSqlDatabase& db);
void upsertDecision(QSqlDatabase& db, const ShortlistDecision& decision, qint64 candidateId,
                    const QString& by, const QString& atUtc);

std::optional<RecordedRecommendation> selectLatestRecommendation(QSqlDatabase& db);
void insertRecommendation(QSqlDatabase& db, qint64 candidateId, const QString& justification,
                          const QString& by, const QString& atUtc);

// Deletes every shortlist decision and recommendation (a reopened grid discards them).
void deleteAll(QSqlDatabase& db);

} // namespace sp::results_rows
