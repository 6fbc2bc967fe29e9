#include "casefile/marking_rows.h"

#include "casefile/sql.h"
#include "casefile/store_dialect.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace sp::marking_rows {

namespace {

MarkSheet sheetFromRow(const QSqlQuery& q) {
    MarkSheet sheet;
    sheet.member = q.value(0).toString();
    sheet.candidate = q.value(1).toString();
    sheet.stage = stageFromKey(q.value(2).toString()).value_or(Stage::Preselection);
    sheet.comment = q.value(3).toString();
    sheet.submitted = q.value(4).toInt() == 1;
    return sheet;
}

// The sheets matching `where` (a condition on mark_sheet s and candidate k), with their marks.
std::vector<MarkSheet> selectSheetsWhere(QSqlDatabase& db, const QString& where,
                                         std::initializer_list<QVariant> values) {
    std::vector<MarkSheet> sheets;
    // By the sheet's rowid: at 20,000 candidates there are millions of marks to place.
    QHash<qint64, size_t> index;
    QSqlQuery q = sql::exec(
        db,
        QStringLiteral("SELECT s.member_id, k.reference, s.stage, s.comment, "
                       "s.submitted_at IS NOT NULL, s.rowid FROM mark_sheet s JOIN candidate k ON "
                       "k.id = s.candidate_id %1 ORDER BY k.reference, s.stage, s.rowid")
            .arg(where),
        values);
    while (q.next()) {
        index.insert(q.value(5).toLongLong(), sheets.size());
        sheets.push_back(sheetFromRow(q));
    }
    // Every sheet's marks: without the candidate table, which would be one more lookup per mark.
    QSqlQuery m = sql::exec(
        db,
        where.isEmpty()
            ? QStringLiteral("SELECT s.rowid, m.criterion_id, m.mark FROM mark m JOIN mark_sheet s "
                             "ON s.member_id = m.member_id AND s.candidate_id = m.candidate_id "
                             "AND s.stage = m.stage")
            : QStringLiteral("SELECT s.rowid, m.criterion_id, m.mark FROM mark_sheet s JOIN "
                             "candidate k ON k.id = s.candidate_id JOIN mark m ON m.member_id = "
                             "s.member_id AND m.candidate_id = s.candidate_id AND m.stage = "
                             "s.stage %1")
                  .arg(where),
        values);
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

} // namespace

std::vector<MarkSheet> selectSheets(QSqlDatabase& db) {
    return selectSheetsWhere(db, QString(), {});
}

std::vector<MarkSheet> selectSheetsOf(QSqlDatabase& db, const QString& reference) {
    return selectSheetsWhere(db, QStringLiteral("WHERE k.reference = ?"), {reference});
}

void forEachCandidateSheets(
    QSqlDatabase& db, Stage stage,
    const std::function<void(const QString& reference, const std::vector<MarkSheet>& sheets)>&
        visit) {
    // Two cursors in the same candidate order, the sheets and their marks, walked side by side:
    // one row per mark with three small values, rather than the sheet's columns repeated.
    const QString key = stageKey(stage);
    const QString join = dialectOf(db).orderedJoin();
    QSqlQuery sheetRows = sql::execBeside(
        db,
        QStringLiteral("SELECT s.candidate_id, s.rowid, s.member_id, k.reference, "
                       "s.submitted_at IS NOT NULL FROM mark_sheet s %1 candidate k ON "
                       "k.id = s.candidate_id WHERE s.stage = ? ORDER BY s.candidate_id")
            .arg(join),
        {key});
    QSqlQuery markRows = sql::execBeside(
        db,
        QStringLiteral("SELECT s.candidate_id, s.rowid, m.criterion_id, m.mark FROM mark_sheet s "
                       "%1 mark m ON m.member_id = s.member_id AND m.candidate_id = "
                       "s.candidate_id AND m.stage = s.stage WHERE s.stage = ? ORDER BY "
                       "s.candidate_id")
            .arg(join),
        {key});
    bool moreSheets = sheetRows.next();
    bool moreMarks = markRows.next();
    QSet<QString> criterionIds; // shared rather than allocated once per mark
    std::vector<MarkSheet> sheets;
    std::vector<qint64> sheetIds;
    while (moreSheets) {
        const qint64 candidateId = sheetRows.value(0).toLongLong();
        const QString reference = sheetRows.value(3).toString();
        sheets.clear();
        sheetIds.clear();
        for (; moreSheets && sheetRows.value(0).toLongLong() == candidateId;
             moreSheets = sheetRows.next()) {
            MarkSheet sheet;
            sheet.member = sheetRows.value(2).toString();
            sheet.candidate = reference;
            sheet.stage = stage;
            sheet.submitted = sheetRows.value(4).toInt() == 1;
            sheets.push_back(std::move(sheet));
            sheetIds.push_back(sheetRows.value(1).toLongLong());
        }
        while (moreMarks && markRows.value(0).toLongLong() < candidateId)
            moreMarks = markRows.next();
        for (; moreMarks && markRows.value(0).toLongLong() == candidateId;
             moreMarks = markRows.next()) {
            const qint64 sheetId = markRows.value(1).toLongLong();
            for (size_t i = 0; i < sheetIds.size(); ++i)
                if (sheetIds[i] == sheetId) {
                    sheets[i].marks[*criterionIds.insert(markRows.value(2).toString())] =
                        markRows.value(3).toInt();
                    break;
                }
        }
        visit(reference, sheets);
    }
}

std::vector<MarkSheet> selectSheetStates(QSqlDatabase& db) {
    std::vector<MarkSheet> sheets;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT s.member_id, k.reference, s.stage, '', "
                                               "s.submitted_at IS NOT NULL FROM mark_sheet s JOIN "
                                               "candidate k ON k.id = s.candidate_id"));
    while (q.next())
        sheets.push_back(sheetFromRow(q));
    return sheets;
}

