#include "record_secrecy.h"

#include "casefile/case_file.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <map>
#include <optional>
#include <utility>

namespace sp::ui {

namespace {

bool carriesMarks(const QString& action) {
    return action == QLatin1String("marks_saved") || action == QLatin1String("marks_submitted") ||
           action == QLatin1String("consensus_recorded");
}

// Mark entries start with the stage key: "preselection: c1=3 ..." or "interview c2 = 3; ...".
std::optional<Stage> stageOf(const RecordEntry& entry) {
    static const QRegularExpression leadingKey(QStringLiteral("^([a-z_]+)[: ]"));
    const QRegularExpressionMatch match =
        leadingKey.match(entry.after.isEmpty() ? entry.before : entry.after);
    return match.hasMatch() ? stageFromKey(match.captured(1)) : std::nullopt;
}

} // namespace

std::vector<RecordEntry> recordAsSeenBy(std::vector<RecordEntry> entries, const CaseFile& caseFile,
                                        const QString& viewer) {
    const QString notForYou =
        QCoreApplication::translate("RecordSecrecy", "(hidden: you may not see these marks)");
    const QString notYet = QCoreApplication::translate(
        "RecordSecrecy", "(hidden: you see the other members' marks once you have submitted "
                         "yours)");
    std::map<std::pair<QString, int>, QString> hiddenBecause; // by candidate and stage; "" = shown
    auto whyHidden = [&](const QString& candidate, Stage stage) -> QString {
        const auto key = std::make_pair(candidate, static_cast<int>(stage));
        if (const auto known = hiddenBecause.find(key); known != hiddenBecause.end())
            return known->second;
        QString why;
        try {
            if (!caseFile.visibleMarks(candidate, stage, viewer).othersVisible.allowed)
                why = notYet;
        } catch (const std::exception&) {
            // Not on the panel, abstaining or an erased reference: nothing to see.
            why = notForYou;
        }
        return hiddenBecause[key] = why;
    };
    for (RecordEntry& entry : entries) {
        if (!carriesMarks(entry.action) || (!viewer.isEmpty() && entry.actor == viewer))
            continue;
        const std::optional<Stage> stage = stageOf(entry);
        const QString why =
            stage && !entry.candidate.isEmpty() ? whyHidden(entry.candidate, *stage) : notForYou;
        if (why.isEmpty())
            continue;
        if (!entry.before.isEmpty())
            entry.before = why;
        entry.after = why;
    }
    return entries;
}

} // namespace sp::ui
