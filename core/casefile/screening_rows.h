#pragma once

#include "casefile/duplicate_resolution.h"
#include "domain/eligibility.h"
#include "domain/screening.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Reading and writing the eligibility_decision, declaration_tick and duplicate_resolution tables.
namespace sp::screening_rows {

QHash<qint64, EligibilityDecision> selectDecisions(QSqlDatabase& db);
std::optional<EligibilityDecision> selectDecision(QSqlDatabase& db, qint64 candidateId);
QHash<qint64, DeclarationTicks> selectTicks(QSqlDatabase& db);
QHash<qint64, bool> selectDuplicateResolutions(QSqlDatabase& db); // candidate -> counts
std::optional<DuplicateResolution> selectDuplicateResolution(QSqlDatabase& db, qint64 candidateId);

void upsertDecision(QSqlDatabase& db, qint64 candidateId, const EligibilityDecision& decision);
void deleteDecision(QSqlDatabase& db, qint64 candidateId);
void upsertTick(QSqlDatabase& db, qint64 candidateId, const QString& declaration,
                std::optional<bool> fulfilled, const QString& by, const QString& atUtc);
void upsertDuplicateResolution(QSqlDatabase& db, qint64 candidateId, bool counts,
                               const QString& reason, const QString& by, const QString& atUtc);
void deleteDuplicateResolution(QSqlDatabase& db, qint64 candidateId);

} // namespace sp::screening_rows
