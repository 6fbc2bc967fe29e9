#include "casefile/screening_rows.h"

#include "casefile/sql.h"

#include <QSqlQuery>

namespace sp::screening_rows {

namespace {

CriterionState stateFromKey(const QString& key) {
    for (auto s : {CriterionState::Met, CriterionState::NotMet, CriterionState::Unknown})
        if (criterionStateKey(s) == key)
            return s;
    return CriterionState::Unknown;
}

const QString selectDecisionColumns =
    QStringLiteral("SELECT candidate_id, eligible, reason, pre_check, decided_by, decided_at "
                   "FROM eligibility_decision");

EligibilityDecision decisionOf(const QSqlQuery& q) {
    EligibilityDecision d;
    d.eligible = q.value(1).toInt() == 1;
    d.reason = q.value(2).toString();
    d.preCheckAtDecision = stateFromKey(q.value(3).toString());
    d.decidedBy = q.value(4).toString();
    d.decidedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    return d;
}

} // namespace

QHash<qint64, EligibilityDecision> selectDecisions(QSqlDatabase& db) {
    QHash<qint64, EligibilityDecision> decisions;
    QSqlQuery q = sql::exec(db, selectDecisionColumns);
    while (q.next())
        decisions.insert(q.value(0).toLongLong(), decisionOf(q));
    return decisions;
}

std::optional<EligibilityDecision> selectDecision(QSqlDatabase& db, qint64 candidateId) {
    QSqlQuery q = sql::exec(db, selectDecisionColumns + QStringLiteral(" WHERE candidate_id = ?"),
                            {candidateId});
    return q.next() ? std::optional<EligibilityDecision>(decisionOf(q)) : std::nullopt;
}

QHash<qint64, DeclarationTicks> selectTicks(QSqlDatabase& db) {
    QHash<qint64, DeclarationTicks> ticks;
    QSqlQuery q = sql::exec(
        db, QStringLiteral("SELECT candidate_id, declaration, fulfilled FROM declaration_tick"));
    while (q.next())
        ticks[q.value(0).toLongLong()].ticks[q.value(1).toString()] = q.value(2).toInt() == 1;
    return ticks;
}

QHash<qint64, bool> selectDuplicateResolutions(QSqlDatabase& db) {
    QHash<qint64, bool> counts;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT candidate_id, counts FROM duplicate_resolution"));
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt() == 1);
    return counts;
}

std::optional<DuplicateResolution> selectDuplicateResolution(QSqlDatabase& db, qint64 candidateId) {
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT counts, reason, decided_by FROM "
                                           "duplicate_resolution WHERE candidate_id = ?"),
                            {candidateId});
    if (!q.next())
        return std::nullopt;
    return DuplicateResolution{q.value(0).toInt() == 1, q.value(1).toString(),
                               q.value(2).toString()};
}

void upsertDecision(QSqlDatabase& db, qint64 candidateId, const EligibilityDecision& d) {
    sql::exec(
        db,
        QStringLiteral("INSERT INTO eligibility_decision (candidate_id, eligible, reason, "
                       "pre_check, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (candidate_id) DO UPDATE SET eligible = excluded.eligible,"
                       " reason = excluded.reason, pre_check = excluded.pre_check,"
                       " decided_by = excluded.decided_by, decided_at = excluded.decided_at"),
        {candidateId, d.eligible ? 1 : 0, d.reason, criterionStateKey(d.preCheckAtDecision),
         d.decidedBy, d.decidedAt.toUTC().toString(Qt::ISODateWithMs)});
}

void deleteDecision(QSqlDatabase& db, qint64 candidateId) {
    sql::exec(db, QStringLiteral("DELETE FROM eligibility_decision WHERE candidate_id = ?"),
              {candidateId});
}

void upsertTick(QSqlDatabase& db, qint64 candidateId, const QString& declaration,
                std::optional<bool> fulfilled, const QString& by, const QString& atUtc) {
    if (!fulfilled) {
        sql::exec(db,
                  QStringLiteral("DELETE FROM declaration_tick WHERE candidate_id = ? AND "
                                 "declaration = ?"),
                  {candidateId, declaration});
        return;
    }
    sql::exec(db,
              QStringLiteral("INSERT INTO declaration_tick (candidate_id, declaration, fulfilled, "
                             "ticked_by, ticked_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (candidate_id, declaration) DO UPDATE SET"
                             " fulfilled = excluded.fulfilled, ticked_by = excluded.ticked_by,"
                             " ticked_at = excluded.ticked_at"),
              {candidateId, declaration, *fulfilled ? 1 : 0, by, atUtc});
}

void upsertDuplicateResolution(QSqlDatabase& db, qint64 candidateId, bool counts,
                               const QString& reason, const QString& by, const QString& atUtc) {
    sql::exec(db,
              QStringLiteral("INSERT INTO duplicate_resolution (candidate_id, counts, reason, "
                             "decided_by, decided_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (candidate_id) DO UPDATE SET counts = excluded.counts,"
                             " reason = excluded.reason, decided_by = excluded.decided_by,"
                             " decided_at = excluded.decided_at"),
              {candidateId, counts ? 1 : 0, reason, by, atUtc});
}

void deleteDuplicateResolution(QSqlDatabase& db, qint64 candidateId) {
    sql::exec(db, QStringLiteral("DELETE FROM duplicate_resolution WHERE candidate_id = ?"),
              {candidateId});
}

} // namespace sp::screening_rows
