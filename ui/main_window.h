#pragma once

#include "domain/marking_progress.h"
#include "session_user.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

namespace sp {
class CaseFile;
}

class QComboBox;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sp::ui {

class BackgroundReads;
class ConnectionStatus;
class ProcedureOverviewDialog;
class RankingDialog;
class RecordDialog;
class EditHistory;
class CandidateListPane;
class CandidateTableModel;
class EligibilityPane;
class MarkSheetPane;
class PdfPane;
class ProcedureHeader;
class WelcomePane;

// The window of one case file: the procedure at the top, the candidate list on the left, the
// selected candidate's application PDF in the middle and its assessment on the right. Without a
// case file it shows a welcome page.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows this case file (nullptr: the welcome page).
    void setCaseFile(std::unique_ptr<CaseFile> caseFile);
    // Opens the file (asking about read-only when it is in use, reporting any failure) and
    // shows it. Keeps the current case file and returns false when it cannot be opened.
    bool openCaseFile(const QString& path);
    CaseFile* caseFile() const { return caseFile_.get(); }
    const SessionUser& user() const { return user_; }
    // Every change the window makes to the case file goes through it (edit_history.h).
    EditHistory& edits() const { return *edits_; }
    QUndoStack* undoStack() const;
    // Asks who is using the program (SignInDialog) and shows it in the status bar.
    void signIn();
    // Selects the next candidate in the list (after the current one, wrapping) whose marks the
    // signed-in member may still give at the stage of the open tab; false when none is left.
    bool selectNextCandidateNeedingMarks();
    void showRanking();
    // The procedure overview (ProcedureOverviewDialog), kept up to date while open.
    void showOverview();
    // The record (RecordDialog), of one candidate when a reference is given.
    void showRecord(const QString& candidate);
    // Asks where (QFileDialog, or the test hook) and writes the pre-selection shortlist CSV.
    void exportShortlist();
    // Asks where (QFileDialog, or the same test hook) and writes the selection report PDF in the
    // window's language, entered in the case's record.
    void exportReport();
    // Tests answer the export file dialogs: the path returned (empty: cancelled).
    static void setExportPathResponder(std::function<QString()> responder);
    // File > New case: asks for the vacancy and the path (NewCaseDialog), creates and shows it.
    bool newCase();
    // "Try the example" on the welcome page: opens the example case (example_case.h), creating
    // it first if it is not there yet.
    bool tryExample();
    // File > Import applications: the ImportDialog, starting with this CSV file if given.
    void importApplications(const QString& csvPath = QString());

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Subscriptions;

    void createActions();
    // In a member's workbook only marking and returning the marks are offered (workbook_actions.h).
    void updateWorkbookActions();
    QWidget* createWelcomePage();
    QWidget* createCaseView();

    void chooseCaseFile();
    void chooseServerCase();
    void fillRecentMenu();
    void restoreWindowSettings();
    void saveWindowSettings() const;
    void reloadCandidates();
    void showCurrentCandidate();
    // A candidate chosen in "Search all applications": their PDF at the first page found.
    void showSearchResult(const QString& reference, int firstPage, const QString& highlight);
    void balanceSplitter();
    void updateTitle();
    void updateStatus();
    void reloadScreening();
    void updateScreenedRows(); // of the candidates in screeningChanged_
    void refreshAssessment();
    void reloadMarkingTasks();
    void waitForInvitationsIfPending();
    void closeDamagedCaseFile(const QString& problem);
    QString recordReader() const; // who reads the record: member id, or the name off the panel

    std::unique_ptr<CaseFile> caseFile_;
    std::unique_ptr<Subscriptions> subscriptions_; // after caseFile_: disconnected first
    QSet<QString> screeningChanged_; // references announced, the list's rows not yet updated
    bool assessmentRefreshPending_ = false;
    // The open dialogs (they close themselves; each follows the case file's events).
    QPointer<RankingDialog> ranking_;
    QPointer<ProcedureOverviewDialog> overview_;
    QPointer<RecordDialog> record_;

    CandidateTableModel* model_;
    QStackedWidget* pages_;
    QWidget* welcomePage_;
    WelcomePane* welcome_ = nullptr;
    QWidget* caseView_;
    ProcedureHeader* header_ = nullptr;
    CandidateListPane* list_ = nullptr;
    QSplitter* splitter_ = nullptr;
    PdfPane* pdfPane_ = nullptr;
    qint64 shownCandidateId_ = -1;
    QLabel* countStatus_;
    QLabel* accessStatus_;
    QLabel* userStatus_;
    ConnectionStatus* connectionStatus_;
    EditHistory* edits_;
    SessionUser user_;
    QMenu* recentMenu_ = nullptr;
    QAction* importAction_ = nullptr;
    QAction* findInPdfAction_ = nullptr;
    QByteArray savedSplitterState_;
    QTabWidget* assessment_ = nullptr;
    EligibilityPane* eligibilityPane_ = nullptr;
    MarkSheetPane* preselectionPane_ = nullptr;
    MarkSheetPane* interviewPane_ = nullptr;
    BackgroundReads* background_ = nullptr;
    // The member's interview tasks as last known: kept while who is invited is worked out.
    QHash<QString, MarkingTask> interviewTasks_;
};

} // namespace sp::ui
