#include "casefile/erasure_rows.h"

#include "casefile/sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sp::erasure_rows {

namespace {

const QString erasedName = QStringLiteral("erased");
const QString erasedText = QStringLiteral("(erased)");

// The received time kept only to the day: enough for statistics, not for identifying.
QString receivedDay(QSqlDatabase& db, qint64 id) {
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT received_at FROM candidate WHERE id = ?"), {id});
    if (!q.next())
        return QString();
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC();
    return QDateTime(at.date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

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

bool isErased(QSqlDatabase& db, const QString& reference) {
    QSqlQuery q = sql::exec(
        db,
        QStringLiteral("SELECT count(*) FROM candidate c WHERE c.reference = ? AND c.surname = ? "
                       "AND c.email = '' AND NOT EXISTS "
                       "(SELECT 1 FROM document d WHERE d.candidate_id = c.id)"),
        {reference, erasedName});
    return q.next() && q.value(0).toInt() > 0;
}

} // namespace sp::erasure_rows
