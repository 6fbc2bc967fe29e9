#pragma once

#include <QSqlDatabase>
#include <QString>

// The rows data protection rewrites (data_protection.h): a candidate's personal data, and the
// panel's free texts about them.
namespace sp::erasure_rows {

// Deletes the PDF and the duplicate flags; the surname becomes "erased", the other personal
// fields nothing, the received time is kept to the day.
void erasePersonalData(QSqlDatabase& db, qint64 candidateId);
// The panel's free texts (reasons, notes, comments, justification) become "(erased)"; the
// decisions themselves stay.
void erasePanelTexts(QSqlDatabase& db, qint64 candidateId);
bool isErased(QSqlDatabase& db, const QString& reference);

} // namespace sp::erasure_rows
