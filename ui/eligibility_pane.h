#pragma once

#include "session_user.h"

#include <QWidget>
#include <memory>
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
struct CaseSubscriptions;

// The screening of the selected candidate: admissibility, each eligibility criterion with its
// reason, the declarations the panel ticks, the panel's decision and, for a probable duplicate,
// the other application side by side. Every change can be undone (EditHistory).
class EligibilityPane : public QWidget {
    Q_OBJECT

public:
    EligibilityPane(EditHistory& edits, QWidget* parent = nullptr);
    ~EligibilityPane() override;

    // nullptr: nothing shown. The pane follows the case's screening events itself: a change of
    // the candidate shown or of the other application of a probable duplicate shows at once.
    void setCaseFile(CaseFile* caseFile);
    void setUser(const SessionUser& user);
    void showCandidate(const QString& reference); // empty: none
    void refresh();

    QString criteriaText() const; // what the criteria section shows, for tests
    QString decisionText() const;

private:
    void follow(CaseFile* caseFile);
    void refreshLater();
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
    std::unique_ptr<CaseSubscriptions> subscriptions_;
    bool refreshPending_ = false;

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
