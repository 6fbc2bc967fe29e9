#include "record_table_model.h"

#include "display_format.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimeZone>

namespace sp::ui {

namespace {

constexpr qsizetype shortTextLength = 80;
// A grid change records the whole vacancy file; a tooltip that tall would cover the screen.
constexpr qsizetype toolTipLength = 1500;

QString oneShortLine(const QString& text) {
    const QString line = text.simplified();
    return line.size() > shortTextLength ? line.left(shortTextLength - 1) + QChar(0x2026) : line;
}

QString cappedToolTip(const QString& text) {
    return text.size() > toolTipLength ? text.left(toolTipLength) + QChar(0x2026) : text;
}

} // namespace

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setEntries(std::vector<RecordEntry> entries,
                                  std::map<QString, QString> memberNames,
                                  std::map<qint64, QString> problems) {
    beginResetModel();
    entries_ = std::move(entries);
    memberNames_ = std::move(memberNames);
    problems_ = std::move(problems);
    endResetModel();
}

QString RecordTableModel::actionLabel(const QString& action) {
    static const struct {
        const char* code;
        const char* label;
    } labels[] = {
        {"case_created", QT_TR_NOOP("Case file created")},
        {"import", QT_TR_NOOP("Applications imported")},
        {"eligibility_decision", QT_TR_NOOP("Eligibility decided")},
        {"eligibility_decision_withdrawn", QT_TR_NOOP("Eligibility decision withdrawn")},
        {"declaration_ticked", QT_TR_NOOP("Declaration ticked")},
        {"duplicate_resolved", QT_TR_NOOP("Duplicate resolved")},
        {"duplicate_resolution_withdrawn", QT_TR_NOOP("Duplicate decision withdrawn")},
        {"panel_member_added", QT_TR_NOOP("Panel member added")},
        {"conflict_declared", QT_TR_NOOP("Conflict of interest declared")},
        {"aggregation_set", QT_TR_NOOP("Aggregation of marks set")},
        {"grid_changed", QT_TR_NOOP("Grid changed")},
        {"grid_frozen", QT_TR_NOOP("Grid frozen")},
        {"grid_reopened", QT_TR_NOOP("Grid reopened")},
        {"marks_saved", QT_TR_NOOP("Marks saved (draft)")},
        {"marks_submitted", QT_TR_NOOP("Marks submitted")},
        {"consensus_recorded", QT_TR_NOOP("Consensus mark recorded")},
        {"shortlist_decision", QT_TR_NOOP("Invitation to interview decided")},
        {"recommendation", QT_TR_NOOP("Recommendation recorded")},
        {"candidate_erased", QT_TR_NOOP("Candidate's personal data erased")},
        {"candidate_anonymised", QT_TR_NOOP("Candidate anonymised")},
        {"record_exported", QT_TR_NOOP("Record exported")},
        {"report_exported", QT_TR_NOOP("Selection report exported")},
    };
    for (const auto& entry : labels)
        if (action == QLatin1String(entry.code))
            return tr(entry.label);
    return action;
}

QString RecordTableModel::actorLabel(const QString& actor) const {
    const auto it = memberNames_.find(actor);
    return it == memberNames_.end() ? actor : it->second;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RecordEntry& entry = entries_[static_cast<size_t>(index.row())];
    const auto problem = problems_.find(entry.seq);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case FullTextRole:
        if (index.column() == BeforeColumn)
            return entry.before;
        if (index.column() == AfterColumn)
            return entry.after;
        return displayText(entry, index.column());
    case ProblemRole:
        return problem == problems_.end() ? QString() : problem->second;
    case Qt::BackgroundRole:
        if (problem != problems_.end())
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString RecordTableModel::displayText(const RecordEntry& entry, int column) const {
    switch (column) {
    case NumberColumn:
        return QLocale().toString(entry.seq);
    case WhenColumn:
        return zonedDateTimeText(entry.at, QTimeZone::systemTimeZone());
    case WhoColumn:
        return actorLabel(entry.actor);
    case WhatColumn:
        return actionLabel(entry.action);
    case CandidateColumn:
        return entry.candidate;
    case BeforeColumn:
        return oneShortLine(entry.before);
    case AfterColumn:
        return oneShortLine(entry.after);
    default:
        return {};
    }
}

QString RecordTableModel::toolTip(const RecordEntry& entry, int column) const {
    if (const auto problem = problems_.find(entry.seq); problem != problems_.end())
        if (column == NumberColumn)
            return tr("This entry breaks the record's hash chain: %1").arg(problem->second);
    switch (column) {
    case WhenColumn:
        return tr("%1 UTC").arg(entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case WhoColumn:
        return entry.actor;
    case WhatColumn:
        return entry.action;
    case BeforeColumn:
        return cappedToolTip(entry.before);
    case AfterColumn:
        return cappedToolTip(entry.after);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case CandidateColumn:
        return tr("Candidate");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace sp::ui
