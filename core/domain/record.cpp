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
        auto add = [&](Problem problem) {
            problems.push_back({e.seq, problem.english(), std::move(problem)});
        };
        if (e.seq != expectedSeq)
            add(Problem::of(e.seq > expectedSeq
                                ? QT_TRANSLATE_NOOP("sp::Problem", "entry %1 follows entry %2: "
                                                                   "entries were deleted or are "
                                                                   "missing")
                                : QT_TRANSLATE_NOOP("sp::Problem", "entry %1 follows entry %2: "
                                                                   "the order was changed or is "
                                                                   "missing"),
                            e.seq, expectedSeq - 1));
        else if (e.previousHash != previous)
            add(Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "entry %1 does not follow the entry before it: an "
                                              "entry was deleted or reordered"),
                            e.seq));
        if (recordEntryHash(e) != e.hash)
            add(Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem", "entry %1 was changed after it was written"),
                e.seq));
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

std::optional<Problem> notedHeadProblem(const std::vector<RecordEntry>& entries,
                                        const QString& noted) {
    const qsizetype colon = noted.indexOf(QLatin1Char(':'));
    bool numeric = false;
    const qint64 seq = noted.left(colon).toLongLong(&numeric);
    const QByteArray prefix = noted.mid(colon + 1).trimmed().toLower().toLatin1();
    if (colon < 0 || !numeric || seq < 1 || prefix.size() < 8)
        return Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                         "the noted head \"%1\" is not of the form ENTRIES:HASH "
                                         "(at least 8 hexadecimal digits), as verify prints it"),
                       {noted.left(40)},
                       QStringLiteral("head")};
    for (const auto& e : entries)
        if (e.seq == seq)
            return e.hash.startsWith(prefix)
                       ? std::nullopt
                       : std::optional<Problem>(Problem::of(
                             QT_TRANSLATE_NOOP("sp::Problem",
                                               "record entry %1 is not the one noted (its hash is "
                                               "%2, the noted one %3): the record was rewritten "
                                               "since"),
                             seq, QString::fromLatin1(e.hash.left(16)),
                             QString::fromLatin1(prefix)));
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                         "the record has no entry %1 any more (it ends at %2): "
                                         "entries were deleted since it was noted"),
                       seq, entries.empty() ? 0 : entries.back().seq);
}

std::optional<QString> checkNotedHead(const std::vector<RecordEntry>& entries,
                                      const QString& noted) {
    const auto problem = notedHeadProblem(entries, noted);
    return problem ? std::optional<QString>(problem->english()) : std::nullopt;
}

} // namespace sp