std::vector<MarkSheet> selectSheetStates(QSqlDatabase& db, const QString& member, Stage stage) {
    std::vector<MarkSheet> sheets;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT k.reference, s.submitted_at IS NOT NULL FROM "
                                           "mark_sheet s JOIN candidate k ON k.id = "
                                           "s.candidate_id WHERE s.member_id = ? AND s.stage = ?"),
                            {member, stageKey(stage)});
    while (q.next())
        sheets.push_back({member, q.value(0).toString(), stage, {}, {}, q.value(1).toInt() == 1});
    return sheets;
}

void replaceSheet(QSqlDatabase& db, const MarkSheet& sheet, qint64 candidateId,
                  const QString& atUtc) {
    const QString stage = stageKey(sheet.stage);
    sql::exec(db,
              QStringLiteral("DELETE FROM mark_sheet WHERE member_id = ? AND candidate_id = ? "
                             "AND stage = ?"),
              {sheet.member, candidateId, stage});
    // Written as a draft, then submitted once its marks are in: a server's policy lets a sheet be
    // submitted only once it marks every criterion of its stage.
    sql::exec(db,
              QStringLiteral("INSERT INTO mark_sheet (member_id, candidate_id, stage, comment, "
                             "submitted_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?)"),
              {sheet.member, candidateId, stage, sheet.comment, atUtc});
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT INTO mark (member_id, candidate_id, stage, criterion_id, mark) "
                           "VALUES (?, ?, ?, ?, ?)"));
    for (const auto& [criterion, mark] : sheet.marks)
        sql::run(insert, {sheet.member, candidateId, stage, criterion, mark});
    if (sheet.submitted)
        sql::exec(db,
                  QStringLiteral("UPDATE mark_sheet SET submitted_at = ? WHERE member_id = ? AND "
                                 "candidate_id = ? AND stage = ?"),
                  {atUtc, sheet.member, candidateId, stage});
}

namespace {

std::vector<ConsensusMark> selectConsensusWhere(QSqlDatabase& db, const QString& where,
                                                std::initializer_list<QVariant> values) {
    std::vector<ConsensusMark> consensus;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT k.reference, c.stage, c.criterion_id, c.mark, "
                                           "c.reason FROM consensus c JOIN candidate k ON k.id = "
                                           "c.candidate_id %1 ORDER BY c.id")
                                .arg(where),
                            values);
    while (q.next())
        consensus.push_back({q.value(0).toString(),
                             stageFromKey(q.value(1).toString()).value_or(Stage::Preselection),
                             q.value(2).toString(), q.value(3).toInt(), q.value(4).toString()});
    return consensus;
}

} // namespace

std::vector<ConsensusMark> selectConsensus(QSqlDatabase& db) {
    return selectConsensusWhere(db, QString(), {});
}

std::vector<ConsensusMark> selectConsensusOf(QSqlDatabase& db, const QString& reference) {
    return selectConsensusWhere(db, QStringLiteral("WHERE k.reference = ?"), {reference});
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
