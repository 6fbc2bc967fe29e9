#pragma once

#include <QDialog>
#include <memory>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace sp {
class CaseFile;
struct StageProgress;
} // namespace sp

namespace sp::ui {

struct CaseSubscriptions;

// The procedure at a glance: candidates per stage, the deadline, the grid's state and each
// member's marking progress (counts only: never a mark).
class ProcedureOverviewDialog : public QDialog {
    Q_OBJECT

public:
    ProcedureOverviewDialog(CaseFile& caseFile, QWidget* parent = nullptr);
    ~ProcedureOverviewDialog() override;

    void refresh(); // it follows the case file's events itself, while open

    enum Column { MemberColumn, RoleColumn, ProgressColumn, DraftsColumn, AbstainsColumn };
    // Row label -> shown text, for tests and screen readers alike.
    QString fieldText(const QString& objectName) const;
    QTableWidget* preselectionTable() const { return preselection_; }
    QTableWidget* interviewTable() const { return interview_; }

private:
    void refreshLater(); // once for a batch of changes, outside the case file's write
    QLabel* addField(QFormLayout* form, const QString& caption, const QString& objectName);
    QTableWidget* createProgressTable(const QString& objectName, const QString& accessibleName);
    void fillProgress(QTableWidget* table, const StageProgress& stage);

    CaseFile& caseFile_;
    QLabel* deadline_;
    QLabel* applications_;
    QLabel* eligibility_;
    QLabel* panel_;
    QLabel* grid_;
    QLabel* preselectionSummary_;
    QTableWidget* preselection_;
    QLabel* shortlist_;
    QLabel* interviewSummary_;
    QTableWidget* interview_;
    QLabel* recommendation_;
    QLabel* balance_;
    bool refreshPending_ = false;
    std::unique_ptr<CaseSubscriptions> subscriptions_;
};

} // namespace sp::ui
