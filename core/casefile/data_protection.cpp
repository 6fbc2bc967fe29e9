#include "casefile/data_protection.h"

#include "casefile/automatic_backup.h"
#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "domain/error.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace sp {

namespace {

const QString erasedName = QStringLiteral("erased");
const QString erasedText = QStringLiteral("(erased)");

enum class Erasure { Erase, Anonymise };

// The received time kept only to the day: enough for statistics, not for identifying.
QString receivedDay(QSqlDatabase& db, qint64 id) {
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT received_at FROM candidate WHERE id = ?"), {id});
    if (!q.next())
        return QString();
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC();
    return QDateTime(at.date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

void erasePersonalData(QSqlDatabase& db, qint64 id) {
    sql::exec(db, QStringLiteral("DELETE FROM document WHERE candidate_id = ?"), {id});
    sql::exec(db,
              QStringLiteral("UPDATE candidate SET surname = ?, given_names = ?, email = ?, "
                             "nationalities = ?, received_at = ?, education = ?, "
                             "experience_years = ?, languages = ? WHERE id = ?"),
              {erasedName, QString(), QString(), QString(), receivedDay(db, id), QVariant(),
               QVariant(), QString(), id});
    sql::exec(db,
              QStringLiteral("DELETE FROM duplicate_flag WHERE candidate_id = ? OR "
                             "other_candidate_id = ?"),
              {id, id});
}

// The panel's free texts may quote the application; the decisions themselves stay.
void erasePanelTexts(QSqlDatabase& db, qint64 id) {
    const QStringList statements = {
        QStringLiteral("UPDATE eligibility_decision SET reason = ? WHERE candidate_id = ? "
                       "AND reason <> ''"),
        QStringLiteral("UPDATE duplicate_resolution SET reason = ? WHERE candidate_id = ? "
                       "AND reason <> ''"),
        QStringLiteral("UPDATE conflict SET note = ? WHERE candidate_id = ? AND note <> ''"),
        QStringLiteral("UPDATE mark_sheet SET comment = ? WHERE candidate_id = ? "
                       "AND comment <> ''"),
        QStringLiteral("UPDATE consensus SET reason = ? WHERE candidate_id = ? AND reason <> ''"),
        QStringLiteral("UPDATE shortlist_decision SET reason = ? WHERE candidate_id = ? "
                       "AND reason <> ''"),
        QStringLiteral("UPDATE recommendation SET justification = ? WHERE candidate_id = ? "
                       "AND justification <> ''"),
    };
    for (const auto& statement : statements)
        sql::exec(db, statement, {erasedText, id});
}

void requireErasable(const CaseFile& caseFile, const QString& reference) {
    const auto recorded = caseFile.results().recommendation().recorded;
    if (recorded && recorded->candidate == reference)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 is the recommended candidate: erasing needs --force")
                        .arg(reference));
    for (const auto& final : caseFile.results().finalRanking())
        if (final.ranked.candidate == reference && final.suitable)
            throw Error(ErrorKind::BadInput,
                        QStringLiteral("%1 is on the reserve list, which may still be within its "
                                       "retention period: erasing needs --force")
                            .arg(reference));
}

// Erasing rewrites every row of the candidate and seals them all anew; a row someone changed with
// another tool would be sealed, and hidden, with them. Refused instead, so verify still names it.
void requireUnchangedOutside(QSqlDatabase& db, const QStringList& references) {
    std::vector<RecordEntry> entries = record_rows::selectAll(db);
    std::vector<RowSeal> stored = seal_rows::sealUnits(db, references);
    QStringList problems;
    for (const auto& problem : compareStateWithRecord(entries, stored))
        if (references.contains(problem.unit))
            problems << problem.message;
    if (!problems.isEmpty())
        throw Error(ErrorKind::Damaged,
                    QStringLiteral("nothing was erased: %1; run verify on the case file")
                        .arg(problems.join(QStringLiteral("; "))));
}

QString eraseAll(const CaseFile& caseFile, CaseStore& store, const QStringList& references,
                 const QString& by, const QString& reason, bool force, Erasure mode) {
    QSqlDatabase& db = store.db;
    if (references.isEmpty())
        throw Error(ErrorKind::BadInput, QStringLiteral("no candidate to erase"));
    if (by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("erasing needs who does it (--by) and why (--reason)"));
    for (const auto& reference : references) {
        candidateIdOf(db, reference); // NotFound before anything is written
        if (!force)
            requireErasable(caseFile, reference);
    }
    requireUnchangedOutside(db, references);
    const QString backup = automaticBackupPath(store.path, QStringLiteral("erase"));
    backupCase(store, backup);
    BackupKeptIfDone kept(backup);
    sql::Transaction transaction(db);
    for (const auto& reference : references) {
        const qint64 id = candidateIdOf(db, reference);
        const std::vector<RowSeal> before = seal_rows::sealUnits(db, {reference});
        erasePersonalData(db, id);
        if (mode == Erasure::Erase)
            erasePanelTexts(db, id);
        record_rows::append(
            db, by,
            mode == Erasure::Erase ? QStringLiteral("candidate_erased")
                                   : QStringLiteral("candidate_anonymised"),
            reference, QString(),
            QStringLiteral("%1; backup before: %2").arg(reason, QFileInfo(backup).fileName()),
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
    QSqlQuery q = sql::exec(
        d->db,
        QStringLiteral("SELECT count(*) FROM candidate c WHERE c.reference = ? AND c.surname = ? "
                       "AND c.email = '' AND NOT EXISTS "
                       "(SELECT 1 FROM document d WHERE d.candidate_id = c.id)"),
        {reference, erasedName});
    return q.next() && q.value(0).toInt() > 0;
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
