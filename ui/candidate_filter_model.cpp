#include "candidate_filter_model.h"

#include "candidate_table_model.h"
#include "search_text.h"

namespace sp::ui {

CandidateFilterModel::CandidateFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(CandidateTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CandidateFilterModel::setSearchText(const QString& text) {
    const QString folded = foldForSearch(text.trimmed());
    if (folded == foldedSearchText_)
        return;
    foldedSearchText_ = folded;
    invalidateFilter();
}

void CandidateFilterModel::setTierRank(int tierRank) {
    if (tierRank == tierRank_)
        return;
    tierRank_ = tierRank;
    invalidateFilter();
}

void CandidateFilterModel::setStatus(int status) {
    if (status == status_)
        return;
    status_ = status;
    invalidateFilter();
}

void CandidateFilterModel::setOnlyNeedingMyMarks(bool only) {
    if (only == onlyNeedingMyMarks_)
        return;
    onlyNeedingMyMarks_ = only;
    invalidateFilter();
}

bool CandidateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
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
