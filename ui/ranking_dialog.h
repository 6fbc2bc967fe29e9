#pragma once

#include "session_user.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

struct CaseSubscriptions;

class EditHistory;

// The panel's ranking of a stage, grouped by Article 29 tier: rank ("=" marks a shared rank),
// total, status and, at pre-selection, the invitation to interview, which the chair may change
// with a reason. At the interview, the recommendation the rules give and the one the chair
// recorded, with the justification a choice other than the rules' needs. Neither decision can be
// undone.
class RankingDialog : public QDialog {
    Q_OBJECT

public:
    RankingDialog(CaseFile& caseFile, EditHistory& edits, QWidget* parent = nullptr);
    ~RankingDialog() override;

    void setUser(const SessionUser& user);
    void refresh(); // it follows the case file's events itself, while open

    enum Column { RankColumn, ReferenceColumn, NameColumn, TotalColumn, StatusColumn, ColumnCount };

    QString recommendationText() const; // the proposed and the recorded recommendation
    QPushButton* recommendButton() const { return recommend_; }

private:
    void refreshLater(); // once for a batch of changes, outside the case file's write
    void decideInvitation(bool invited);
    void recommendSelected();
    void showRecommendation(bool interview);
    QString selectedReference() const;

    CaseFile& caseFile_;
    EditHistory& edits_;
    SessionUser user_;
    QComboBox* stage_;
    QTableWidget* table_;
    QLabel* notes_;
    QLineEdit* reason_;
    QPushButton* invite_;
    QPushButton* uninvite_;
    QLabel* recommendation_;
    QPushButton* recommend_;
    bool refreshPending_ = false;
    std::unique_ptr<CaseSubscriptions> subscriptions_;
};

} // namespace sp::ui
