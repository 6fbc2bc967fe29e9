#pragma once

#include <QCollatorSortKey>
#include <QSortFilterProxyModel>
#include <vector>

namespace sp::ui {

// Sorts the candidate list by the clicked column and keeps the rows whose reference, name or
// e-mail contains the filter text, ignoring case and accents, of the chosen tier and status.
class CandidateFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CandidateFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // Only the candidates of this tier rank / screening status (-1: any); combined with the text.
    void setTierRank(int tierRank);
    void setStatus(int status);
    // Only the candidates the signed-in member still has to mark (or has a draft for).
    void setOnlyNeedingMyMarks(bool only);
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // The candidate list itself when it is the source: its rows read without a QVariant each,
    // which matters when every keystroke filters 20,000 rows.
    const class CandidateTableModel* candidates_ = nullptr;
    // The sorted column's texts as collation keys, one per source row, made once: the list is
    // sorted again on every keystroke of the filter, and comparing 20,000 texts by the locale's
    // rules each time costs more than the filtering.
    void refilter();
    void sortKeysStale() { sortKeys_.clear(), sortKeysColumn_ = -1; }
    void makeSortKeys(int column) const;
    mutable std::vector<QCollatorSortKey> sortKeys_;
    mutable int sortKeysColumn_ = -1;
    QString foldedSearchText_;
    int tierRank_ = -1;
    int status_ = -1;
    bool onlyNeedingMyMarks_ = false;
};

} // namespace sp::ui
