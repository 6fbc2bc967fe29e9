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

bool CandidateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (foldedSearchText_.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CandidateTableModel::SearchTextRole).toString().contains(foldedSearchText_);
}

} // namespace sp::ui
