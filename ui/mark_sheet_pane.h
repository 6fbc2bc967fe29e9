#pragma once

#include "domain/consolidation.h"
#include "domain/marking_rules.h"
#include "session_user.h"

#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QGridLayout;

namespace sp {
class CaseFile;
}

namespace sp::ui {

class EditHistory;
struct CaseSubscriptions;

// The signed-in member's mark sheet for the selected candidate at one stage: a mark per
// criterion and a comment, saved as a draft on every change (undoable), then submitted (final:
// that cannot be undone). The others' marks appear once the member's own sheet is submitted,
// with the spread and the result.
class MarkSheetPane : public QWidget {
    Q_OBJECT

public:
    MarkSheetPane(Stage stage, EditHistory& edits, QWidget* parent = nullptr);
    ~MarkSheetPane() override;

    void setCaseFile(CaseFile* caseFile);
    void setUser(const SessionUser& user);
    void showCandidate(const QString& reference);
    // Reads the sheet again. The pane calls it itself, once, after the case file announced a
    // change to what it shows: the candidate's marks or screening, the grid, panel or results.
    void refresh();
    // While who is invited to interview is worked out in the background (BackgroundReads), the
    // interview sheet says so and waits, rather than reading every mark itself.
    void setWaitingForInvitations(bool waiting);

    QString stateText() const;  // why the sheet is disabled, or where it stands
    QString othersText() const; // the others' marks or why they are hidden
    QSpinBox* markBox(const QString& criterion) const;
    QPushButton* consensusButton() const { return consensus_; }

signals:
    void refreshed(); // the sheet was read again (tests count them)

private:
    void follow(CaseFile* caseFile); // the events that concern the sheet shown
    void refreshLater();
    void readSheet();
    void rebuildRows();
    MarkSheet sheetFromControls() const;
    void saveDraft();
    // Typed while the connection to the server is lost: kept on screen, saved once it is back.
    void keepUnsaved(const MarkSheet& sheet);
    void saveUnsaved();
    QString unsavedText() const;
    void submit();
    void recordConsensus();
    bool showWaiting(); // true if the sheet waits for the invitations
    // Whether the signed-in member may record a consensus mark for the shown result, and why not.
    void updateConsensusButton(const std::optional<ConsolidatedCandidate>& result);

    Stage stage_;
    EditHistory& edits_;
    CaseFile* caseFile_ = nullptr;
    SessionUser user_;
    QString reference_;
    bool waitingForInvitations_ = false;
    std::vector<Criterion> criteria_;

    QLabel* title_;
    QLabel* state_;
    QWidget* sheet_;
    QGridLayout* rows_;
    std::vector<QSpinBox*> marks_;
    QLineEdit* comment_;
    QPushButton* submit_;
    QLabel* others_;
    QPushButton* consensus_;
    QStringList flagged_; // criteria of the shown result whose marks are far apart
    std::optional<MarkSheet> unsaved_;
    bool filling_ = false;
    bool refreshPending_ = false;
    std::unique_ptr<CaseSubscriptions> subscriptions_;
};

} // namespace sp::ui
