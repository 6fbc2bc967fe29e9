#include "candidate_table_model.h"

#include "display_format.h"
#include "marking_text.h"
#include "problem_text.h"
#include "screening_text.h"
#include "search_text.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace sp::ui {

CandidateTableModel::CandidateTableModel(QObject* parent)
    : QAbstractTableModel(parent), rows_(std::make_shared<const std::vector<ScreenedCandidate>>()),
      zone_(QTimeZone::utc()) {}

void CandidateTableModel::setTimeZone(const QTimeZone& zone) {
    zone_ = zone.isValid() ? zone : QTimeZone::utc();
    if (!rows_->empty())
        emit dataChanged(index(0, ReceivedColumn), index(rowCount() - 1, ReceivedColumn));
}

void CandidateTableModel::setScreenedCandidates(
    std::shared_ptr<const std::vector<ScreenedCandidate>> screened,
    const std::vector<DuplicateFlag>& duplicates) {
    // One reset: each makes the sorted list sort every row again.
    beginResetModel();
    fillRows(screened ? std::move(screened)
                      : std::make_shared<const std::vector<ScreenedCandidate>>(),
             true);
    duplicateFlags_ = duplicateFlagsOf(duplicates);
    endResetModel();
}

std::vector<QStringList>
CandidateTableModel::duplicateFlagsOf(const std::vector<DuplicateFlag>& duplicates) const {
    std::vector<QStringList> flags(rows_->size());
    for (const DuplicateFlag& flag : duplicates) {
        const int row = rowOfReference(flag.reference);
        const int other = rowOfReference(flag.otherReference);
        if (row >= 0)
            flags[size_t(row)]
                << tr("probable duplicate of %1 (%2)").arg(flag.otherReference, flag.reason);
        if (other >= 0)
            flags[size_t(other)]
                << tr("probable duplicate of %1 (%2)").arg(flag.reference, flag.reason);
    }
    return flags;
}

void CandidateTableModel::updateScreenedCandidates(
    std::shared_ptr<const std::vector<ScreenedCandidate>> screened,
    const std::vector<DuplicateFlag>& duplicates, const QSet<QString>& changed) {
    const bool sameRows =
        screened && screened_ && screened->size() == rows_->size() &&
        std::equal(screened->cbegin(), screened->cend(), rows_->cbegin(),
                   [](const ScreenedCandidate& now, const ScreenedCandidate& before) {
                       return now.candidate.id == before.candidate.id &&
                              now.candidate.application.reference ==
                                  before.candidate.application.reference;
                   });
    if (!sameRows) {
        setScreenedCandidates(std::move(screened), duplicates);
        return;
    }
    // The rows, their ids and references are as they were: search texts and indexes stay.
    rows_ = std::move(screened);
    std::vector<QStringList> flags = duplicateFlagsOf(duplicates);
    // A duplicate's resolution may speak of the application it duplicates: both rows are read.
    QSet<QString> references = changed;
    for (const DuplicateFlag& flag : duplicates) {
        if (changed.contains(flag.reference))
            references.insert(flag.otherReference);
        if (changed.contains(flag.otherReference))
            references.insert(flag.reference);
    }
    std::vector<int> rows;
    for (const QString& reference : references)
        if (const int row = rowOfReference(reference); row >= 0)
            rows.push_back(row);
    for (size_t row = 0; row < flags.size(); ++row)
        if (flags[row] != duplicateFlags_[row])
            rows.push_back(static_cast<int>(row));
    duplicateFlags_ = std::move(flags);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CandidateTableModel::setMarkingTasks(QHash<QString, MarkingTask> preselection,
                                          QHash<QString, MarkingTask> interview) {
    // Only the rows whose task changed: a mark saved for one candidate repaints one row, and the
    // sorted, filtered list above does not look at every row again.
    QSet<QString> changed;
    const auto compare = [&changed](const QHash<QString, MarkingTask>& before,
                                    const QHash<QString, MarkingTask>& after) {
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (const auto found = after.constFind(it.key());
                found == after.cend() || *found != *it)
                changed.insert(it.key());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!before.contains(it.key()))
                changed.insert(it.key());
    };
    compare(preselectionTasks_, preselection);
    compare(interviewTasks_, interview);
    preselectionTasks_ = std::move(preselection);
    interviewTasks_ = std::move(interview);
    for (const QString& reference : changed)
        if (const int row = rowOfReference(reference); row >= 0)
            emit dataChanged(index(row, MyMarksColumn), index(row, MyMarksColumn));
}

