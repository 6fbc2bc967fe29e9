#pragma once

#include "session_user.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

class EditHistory;

// The screening of the selected candidate: admissibility, each eligibility criterion with its
// reason, the declarations the panel ticks, the panel's decision and, for a probable duplicate,
// the other application side by side. Every change can be undone (EditHistory).
class EligibilityPane : public QWidget {
    Q_OBJECT

public:
    EligibilityPane(EditHistory& edits, QWidget* parent = nullptr);

    void setCaseFile(CaseFile* caseFile); // nullptr: nothing shown
    void setUser(const SessionUser& user);
    void showCandidate(const QString& reference); // empty: none
    void refresh();                               // after the screening changed

    QString criteriaText() const; // what the criteria section shows, for tests
    QString decisionText() const;

private:
    void rebuildDeclarations();
    void decide(bool eligible);
    void tick(const QString& declaration, int choice);
    void resolveDuplicate(bool counts);
    bool requireSignedIn();

    EditHistory& edits_;
    CaseFile* caseFile_ = nullptr;
    SessionUser user_;
    QString reference_;
    QString duplicateOf_;

    QLabel* title_;
    QLabel* admissibility_;
    QLabel* criteria_;
    QGroupBox* declarationsBox_;
    std::vector<std::pair<QString, QComboBox*>> declarations_;
    QLabel* decision_;
    QLineEdit* reason_;
    QPushButton* eligible_;
    QPushButton* notEligible_;
    QGroupBox* duplicateBox_;
    QTableWidget* duplicateTable_;
    QLineEdit* duplicateReason_;
    QPushButton* counts_;
    QPushButton* setAside_;
};

} // namespace sp::ui
