#pragma once

#include <QSortFilterProxyModel>

namespace sp::ui {

// Sorts the candidate list by the clicked column and keeps the rows whose reference, name or
// e-mail contains the filter text, ignoring case and accents.
class CandidateFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CandidateFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString foldedSearchText_;
};

} // namespace sp::ui
