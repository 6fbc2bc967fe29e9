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
    if (!e.seal.isEmpty())
        add(e.seal.toUtf8());
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

RecordHead headOf(const std::vector<RecordEntry>& entries) {
    if (entries.empty())
        return {};
    return {entries.back().seq, entries.back().hash};
}

QString headText(const RecordHead& head) {
    return QStringLiteral("%1:%2").arg(head.entries).arg(QString::fromLatin1(head.hash.left(16)));
}

std::optional<QString> checkNotedHead(const std::vector<RecordEntry>& entries,
                                      const QString& noted) {
    const qsizetype colon = noted.indexOf(QLatin1Char(':'));
    bool numeric = false;
    const qint64 seq = noted.left(colon).toLongLong(&numeric);
    const QByteArray prefix = noted.mid(colon + 1).trimmed().toLower().toLatin1();
    if (colon < 0 || !numeric || seq < 1 || prefix.size() < 8)
        return QStringLiteral("the noted head \"%1\" is not of the form ENTRIES:HASH (at least 8 "
                              "hexadecimal digits), as verify prints it")
            .arg(noted.left(40));
    for (const auto& e : entries)
        if (e.seq == seq)
            return e.hash.startsWith(prefix)
                       ? std::nullopt
                       : std::optional<QString>(
                             QStringLiteral("record entry %1 is not the one noted (its hash is "
                                            "%2, the noted one %3): the record was rewritten "
                                            "since")
                                 .arg(seq)
                                 .arg(QString::fromLatin1(e.hash.left(16)),
                                      QString::fromLatin1(prefix)));
    return QStringLiteral("the record has no entry %1 any more (it ends at %2): entries were "
                          "deleted since it was noted")
        .arg(seq)
        .arg(entries.empty() ? 0 : entries.back().seq);
}

} // namespace sp
