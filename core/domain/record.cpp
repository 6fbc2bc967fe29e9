#include "domain/record.h"

#include <QCryptographicHash>

namespace sp {

QByteArray recordEntryHash(const RecordEntry& e) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed fields, so moving text from one field to the next changes the hash.
    auto add = [&hash](const QByteArray& field) {
        hash.addData(QByteArray::number(field.size()) + ':');
        hash.addData(field);
    };
    add(QByteArray::number(e.seq));
    add(e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    add(e.actor.toUtf8());
    add(e.action.toUtf8());
    add(e.candidate.toUtf8());
    add(e.before.toUtf8());
    add(e.after.toUtf8());
    add(e.previousHash);
    return hash.result().toHex();
}

std::vector<RecordProblem> verifyRecordChain(const std::vector<RecordEntry>& entries) {
    std::vector<RecordProblem> problems;
    QByteArray previous;
    qint64 expectedSeq = 1;
    for (const auto& e : entries) {
        if (e.seq != expectedSeq)
            problems.push_back(
                {e.seq,
                 QStringLiteral("entry %1 follows entry %2: %3 missing")
                     .arg(e.seq)
                     .arg(expectedSeq - 1)
                     .arg(e.seq > expectedSeq ? QStringLiteral("entries were deleted or are")
                                              : QStringLiteral("the order was changed or is"))});
        else if (e.previousHash != previous)
            problems.push_back({e.seq, QStringLiteral("entry %1 does not follow the entry before "
                                                      "it: an entry was deleted or reordered")
                                           .arg(e.seq)});
        if (recordEntryHash(e) != e.hash)
            problems.push_back(
                {e.seq, QStringLiteral("entry %1 was changed after it was written").arg(e.seq)});
        previous = e.hash;
        expectedSeq = e.seq + 1;
    }
    return problems;
}

} // namespace sp
