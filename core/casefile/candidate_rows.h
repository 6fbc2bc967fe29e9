#pragma once

#include "domain/candidate.h"
#include "io/application_import.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <functional>
#include <optional>
#include <vector>

// Reading and writing the candidate, document and duplicate_flag tables.
namespace sp::candidate_rows {

std::vector<Candidate> selectAll(QSqlDatabase& db);
// The same, handed over `batch` at a time as they are read (ordered by reference).
void selectAllInBatches(QSqlDatabase& db, size_t batch,
                        const std::function<void(std::vector<Candidate>&&)>& take);
std::optional<Candidate> selectByReference(QSqlDatabase& db, const QString& reference);
std::vector<DuplicateFlag> selectDuplicates(QSqlDatabase& db);
// The candidate's PDF, empty if none (erased).
QByteArray selectPdf(QSqlDatabase& db, qint64 candidateId);
// The import batch insertPlan() wrote last.
qint64 lastImportBatch(QSqlDatabase& db);
ExistingApplications selectExisting(QSqlDatabase& db);

// Inserts every valid application of the plan and its duplicate flags; returns the references
// in plan order. The caller holds the transaction.
std::vector<QString> insertPlan(QSqlDatabase& db, const ImportPlan& plan, const QString& nowUtc);

// "APP-0001", "APP-0002", ...: the first free number above every reference of that form.
QString generatedReference(int number);

} // namespace sp::candidate_rows
