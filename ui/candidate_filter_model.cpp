#include "candidate_filter_model.h"

#include "candidate_table_model.h"
#include "search_text.h"

#include <QCollator>

namespace sp::ui {

CandidateFilterModel::CandidateFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(CandidateTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CandidateFilterModel::refilter() {
    // One change of layout, not a removal or insertion signal for each run of rows that goes or
    // comes back: the table's header answers each of those by visiting every one of its 20,000
    // rows, which made a keystroke cost twice the filtering itself.
    invalidate();
}

void CandidateFilterModel::setSearchText(const QString& text) {
    const QString folded = foldForSearch(text.trimmed());
    if (folded == foldedSearchText_)
        return;
    foldedSearchText_ = folded;
    refilter();
}

void CandidateFilterModel::setTierRank(int tierRank) {
    if (tierRank == tierRank_)
        return;
    tierRank_ = tierRank;
    refilter();
}

void CandidateFilterModel::setStatus(int status) {
    if (status == status_)
        return;
    status_ = status;
    refilter();
}

void CandidateFilterModel::setOnlyNeedingMyMarks(bool only) {
    if (only == onlyNeedingMyMarks_)
        return;
    onlyNeedingMyMarks_ = only;
    refilter();
}

void CandidateFilterModel::setSourceModel(QAbstractItemModel* model) {
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    sortKeysStale();
    candidates_ = qobject_cast<const CandidateTableModel*>(model);
    // Connected before the proxy's own handlers, which sort again: the keys must be gone first.
    if (model) {
        const auto stale = [this] { sortKeysStale(); };
        connect(model, &QAbstractItemModel::modelReset, this, stale);
        connect(model, &QAbstractItemModel::layoutChanged, this, stale);
        connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
        connect(model, &QAbstractItemModel::rowsMoved, this, stale);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    if (sortKeysColumn_ >= topLeft.column() &&
                        sortKeysColumn_ <= bottomRight.column())
                        sortKeysStale();
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void CandidateFilterModel::makeSortKeys(int column) const {
    sortKeys_.clear();
    sortKeysColumn_ = column;
    const QAbstractItemModel* source = sourceModel();
    const int rows = source->rowCount();
    // Numbers (times, tiers, pages) compare as they are.
    if (rows == 0 || source->index(0, column).data(sortRole()).typeId() != QMetaType::QString)
        return;
    QCollator collator;
    collator.setCaseSensitivity(sortCaseSensitivity());
    sortKeys_.reserve(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        sortKeys_.push_back(
            collator.sortKey(source->index(row, column).data(sortRole()).toString()));
}

bool CandidateFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() != sortKeysColumn_)
        makeSortKeys(left.column());
    if (sortKeys_.empty())
        return QSortFilterProxyModel::lessThan(left, right);
    return sortKeys_[static_cast<size_t>(left.row())].compare(
               sortKeys_[static_cast<size_t>(right.row())]) < 0;
}

bool CandidateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (candidates_ && !sourceParent.isValid()) {
        const Screening* screening = candidates_->screening(sourceRow);
        if (tierRank_ >= 0 && (!screening || screening->tierRank != tierRank_))
            return false;
        if (status_ >= 0 && (!screening || int(screening->status) != status_))
            return false;
        if (onlyNeedingMyMarks_ && !candidates_->needsMyMarks(sourceRow))
            return false;
        return foldedSearchText_.isEmpty() ||
               candidates_->searchText(sourceRow).contains(foldedSearchText_);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (tierRank_ >= 0 && index.data(CandidateTableModel::TierRankRole) != QVariant(tierRank_))
        return false;
    if (status_ >= 0 && index.data(CandidateTableModel::StatusRole) != QVariant(status_))
        return false;
    if (onlyNeedingMyMarks_ && !index.data(CandidateTableModel::NeedsMyMarksRole).toBool())
        return false;
    if (foldedSearchText_.isEmpty())
        return true;
    return index.data(CandidateTableModel::SearchTextRole).toString().contains(foldedSearchText_);
}

} // namespace sp::ui
