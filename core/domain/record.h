#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace sp {

// One entry of the procedure's record: who did what, when, to whom, before and after. Entries are
// hash-chained (each hash covers the previous one), so an edited, deleted or reordered entry is
// found by verifyRecordChain().
struct RecordEntry {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;    // "import", "eligibility_decision", "marks_saved", ...
    QString candidate; // reference, empty when the entry concerns the procedure
    QString before;
    QString after;
    QByteArray previousHash; // lower-case hex; "" for the first entry
    QByteArray hash;         // lower-case hex SHA-256
};

QByteArray recordEntryHash(const RecordEntry& entry);

struct RecordProblem {
    qint64 seq = 0;
    QString message;
};

// Every break in the chain, in order; empty when the record is intact.
std::vector<RecordProblem> verifyRecordChain(const std::vector<RecordEntry>& entries);

} // namespace sp
