#pragma once

#include "domain/consolidation.h"
#include "domain/marking_rules.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

// Reading and writing the mark_sheet, mark and consensus tables. Candidates by reference.
namespace sp::marking_rows {

std::vector<MarkSheet> selectSheets(QSqlDatabase& db); // with their marks
// Replaces the member's sheet for the candidate and stage, marks included.
void replaceSheet(QSqlDatabase& db, const MarkSheet& sheet, qint64 candidateId,
                  const QString& atUtc);

std::vector<ConsensusMark> selectConsensus(QSqlDatabase& db); // oldest first
void insertConsensus(QSqlDatabase& db, const ConsensusMark& consensus, qint64 candidateId,
                     const QString& by, const QString& atUtc);

// Deletes every mark sheet (with its marks) and consensus mark; returns the sheets deleted.
int deleteAllMarking(QSqlDatabase& db);

} // namespace sp::marking_rows
