#pragma once

#include "domain/consolidation.h"
#include "domain/marking_rules.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

// Reading and writing the mark_sheet, mark and consensus tables. Candidates by reference.
namespace sp::marking_rows {

std::vector<MarkSheet> selectSheets(QSqlDatabase& db); // with their marks
std::vector<MarkSheet> selectSheetsOf(QSqlDatabase& db, const QString& reference);
// Each candidate's sheets at the stage, with their marks, handed to `visit` one candidate at a
// time (candidates without sheets are skipped): ranking reads every mark without holding them
// all.
void forEachCandidateSheets(QSqlDatabase& db, Stage stage,
                            const std::function<void(const QString& reference,
                                                     const std::vector<MarkSheet>& sheets)>& visit);
// Without marks or comments: whose, for whom, at which stage, submitted or not. Everyone's, or
// one member's at one stage.
std::vector<MarkSheet> selectSheetStates(QSqlDatabase& db);
std::vector<MarkSheet> selectSheetStates(QSqlDatabase& db, const QString& member, Stage stage);
// Replaces the member's sheet for the candidate and stage, marks included.
void replaceSheet(QSqlDatabase& db, const MarkSheet& sheet, qint64 candidateId,
                  const QString& atUtc);

std::vector<ConsensusMark> selectConsensus(QSqlDatabase& db); // oldest first
std::vector<ConsensusMark> selectConsensusOf(QSqlDatabase& db, const QString& reference);
void insertConsensus(QSqlDatabase& db, const ConsensusMark& consensus, qint64 candidateId,
                     const QString& by, const QString& atUtc);

// Deletes every mark sheet (with its marks) and consensus mark; returns the sheets deleted.
int deleteAllMarking(QSqlDatabase& db);

} // namespace sp::marking_rows
