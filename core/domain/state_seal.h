#pragma once

#include "domain/problem.h"
#include "domain/record.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sp {

// A seal of one stored row: the hash of its canonical text, kept in the record entry that wrote
// it. A row edited, added or deleted with another tool then no longer matches the record, and the
// record itself is hash-chained and anchored (record_anchor.h), so rewriting both shows too.
//   unit: the candidate's reference, or ProcedureUnit for the vacancy, grid and panel;
//   key:  the row within the unit, e.g. "sheet/member2/preselection" or "eligibility".
struct RowSeal {
    QString unit;
    QString key;
    QByteArray hash; // DeletedRow when the entry records the row's deletion
    friend bool operator==(const RowSeal&, const RowSeal&) = default;
};

inline const QString ProcedureUnit = QStringLiteral("*");
inline const QByteArray DeletedRow = QByteArrayLiteral("-");

// The seal list kept in a record entry, one row a line, and back. Unit and key are
// percent-encoded, so any reference or member id survives.
QString sealText(const std::vector<RowSeal>& seals);
std::vector<RowSeal> parseSealText(const QString& text);

// What the stored state says that the record does not.
struct StateProblem {
    enum class Kind {
        Changed,     // the row differs from what its last entry sealed
        NotRecorded, // a row no entry sealed: written by another tool
        Deleted,     // a row the record holds, gone without an entry saying so
    };
    Kind kind = Kind::Changed;
    QString unit;
    QString key;
    qint64 lastSealedBy = 0; // the entry that sealed it last (0: none)
    QString message;         // names the row in words, for verify
    Problem what = {};       // the message, for the window to translate
};

// Replays the seals of the record's entries, in their order, and compares the last one of each row
// with the rows stored now. Empty when they agree.
std::vector<StateProblem> compareStateWithRecord(const std::vector<RecordEntry>& entries,
                                                 const std::vector<RowSeal>& stored);

// "the mark sheet of member2 for APP-0001 at preselection", for messages.
Problem sealedRowDescription(const QString& unit, const QString& key);

} // namespace sp
