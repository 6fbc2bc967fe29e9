#pragma once

#include <QSortFilterProxyModel>

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString foldedSearchText_;
    int tierRank_ = -1;
    int status_ = -1;
    bool onlyNeedingMyMarks_ = false;
};

} // namespace sp::ui
