#pragma once

#include "domain/problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
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
    // The seals of the rows the change wrote (state_seal.h sealText); "" in entries written
    // before case file version 7, whose hashes therefore stay as they were.
    QString seal;
    // The acting member's Ed25519 signature of identity::signedActText(entry) and the public key
    // that made it (raw bytes); empty when unsigned (before version 8, or an actor without a
    // key). Not covered by the hash: verify checks them against the keys the record registered.
    QByteArray signature;
    QByteArray signedByKey;
};

QByteArray recordEntryHash(const RecordEntry& entry);

struct RecordProblem {
    qint64 seq = 0;
    QString message;   // English
    Problem what = {}; // the message, for the window to translate; empty text: show `message`
};

// Every break in the chain, in order; empty when the record is intact.
std::vector<RecordProblem> verifyRecordChain(const std::vector<RecordEntry>& entries);

// The last entry of the record: how many there are and the hash that covers them all. Kept apart
// from the record (in the case file and on each computer that wrote it) and printed by verify for
// the panel to note, so deleting the last entries, or rewriting the chain, shows.
struct RecordHead {
    qint64 entries = 0;
    QByteArray hash;
    friend bool operator==(const RecordHead&, const RecordHead&) = default;
};
RecordHead headOf(const std::vector<RecordEntry>& entries);
// "1234:3fa9c2d17b4e8a01": what verify prints and `verify --head` reads back.
QString headText(const RecordHead& head);
// Whether the record holds the noted head `noted` ("SEQ:HEXPREFIX", at least 8 hex digits) as
// its entry SEQ; a problem in words when it does not, nothing when it does.
std::optional<Problem> notedHeadProblem(const std::vector<RecordEntry>& entries,
                                        const QString& noted);
std::optional<QString> checkNotedHead(const std::vector<RecordEntry>& entries, // English
                                      const QString& noted);

} // namespace sp
