#pragma once

#include "domain/candidate.h"
#include "domain/marking_progress.h"
#include "domain/screening.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <memory>
#include <vector>

namespace sp::ui {

// The candidates of a case file, one row each, for the candidate list.
class CandidateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        SurnameColumn,
        GivenNamesColumn,
        NationalitiesColumn,
        ReceivedColumn,
        CategoryColumn,
        PagesColumn,
        TierColumn,     // Article 29 tier label, sorted in tier order
        PreCheckColumn, // the eligibility pre-check: met, not met, unknown
        StatusColumn,   // eligible, not eligible, pending, inadmissible, duplicate set aside
        MyMarksColumn,  // the signed-in member's own marking: to mark, draft, submitted, ...
        FlagColumn,     // laureate without reserve list, probable duplicate
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // what a column sorts by: the instant for Received
        SearchTextRole,              // reference, names and e-mail folded for filtering
        CandidateIdRole,
        TierRankRole, // int: 0 is the highest tier
        StatusRole,   // int: ScreeningStatus
        ReferenceRole,
        NeedsMyMarksRole, // bool: the signed-in member still has marks to give (either stage)
    };

    explicit CandidateTableModel(QObject* parent = nullptr);

    // Times are shown in the procedure's zone (the vacancy's deadline zone).
    void setTimeZone(const QTimeZone& zone);
    void setCandidates(std::vector<Candidate> candidates);
    // The candidates with their screening, and the probable duplicates to flag.
    // Shared with the case file (ScreeningRepository::shared()): 20,000 candidates are not copied.
    void setScreenedCandidates(std::shared_ptr<const std::vector<ScreenedCandidate>> screened,
                               const std::vector<DuplicateFlag>& duplicates);
    // The same list read again after the screening of the named candidates changed: only their
    // rows (and those whose duplicate flags changed) are announced as changed. When the file now
    // holds other candidates, or in another order, the list is reset as setScreenedCandidates.
    void updateScreenedCandidates(std::shared_ptr<const std::vector<ScreenedCandidate>> screened,
                                  const std::vector<DuplicateFlag>& duplicates,
                                  const QSet<QString>& changed);
    // The signed-in member's marking tasks by reference, at each stage (empty: nobody signed in
    // who marks). The interview task shows when the candidate is invited.
    void setMarkingTasks(QHash<QString, MarkingTask> preselection,
                         QHash<QString, MarkingTask> interview);
    // Screening of one row; nullptr until setScreenedCandidates.
    const Screening* screening(int row) const;
    // What SearchTextRole and NeedsMyMarksRole give, without a QVariant.
    const QString& searchText(int row) const { return searchTexts_.at(static_cast<size_t>(row)); }
    bool needsMyMarks(int row) const;
    int rowOfReference(const QString& reference) const; // -1 when absent
    const Candidate& candidate(int row) const {
        return rows_->at(static_cast<size_t>(row)).candidate;
    }
    int rowOfCandidate(qint64 candidateId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Within a reset; `screened`: the rows hold their screening.
    // The duplicate flags of each row of rows_.
    std::vector<QStringList> duplicateFlagsOf(const std::vector<DuplicateFlag>& duplicates) const;
    void fillRows(std::shared_ptr<const std::vector<ScreenedCandidate>> rows, bool screened);
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;

    QStringList flagsOf(int row) const;
    QString myMarksText(const Candidate& candidate) const;
    // The task shown: at interview for an invited candidate, otherwise at pre-selection.
    std::optional<MarkingTask> shownTask(const Candidate& candidate) const;

    std::shared_ptr<const std::vector<ScreenedCandidate>> rows_;
    bool screened_ = false;                   // rows_ hold screenings, not only candidates
    std::vector<QStringList> duplicateFlags_; // by row
    std::vector<QString> searchTexts_;
    QHash<qint64, int> rowById_;         // candidate id -> row
    QHash<QString, int> rowByReference_; // reference -> row
    QTimeZone zone_;
    QHash<QString, MarkingTask> preselectionTasks_;
    QHash<QString, MarkingTask> interviewTasks_;
};

} // namespace sp::ui
