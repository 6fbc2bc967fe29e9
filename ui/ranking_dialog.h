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

// The panel's ranking of a stage, grouped by Article 29 tier: rank ("=" marks a shared rank),
// total, status and, at pre-selection, the invitation to interview, which the chair may change
// with a reason.
class RankingDialog : public QDialog {
    Q_OBJECT

public:
    RankingDialog(CaseFile& caseFile, QWidget* parent = nullptr);

    void setUser(const SessionUser& user);
    void refresh();

    enum Column { RankColumn, ReferenceColumn, NameColumn, TotalColumn, StatusColumn, ColumnCount };

private:
    void decideInvitation(bool invited);
    QString selectedReference() const;

    CaseFile& caseFile_;
    SessionUser user_;
    QComboBox* stage_;
    QTableWidget* table_;
    QLabel* notes_;
    QLineEdit* reason_;
    QPushButton* invite_;
    QPushButton* uninvite_;
};

} // namespace sp::ui