std::optional<MarkingTask> CandidateTableModel::shownTask(const Candidate& candidate) const {
    const QString& reference = candidate.application.reference;
    if (const auto it = interviewTasks_.constFind(reference); it != interviewTasks_.cend())
        return *it;
    if (const auto it = preselectionTasks_.constFind(reference); it != preselectionTasks_.cend())
        return *it;
    return std::nullopt;
}

QString CandidateTableModel::myMarksText(const Candidate& candidate) const {
    const auto task = shownTask(candidate);
    if (!task)
        return QString();
    return interviewTasks_.contains(candidate.application.reference) ? interviewTaskLabel(*task)
                                                                     : markingTaskLabel(*task);
}

bool CandidateTableModel::needsMyMarks(int row) const {
    const QString& reference = candidate(row).application.reference;
    return needsMarks(preselectionTasks_.value(reference, MarkingTask::NotTakingPart)) ||
           needsMarks(interviewTasks_.value(reference, MarkingTask::NotTakingPart));
}

const Screening* CandidateTableModel::screening(int row) const {
    if (!screened_ || row < 0 || size_t(row) >= rows_->size())
        return nullptr;
    return &(*rows_)[size_t(row)].screening;
}

int CandidateTableModel::rowOfReference(const QString& reference) const {
    return rowByReference_.value(reference, -1);
}

QStringList CandidateTableModel::flagsOf(int row) const {
    QStringList flags;
    if (const Screening* s = screening(row))
        flags << s->flags;
    if (size_t(row) < duplicateFlags_.size())
        flags << duplicateFlags_[size_t(row)];
    return flags;
}

void CandidateTableModel::setCandidates(std::vector<Candidate> candidates) {
    auto rows = std::make_shared<std::vector<ScreenedCandidate>>();
    rows->reserve(candidates.size());
    for (Candidate& c : candidates)
        rows->push_back({std::move(c), {}});
    beginResetModel();
    fillRows(std::move(rows), false);
    duplicateFlags_.assign(rows_->size(), {});
    endResetModel();
}

void CandidateTableModel::fillRows(std::shared_ptr<const std::vector<ScreenedCandidate>> rows,
                                   bool screened) {
    rows_ = std::move(rows);
    screened_ = screened;
    duplicateFlags_.clear();
    searchTexts_.clear();
    searchTexts_.reserve(rows_->size());
    rowById_.clear();
    rowByReference_.clear();
    rowById_.reserve(static_cast<qsizetype>(rows_->size()));
    rowByReference_.reserve(static_cast<qsizetype>(rows_->size()));
    for (size_t row = 0; row < rows_->size(); ++row) {
        const Candidate& c = (*rows_)[row].candidate;
        const ApplicationData& a = c.application;
        searchTexts_.push_back(foldForSearch(
            QStringList{a.reference, a.surname, a.givenNames, a.email}.join(QLatin1Char('\n'))));
        rowById_.insert(c.id, static_cast<int>(row));
        rowByReference_.insert(a.reference, static_cast<int>(row));
    }
}

