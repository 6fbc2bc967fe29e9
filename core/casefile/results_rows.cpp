#include "casefile/results_rows.h"

#include "casefile/sql.h"

#include <QSqlQuery>

namespace sp::results_rows {

std::vector<ShortlistDecision> selectDecisions(QSqlDatabase& db) {
    std::vector<ShortlistDecision> decisions;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT k.reference, d.invited, d.reason FROM "
                                               "shortlist_decision d JOIN candidate k ON "
                                               "k.id = d.candidate_id ORDER BY k.reference"));
    while (q.next())
        decisions.push_back(
            {q.value(0).toString(), q.value(1).toInt() == 1, q.value(2).toString()});
    return decisions;
}

void upsertDecision(QSqlDatabase& db, const ShortlistDecision& d, qint64 candidateId,
                    const QString& by, const QString& atUtc) {
    sql::exec(db,
              QStringLiteral("INSERT INTO shortlist_decision (candidate_id, invited, reason, "
                             "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (candidate_id) DO UPDATE SET invited = excluded.invited,"
                             " reason = excluded.reason, recorded_by = excluded.recorded_by,"
                             " recorded_at = excluded.recorded_at"),
              {candidateId, d.invited ? 1 : 0, d.reason, by, atUtc});
}

std::optional<RecordedRecommendation> selectLatestRecommendation(QSqlDatabase& db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT k.reference, r.justification, "
                                               "r.recorded_by, r.recorded_at FROM recommendation "
                                               "r JOIN candidate k ON k.id = r.candidate_id "
                                               "ORDER BY r.id DESC LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    return RecordedRecommendation{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC()};
}

void insertRecommendation(QSqlDatabase& db, qint64 candidateId, const QString& justification,
                          const QString& by, const QString& atUtc) {
    sql::exec(db,
              QStringLiteral("INSERT INTO recommendation (candidate_id, justification, "
                             "recorded_by, recorded_at) VALUES (?, ?, ?, ?)"),
              {candidateId, justification, by, atUtc});
}

void deleteAll(QSqlDatabase& db) {
    sql::exec(db, QStringLiteral("DELETE FROM shortlist_decision"));
    sql::exec(db, QStringLiteral("DELETE FROM recommendation"));
}

} // namespace sp::results_rows
