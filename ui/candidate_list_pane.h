#pragma once

#include "domain/vacancy.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QTableView;

namespace sp::ui {

class ApplicationSearchPane;
class CandidateFilterModel;
class CandidateTableModel;

// The candidate list: the tier, status and "my marks" filters, the text filter, the search of
// every application's text and the sortable table over the case file's candidates.
class CandidateListPane : public QWidget {
    Q_OBJECT

public:
    CandidateListPane(CandidateTableModel& model, QWidget* parent = nullptr);

    CandidateFilterModel* filterModel() const { return filterModel_; }
    QTableView* table() const { return table_; }
    QLineEdit* filterField() const { return filter_; }
    // "Search all applications": the text of every PDF, under the filter.
    ApplicationSearchPane* applicationSearch() const { return applicationSearch_; }

    // The tier filter's choices follow the vacancy's Article 29 order.
    void setPriorityOrder(std::optional<PriorityOrder> order);
    void clearTextFilter();
    // The "my marks" filter, for those who mark; off, it shows every candidate again.
    void setMarkingFilterAvailable(bool available);
    // Every column as wide as its cells and title need, within reason.
    void fitColumns();
    // The width the list needs to show every column without scrolling.
    int neededWidth() const;

    int shownCount() const;
    QString currentReference() const;
    qint64 currentCandidateId() const; // -1 when none
    void selectCandidate(qint64 candidateId);
    void selectFirstRowIfNoneCurrent();
    // Selects the next row after the current one (wrapping) whose reference passes `wanted`.
    bool selectNext(const std::function<bool(const QString& reference)>& wanted);

signals:
    void currentCandidateChanged();
    // The filters changed what the list shows.
    void shownChanged();

private:
    QWidget* createFilterBar();
    void applyFilters();

    CandidateTableModel& model_;
    CandidateFilterModel* filterModel_;
    QComboBox* tierFilter_;
    QComboBox* statusFilter_;
    QComboBox* marksFilter_;
    QWidget* marksLabel_;
    QLineEdit* filter_;
    ApplicationSearchPane* applicationSearch_;
    QTableView* table_;
};

} // namespace sp::ui
