#pragma once

#include "session_user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

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

    void setUser(const SessionUser& user);
    void refresh();

    enum Column { RankColumn, ReferenceColumn, NameColumn, TotalColumn, StatusColumn, ColumnCount };

    QString recommendationText() const; // the proposed and the recorded recommendation
    QPushButton* recommendButton() const { return recommend_; }

private:
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
};

} // namespace sp::ui
