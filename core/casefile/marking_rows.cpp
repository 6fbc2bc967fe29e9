#include "casefile/marking_rows.h"

#include "casefile/sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace sp::marking_rows {

std::vector<MarkSheet> selectSheets(QSqlDatabase& db) {
    std::vector<MarkSheet> sheets;
    // By the sheet's rowid: at 20,000 candidates there are millions of marks to place.
    QHash<qint64, size_t> index;
    QSqlQuery q = sql::exec(
        db, QStringLiteral("SELECT s.member_id, k.reference, s.stage, s.comment, "
                           "s.submitted_at IS NOT NULL, s.rowid FROM mark_sheet s JOIN candidate "
                           "k ON k.id = s.candidate_id ORDER BY k.reference, s.stage, s.rowid"));
    while (q.next()) {
        MarkSheet sheet;
        sheet.member = q.value(0).toString();
        sheet.candidate = q.value(1).toString();
        sheet.stage = stageFromKey(q.value(2).toString()).value_or(Stage::Preselection);
        sheet.comment = q.value(3).toString();
        sheet.submitted = q.value(4).toInt() == 1;
        index.insert(q.value(5).toLongLong(), sheets.size());
        sheets.push_back(std::move(sheet));
    }
    QSqlQuery m = sql::exec(
        db, QStringLiteral("SELECT s.rowid, m.criterion_id, m.mark FROM mark m JOIN mark_sheet s "
                           "ON s.member_id = m.member_id AND s.candidate_id = m.candidate_id "
                           "AND s.stage = m.stage"));
    // A handful of criterion ids, shared rather than allocated once per mark.
    QSet<QString> criterionIds;
    while (m.next()) {
        const auto it = index.constFind(m.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        const QString criterion = *criterionIds.insert(m.value(1).toString());
        sheets[*it].marks[criterion] = m.value(2).toInt();
    }
    return sheets;
}

void replaceSheet(QSqlDatabase& db, const MarkSheet& sheet, qint64 candidateId,
                  const QString& atUtc) {
    const QString stage = stageKey(sheet.stage);
    sql::exec(db,
              QStringLiteral("DELETE FROM mark_sheet WHERE member_id = ? AND candidate_id = ? "
                             "AND stage = ?"),
              {sheet.member, candidateId, stage});
    sql::exec(db,
              QStringLiteral("INSERT INTO mark_sheet (member_id, candidate_id, stage, comment, "
                             "submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {sheet.member, candidateId, stage, sheet.comment,
               sheet.submitted ? QVariant(atUtc) : QVariant(), atUtc});
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT INTO mark (member_id, candidate_id, stage, criterion_id, mark) "
                           "VALUES (?, ?, ?, ?, ?)"));
    for (const auto& [criterion, mark] : sheet.marks)
        sql::run(insert, {sheet.member, candidateId, stage, criterion, mark});
}

std::vector<ConsensusMark> selectConsensus(QSqlDatabase& db) {
    std::vector<ConsensusMark> consensus;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT k.reference, c.stage, c.criterion_id, "
                                               "c.mark, c.reason FROM consensus c JOIN candidate "
                                               "k ON k.id = c.candidate_id ORDER BY c.id"));
    while (q.next())
        consensus.push_back({q.value(0).toString(),
                             stageFromKey(q.value(1).toString()).value_or(Stage::Preselection),
                             q.value(2).toString(), q.value(3).toInt(), q.value(4).toString()});
    return consensus;
}

void insertConsensus(QSqlDatabase& db, const ConsensusMark& c, qint64 candidateId,
                     const QString& by, const QString& atUtc) {
    sql::exec(db,
              QStringLiteral("INSERT INTO consensus (candidate_id, stage, criterion_id, mark, "
                             "reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {candidateId, stageKey(c.stage), c.criterion, c.mark, c.reason, by, atUtc});
}

int deleteAllMarking(QSqlDatabase& db) {
    QSqlQuery count = sql::exec(db, QStringLiteral("SELECT count(*) FROM mark_sheet"));
    const int sheets = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    sql::exec(db, QStringLiteral("DELETE FROM mark"));
    sql::exec(db, QStringLiteral("DELETE FROM mark_sheet"));
    sql::exec(db, QStringLiteral("DELETE FROM consensus"));
    return sheets;
}

} // namespace sp::marking_rows
