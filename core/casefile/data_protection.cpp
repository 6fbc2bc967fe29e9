#include "casefile/data_protection.h"

#include "casefile/automatic_backup.h"
#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/erasure_rows.h"
#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace sp {

namespace {

enum class Erasure { Erase, Anonymise };

void requireErasable(const CaseFile& caseFile, const QString& reference) {
    const auto recorded = caseFile.results().recommendation().recorded;
    if (recorded && recorded->candidate == reference)
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "%1 is the recommended candidate: erasing needs --force"),
                        reference));
    for (const auto& final : caseFile.results().finalRanking())
        if (final.ranked.candidate == reference && final.suitable)
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "%1 is on the reserve list, which may still be within its "
                                        "retention period: erasing needs --force"),
                                    reference));
}

// Erasing rewrites every row of the candidate and seals them all anew; a row someone changed with
// another tool would be sealed, and hidden, with them. Refused instead, so verify still names it.
void requireUnchangedOutside(QSqlDatabase& db, const QStringList& references) {
    std::vector<RecordEntry> entries = record_rows::selectAll(db);
    std::vector<RowSeal> stored = seal_rows::sealUnits(db, references);
    std::vector<Problem> changed;
    for (const auto& problem : compareStateWithRecord(entries, stored))
        if (references.contains(problem.unit))
            changed.push_back(problem.what);
    if (!changed.empty())
        throw Error(
            ErrorKind::Damaged,
            Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                      "nothing was erased: %1; run verify on the case file"),
                    {},
                    {},
                    {Problem::joined(changed)}});
}

QString eraseAll(const CaseFile& caseFile, CaseStore& store, const QStringList& references,
                 const QString& by, const QString& reason, bool force, Erasure mode) {
    QSqlDatabase& db = store.db;
    if (references.isEmpty())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate to erase")));
    if (by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                        "sp::Problem", "erasing needs who does it (--by) and why (--reason)")));
    for (const auto& reference : references) {
        candidateIdOf(db, reference); // NotFound before anything is written
        if (!force)
            requireErasable(caseFile, reference);
    }
    const StoreDialect& dialect = dialectOf(db);
    if (dialect.sealsRows())
        requireUnchangedOutside(db, references);
    const QString backup = dialect.prepareErasure(store);
    BackupKeptIfDone kept(backup);
    sql::Transaction transaction(db);
    for (const auto& reference : references) {
        const qint64 id = candidateIdOf(db, reference);
        const std::vector<RowSeal> before = seal_rows::sealUnits(db, {reference});
        erasure_rows::erasePersonalData(db, id);
        if (mode == Erasure::Erase)
            erasure_rows::erasePanelTexts(db, id);
        record_rows::append(
            db, by,
            mode == Erasure::Erase ? QStringLiteral("candidate_erased")
                                   : QStringLiteral("candidate_anonymised"),
            reference, QString(),
            backup.isEmpty()
                ? reason
                : QStringLiteral("%1; backup before: %2").arg(reason, QFileInfo(backup).fileName()),
            seal_rows::changes(before, seal_rows::sealUnits(db, {reference})));
    }
    transaction.commit();
    kept.done();
    return backup;
}

} // namespace

QString DataProtection::eraseCandidates(const QStringList& references, const QString& by,
                                        const QString& reason, bool force) {
    requireWritable(*d);
    return eraseAll(*case_, *d, references, by, reason, force, Erasure::Erase);
}

QString DataProtection::eraseCandidate(const QString& reference, const QString& by,
                                       const QString& reason, bool force) {
    return eraseCandidates({reference}, by, reason, force);
}

QString DataProtection::anonymiseCandidate(const QString& reference, const QString& by,
                                           const QString& reason, bool force) {
    requireWritable(*d);
    return eraseAll(*case_, *d, {reference}, by, reason, force, Erasure::Anonymise);
}

bool DataProtection::isErased(const QString& reference) const {
    return erasure_rows::isErased(d->db, reference);
}

QStringList DataProtection::erasableOlderThan(int days, const QDateTime& nowUtc) const {
    const auto recorded = case_->results().recommendation().recorded;
    const QDateTime cutoff = nowUtc.addDays(-days);
    QStringList references;
    for (const auto& c : case_->applications().candidates()) {
        const QString& reference = c.application.reference;
        if (c.application.receivedAt < cutoff && !isErased(reference) &&
            !(recorded && recorded->candidate == reference))
            references << reference;
    }
    return references;
}

} // namespace sp
