#include "domain/record_visibility.h"

#include <QRegularExpression>
#include <set>

namespace sp {

namespace {

bool isDraft(const RecordEntry& entry) {
    return entry.action == QLatin1String("marks_saved");
}

bool byOther(const RecordEntry& entry, const QString& reader) {
    return reader.isEmpty() || entry.actor != reader;
}

OthersMarks accessTo(const RecordEntry& entry, const OthersMarksByStage& access) {
    const std::optional<Stage> stage = markedStage(entry);
    if (!stage || entry.candidate.isEmpty())
        return OthersMarks::Hidden;
    const auto found = access.find({entry.candidate, *stage});
    return found == access.end() ? OthersMarks::Hidden : found->second;
}

void hide(QString& text, const QString& why) {
    if (!text.isEmpty())
        text = why;
}

} // namespace

bool carriesMarks(const RecordEntry& entry) {
    return isDraft(entry) || entry.action == QLatin1String("marks_submitted") ||
           entry.action == QLatin1String("consensus_recorded");
}

std::optional<Stage> markedStage(const RecordEntry& entry) {
    static const QRegularExpression leadingKey(QStringLiteral("^([a-z_]+)[: ]"));
    const QRegularExpressionMatch match =
        leadingKey.match(entry.after.isEmpty() ? entry.before : entry.after);
    return match.hasMatch() ? stageFromKey(match.captured(1)) : std::nullopt;
}

std::vector<std::pair<QString, Stage>> othersMarksConcerned(const std::vector<RecordEntry>& entries,
                                                            const QString& reader) {
    std::set<std::pair<QString, Stage>> concerned;
    for (const RecordEntry& entry : entries) {
        if (!carriesMarks(entry) || !byOther(entry, reader) || entry.candidate.isEmpty())
            continue;
        if (const std::optional<Stage> stage = markedStage(entry))
            concerned.insert({entry.candidate, *stage});
    }
    return {concerned.begin(), concerned.end()};
}

std::vector<RecordEntry> recordAsSeenBy(std::vector<RecordEntry> entries, const QString& reader,
                                        const OthersMarksByStage& access,
                                        const std::function<QString(HiddenBecause)>& hiddenText) {
    const QString notForReader = hiddenText(HiddenBecause::NotForReader);
    const QString untilSubmitted = hiddenText(HiddenBecause::UntilReaderSubmits);
    for (RecordEntry& entry : entries) {
        if (!carriesMarks(entry) || !byOther(entry, reader))
            continue;
        const OthersMarks seen = accessTo(entry, access);
        if (seen == OthersMarks::Visible && !isDraft(entry)) {
            hide(entry.before, notForReader); // the author's draft this submission replaced
            continue;
        }
        const QString& why =
            seen == OthersMarks::AfterOwnSubmission ? untilSubmitted : notForReader;
        hide(entry.before, why);
        entry.after = why;
    }
    return entries;
}

QString hiddenTextInEnglish(HiddenBecause why) {
    switch (why) {
    case HiddenBecause::UntilReaderSubmits:
        return QStringLiteral(
            "(hidden: you see the other members' marks once you have submitted yours)");
    case HiddenBecause::NotForReader:
        break;
    }
    return QStringLiteral("(hidden: you may not see these marks)");
}

} // namespace sp