int CandidateTableModel::rowOfCandidate(qint64 candidateId) const {
    return rowById_.value(candidateId, -1);
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_->size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate& c = candidate(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case SortRole:
        return sortData(index.row(), index.column());
    case SearchTextRole:
        return searchTexts_[static_cast<size_t>(index.row())];
    case CandidateIdRole:
        return c.id;
    case ReferenceRole:
        return c.application.reference;
    case TierRankRole:
        return screening(index.row()) ? QVariant(screening(index.row())->tierRank) : QVariant();
    case StatusRole:
        return screening(index.row()) ? QVariant(int(screening(index.row())->status)) : QVariant();
    case NeedsMyMarksRole:
        return needsMyMarks(index.row());
    case Qt::AccessibleTextRole:
        if (index.column() == FlagColumn)
            return flagsOf(index.row()).join(QLatin1String("; "));
        return displayData(index.row(), index.column());
    case Qt::ForegroundRole:
        if (const Screening* s = screening(index.row())) {
            if (index.column() == PreCheckColumn)
                return criterionStateColour(s->preCheck.overall);
            if (index.column() == StatusColumn)
                return screeningStatusColour(s->status);
        }
        if (index.column() == MyMarksColumn)
            if (const auto task = shownTask(c))
                return markingTaskColour(*task);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReceivedColumn)
            return tr("%1 (%2)\n%3 UTC")
                .arg(zonedDateTimeText(c.application.receivedAt, zone_),
                     QString::fromUtf8(zone_.id()),
                     zonedDateTimeText(c.application.receivedAt, QTimeZone::utc()));
        if (index.column() <= GivenNamesColumn)
            return c.application.email;
        if (index.column() == FlagColumn)
            return flagsOf(index.row()).join(QLatin1Char('\n'));
        if (index.column() == PreCheckColumn && screening(index.row()))
            return screening(index.row())->preCheck.summary();
        if (index.column() == StatusColumn && screening(index.row()) &&
            screening(index.row())->decision)
            return screening(index.row())->decision->reason;
        return {};
    default:
        return {};
    }
}

QVariant CandidateTableModel::displayData(int row, int column) const {
    const Candidate& c = candidate(row);
    const ApplicationData& a = c.application;
    switch (column) {
    case ReferenceColumn:
        return a.reference;
    case SurnameColumn:
        return a.surname;
    case GivenNamesColumn:
        return a.givenNames;
    case NationalitiesColumn:
        return a.nationalities.join(QLatin1String(", "));
    case ReceivedColumn:
        return zonedDateTimeText(a.receivedAt, zone_);
    case CategoryColumn:
        return categoryLabel(a.category);
    case PagesColumn:
        return c.pdf.pageCount;
    default:
        break;
    }
    const Screening* s = screening(row);
    switch (column) {
    case TierColumn:
        return s ? translated(s->tier) : QString();
    case PreCheckColumn:
        return s ? criterionStateLabel(s->preCheck.overall) : QString();
    case StatusColumn:
        return s ? screeningStatusLabel(s->status) : QString();
    case MyMarksColumn:
        return myMarksText(c);
    case FlagColumn:
        return flagsOf(row).isEmpty() ? QString() : QStringLiteral("\u2691"); // a flag
    default:
        return {};
    }
}

QVariant CandidateTableModel::sortData(int row, int column) const {
    const Candidate& c = candidate(row);
    switch (column) {
    case ReceivedColumn:
        return c.application.receivedAt.toMSecsSinceEpoch();
    case CategoryColumn:
        return static_cast<int>(c.application.category); // Article 29 order, not alphabetical
    case TierColumn: {
        const Screening* s = screening(row);
        return s ? s->tierRank : 0;
    }
    case MyMarksColumn: {
        // What is left to do first: to mark, drafts, then what is done.
        const auto task = shownTask(c);
        if (!task)
            return 9;
        switch (*task) {
        case MarkingTask::ToMark:
            return 0;
        case MarkingTask::Draft:
            return 1;
        case MarkingTask::Submitted:
            return 2;
        case MarkingTask::Abstains:
            return 3;
        default:
            return 4;
        }
    }
    default:
        return displayData(row, column);
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == PagesColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case SurnameColumn:
        return tr("Surname");
    case GivenNamesColumn:
        return tr("Given names");
    case NationalitiesColumn:
        return tr("Nationalities");
    case ReceivedColumn:
        return tr("Received");
    case CategoryColumn:
        return tr("Category");
    case PagesColumn:
        return tr("Pages");
    case TierColumn:
        return tr("Tier");
    case PreCheckColumn:
        return tr("Pre-check");
    case StatusColumn:
        return tr("Status");
    case MyMarksColumn:
        return tr("My marks");
    case FlagColumn:
        return tr("Flag");
    default:
        return {};
    }
}

} // namespace sp::ui
