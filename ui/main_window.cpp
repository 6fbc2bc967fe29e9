#include "main_window.h"

#include "application_search_pane.h"
#include "background_reads.h"
#include "candidate_filter_model.h"
#include "candidate_list_pane.h"
#include "candidate_table_model.h"
#include "case_file_opener.h"
#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "connection_status.h"
#include "domain/tier.h"
#include "edit_commands/edit_history.h"
#include "eligibility_pane.h"
#include "import_dialog.h"
#include "io/builtin_vacancy.h"
#include "io/shortlist_export.h"
#include "io/vacancy_json.h"
#include "mark_sheet_pane.h"
#include "new_case_dialog.h"
#include "pdf_pane.h"
#include "problem_text.h"
#include "procedure_header.h"
#include "procedure_overview_dialog.h"
#include "prompt.h"
#include "ranking_dialog.h"
#include "recent_files.h"
#include "record_dialog.h"
#include "screening_text.h"
#include "sign_in_dialog.h"
#include "welcome_pane.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <boost/signals2/connection.hpp>
#include <utility>

namespace sp::ui {

// Kept out of the header: moc'd headers must not see Boost.Signals2.
struct MainWindow::Subscriptions {
    boost::signals2::scoped_connection candidatesImported;
    boost::signals2::scoped_connection screeningChanged;
    boost::signals2::scoped_connection panelChanged;
    boost::signals2::scoped_connection gridChanged;
    boost::signals2::scoped_connection marksChanged;
    boost::signals2::scoped_connection resultsChanged;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), model_(new CandidateTableModel(this)), pages_(new QStackedWidget(this)),
      countStatus_(new QLabel(this)), accessStatus_(new QLabel(this)),
      userStatus_(new QLabel(this)), connectionStatus_(new ConnectionStatus(this)),
      edits_(new EditHistory(this)) {
    welcomePage_ = createWelcomePage();
    caseView_ = createCaseView();
    pages_->addWidget(welcomePage_);
    pages_->addWidget(caseView_);
    setCentralWidget(pages_);
    createActions();

    countStatus_->setObjectName(QStringLiteral("candidateCountStatus"));
    countStatus_->setAccessibleName(tr("Candidates shown"));
    accessStatus_->setObjectName(QStringLiteral("accessStatus"));
    accessStatus_->setAccessibleName(tr("Access"));
    userStatus_->setObjectName(QStringLiteral("userStatus"));
    userStatus_->setAccessibleName(tr("Signed-in user"));
    statusBar()->addPermanentWidget(connectionStatus_);
    statusBar()->addPermanentWidget(userStatus_);
    statusBar()->addPermanentWidget(countStatus_);
    statusBar()->addPermanentWidget(accessStatus_);
    connect(edits_, &EditHistory::irreversibleActDone, this, [this](const QString& act) {
        statusBar()->showMessage(tr("Done: %1. This cannot be undone.").arg(act), 10000);
    });

    background_ = new BackgroundReads(this);
    connect(background_, &BackgroundReads::damaged, this, &MainWindow::closeDamagedCaseFile);
    connect(background_, &BackgroundReads::rankingReady, this, [this] {
        interviewPane_->setWaitingForInvitations(false);
        reloadMarkingTasks();
    });

    setAcceptDrops(true);
    resize(1400, 860);
    restoreWindowSettings();
    setCaseFile(nullptr);
}

MainWindow::~MainWindow() = default;

QUndoStack* MainWindow::undoStack() const {
    return &edits_->stack();
}

void MainWindow::restoreWindowSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    savedSplitterState_ = settings.value(QStringLiteral("mainWindow/splitter")).toByteArray();
}

void MainWindow::saveWindowSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (caseFile_)
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter_->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedCsvPath(event->mimeData()).isEmpty() && caseFile_ && !caseFile_->isReadOnly())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedCsvPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the dialog is modal.
    QMetaObject::invokeMethod(
        this, [this, path] { importApplications(path); }, Qt::QueuedConnection);
}

bool MainWindow::selectNextCandidateNeedingMarks() {
    if (!caseFile_ || !user_.onPanel())
        return false;
    const Stage stage =
        assessment_->currentWidget() == interviewPane_ ? Stage::Interview : Stage::Preselection;
    QHash<QString, MarkingTask> tasks;
    try {
        tasks = stage == Stage::Interview && background_->rankingPending()
                    ? interviewTasks_
                    : caseFile_->marking().tasks(stage, user_.memberId);
    } catch (const std::exception&) {
        return false;
    }
    const bool found = list_->selectNext([&tasks](const QString& reference) {
        return needsMarks(tasks.value(reference, MarkingTask::NotTakingPart));
    });
    if (found)
        assessment_->setCurrentWidget(stage == Stage::Interview ? interviewPane_
                                                                : preselectionPane_);
    return found;
}

QWidget* MainWindow::createWelcomePage() {
    welcome_ = new WelcomePane(this);
    connect(welcome_, &WelcomePane::openRequested, this, &MainWindow::chooseCaseFile);
    connect(welcome_, &WelcomePane::newCaseRequested, this, &MainWindow::newCase);
    connect(welcome_, &WelcomePane::exampleRequested, this, &MainWindow::tryExample);
    connect(welcome_, &WelcomePane::recentRequested, this, &MainWindow::openCaseFile);
    return welcome_;
}

QWidget* MainWindow::createCaseView() {
    auto* view = new QWidget(this);
    header_ = new ProcedureHeader(view);
    list_ = new CandidateListPane(*model_, view);
    list_->setObjectName(QStringLiteral("candidateList"));
    connect(list_, &CandidateListPane::currentCandidateChanged, this,
            &MainWindow::showCurrentCandidate);
    connect(list_, &CandidateListPane::shownChanged, this, &MainWindow::updateStatus);
    connect(list_->applicationSearch(), &ApplicationSearchPane::resultChosen, this,
            &MainWindow::showSearchResult);

    // The PDF and the assessment share the right side as tabs: at 1400 px the list, the PDF and
    // the assessment side by side would each be too narrow to read.
    assessment_ = new QTabWidget(view);
    assessment_->setObjectName(QStringLiteral("assessmentTabs"));
    assessment_->setAccessibleName(tr("Application and assessment"));
    pdfPane_ = new PdfPane(assessment_);
    pdfPane_->setObjectName(QStringLiteral("pdfPane"));
    assessment_->addTab(pdfPane_, tr("&Application PDF"));
    eligibilityPane_ = new EligibilityPane(*edits_, assessment_);
    eligibilityPane_->setObjectName(QStringLiteral("eligibilityPane"));
    assessment_->addTab(eligibilityPane_, tr("&Eligibility"));
    preselectionPane_ = new MarkSheetPane(Stage::Preselection, *edits_, assessment_);
    preselectionPane_->setObjectName(QStringLiteral("preselectionPane"));
    assessment_->addTab(preselectionPane_, tr("&Pre-selection"));
    interviewPane_ = new MarkSheetPane(Stage::Interview, *edits_, assessment_);
    interviewPane_->setObjectName(QStringLiteral("interviewPane"));
    assessment_->addTab(interviewPane_, tr("&Interview"));

    splitter_ = new QSplitter(Qt::Horizontal, view);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(list_);
    splitter_->addWidget(assessment_);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    splitter_->setSizes({400, 600});

    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(header_);
    layout->addWidget(splitter_, 1);
    return view;
}

void MainWindow::signIn() {
    if (!caseFile_)
        return;
    if (auto chosen = SignInDialog::ask(this, *caseFile_))
        user_ = *chosen;
    eligibilityPane_->setUser(user_);
    preselectionPane_->setUser(user_);
    interviewPane_->setUser(user_);
    if (ranking_)
        ranking_->setUser(user_);
    if (record_)
        record_->setMember(recordReader());
    reloadMarkingTasks();
    updateStatus();
}

void MainWindow::reloadScreening() {
    if (!caseFile_)
        return;
    reloadCandidates();
    refreshAssessment();
}

void MainWindow::updateScreenedRows() {
    const QSet<QString> changed = std::exchange(screeningChanged_, {});
    if (!caseFile_)
        return;
    model_->updateScreenedCandidates(caseFile_->screening().shared(),
                                     caseFile_->applications().duplicates(), changed);
    reloadMarkingTasks();
    updateStatus();
    refreshAssessment();
}

void MainWindow::refreshAssessment() {
    assessmentRefreshPending_ = false;
    if (!caseFile_)
        return;
    background_->rankingNeeded();
    waitForInvitationsIfPending();
    reloadMarkingTasks();
}

void MainWindow::waitForInvitationsIfPending() {
    interviewPane_->setWaitingForInvitations(background_->rankingPending());
}

void MainWindow::closeDamagedCaseFile(const QString& problem) {
    Prompt::error(this, tr("Case file damaged"),
                  tr("%1\n\nSelection Panel has closed it so that nothing more is written to it. "
                     "Restore the latest backup of the case file, or ask your IT support to "
                     "examine it.")
                      .arg(problem));
    setCaseFile(nullptr);
}

void MainWindow::setCaseFile(std::unique_ptr<CaseFile> caseFile) {
    background_->start(nullptr);
    interviewTasks_.clear();
    subscriptions_.reset();
    screeningChanged_.clear();
    edits_->clear();
    user_ = {};
    eligibilityPane_->setCaseFile(nullptr);
    header_->follow(nullptr);
    preselectionPane_->setCaseFile(nullptr);
    interviewPane_->setCaseFile(nullptr);
    list_->applicationSearch()->setCaseFile(nullptr);
    delete ranking_;
    delete overview_;
    delete record_;
    // Empty the list before the file changes, so nothing asks the new file for an old candidate.
    model_->setCandidates({});
    shownCandidateId_ = -1;
    list_->clearTextFilter();
    connectionStatus_->follow(nullptr);
    caseFile_ = std::move(caseFile);
    connectionStatus_->follow(caseFile_.get());
    if (!caseFile_) {
        pdfPane_->showMessage(tr("No candidate selected."));
        welcome_->refreshRecent();
        pages_->setCurrentWidget(welcomePage_);
    } else {
        // The integrity check and who is invited to interview, read meanwhile on another thread.
        background_->start(caseFile_.get());
        waitForInvitationsIfPending();
        const Vacancy& vacancy = caseFile_->vacancy();
        model_->setTimeZone(QTimeZone(vacancy.deadlineZone.toUtf8()));
        model_->setScreenedCandidates(caseFile_->screening().shared(),
                                      caseFile_->applications().duplicates());
        header_->setProcedure(vacancy, model_->rowCount());
        header_->setWorkbook(caseFile_->workbookIdentity());
        header_->follow(caseFile_.get());
        list_->setPriorityOrder(vacancy.priorityOrder);
        eligibilityPane_->setCaseFile(caseFile_.get());
        preselectionPane_->setCaseFile(caseFile_.get());
        interviewPane_->setCaseFile(caseFile_.get());
        list_->applicationSearch()->setCaseFile(caseFile_.get(), [this] { return user_.memberId; });
        subscriptions_ = std::make_unique<Subscriptions>();
        subscriptions_->candidatesImported =
            caseFile_->applications().events().imported.connect([this](const CandidatesImported&) {
                // Queued: the list is not rebuilt inside the case file's importApplications().
                QMetaObject::invokeMethod(this, &MainWindow::reloadScreening, Qt::QueuedConnection);
            });
        subscriptions_->screeningChanged =
            caseFile_->screening().events().changed.connect([this](const ScreeningChanged& event) {
                // The rows of the candidates named, once for the whole batch of changes.
                const bool scheduled = !screeningChanged_.isEmpty();
                screeningChanged_.insert(event.reference);
                if (!scheduled)
                    QMetaObject::invokeMethod(this, &MainWindow::updateScreenedRows,
                                              Qt::QueuedConnection);
            });
        // The panes and open dialogs follow the events themselves; the window keeps the list's
        // own marking column and the background read of who is invited.
        const auto refreshLater = [this] {
            if (assessmentRefreshPending_)
                return;
            assessmentRefreshPending_ = true;
            QMetaObject::invokeMethod(this, &MainWindow::refreshAssessment, Qt::QueuedConnection);
        };
        subscriptions_->panelChanged = caseFile_->panel().events().panelChanged.connect(
            [refreshLater](const PanelChanged&) { refreshLater(); });
        subscriptions_->gridChanged = caseFile_->panel().events().gridChanged.connect(
            [refreshLater](const GridChanged&) { refreshLater(); });
        subscriptions_->marksChanged = caseFile_->marking().events().changed.connect(
            [refreshLater](const MarksChanged&) { refreshLater(); });
        subscriptions_->resultsChanged = caseFile_->results().events().changed.connect(
            [refreshLater](const ResultsChanged&) { refreshLater(); });
        pages_->setCurrentWidget(caseView_);
        RecentFiles::add(caseFile_->path());
        reloadMarkingTasks();
        list_->fitColumns();
        // The sizes the user left last time, once; then each case file's list gets its room.
        if (savedSplitterState_.isEmpty() || !splitter_->restoreState(savedSplitterState_))
            balanceSplitter();
        savedSplitterState_.clear();
        list_->selectFirstRowIfNoneCurrent();
        if (list_->shownCount() == 0)
            pdfPane_->showMessage(tr("This case file holds no candidates yet."));
    }
    importAction_->setEnabled(caseFile_ && !caseFile_->isReadOnly());
    updateWorkbookActions();
    updateTitle();
    updateStatus();
    if (caseFile_)
        signIn();
}

bool MainWindow::openCaseFile(const QString& path) {
    std::unique_ptr<CaseFile> opened = CaseFileOpener::open(this, path);
    if (!opened)
        return false;
    setCaseFile(std::move(opened));
    return true;
}

void MainWindow::reloadCandidates() {
    if (!caseFile_)
        return;
    const qint64 currentId = list_->currentCandidateId();
    model_->setScreenedCandidates(caseFile_->screening().shared(),
                                  caseFile_->applications().duplicates());
    reloadMarkingTasks();
    list_->fitColumns();
    list_->selectCandidate(currentId);
    list_->selectFirstRowIfNoneCurrent();
    updateStatus();
}

void MainWindow::reloadMarkingTasks() {
    // The column is for those who mark; for anyone else it would stay empty.
    const bool marks = caseFile_ && user_.onPanel() && user_.role && roleMarks(*user_.role);
    QTableView* table = list_->table();
    if (table->isColumnHidden(CandidateTableModel::MyMarksColumn) == marks) {
        table->setColumnHidden(CandidateTableModel::MyMarksColumn, !marks);
        // Whoever marks works on eligible candidates: their own progress matters more to them
        // than the screening columns (still in the Eligibility tab), and the list keeps its width.
        table->setColumnHidden(CandidateTableModel::PreCheckColumn, marks);
        table->setColumnHidden(CandidateTableModel::ReceivedColumn, marks);
        list_->setMarkingFilterAvailable(marks);
        list_->fitColumns();
    }
    if (!marks) {
        model_->setMarkingTasks({}, {});
        return;
    }
    try {
        const auto preselection = caseFile_->marking().tasks(Stage::Preselection, user_.memberId);
        if (!background_->rankingPending())
            interviewTasks_ = caseFile_->marking().tasks(Stage::Interview, user_.memberId);
        model_->setMarkingTasks(preselection, interviewTasks_);
    } catch (const std::exception&) {
        model_->setMarkingTasks({}, {});
    }
}

void MainWindow::showSearchResult(const QString& reference, int firstPage,
                                  const QString& highlight) {
    const auto candidate =
        caseFile_ ? caseFile_->applications().candidate(reference) : std::nullopt;
    if (!candidate)
        return;
    list_->clearTextFilter();
    list_->selectCandidate(candidate->id);
    assessment_->setCurrentWidget(pdfPane_);
    // The reader's own search highlights the words; its first hit on or after the page found.
    const auto showFirstHit = [this, firstPage, highlight] {
        pdfPane_->search(highlight);
        const auto& hits = pdfPane_->hits();
        for (size_t i = 0; i < hits.size() && hits[size_t(pdfPane_->currentHit())].page < firstPage;
             ++i)
            pdfPane_->nextHit();
        if (hits.empty() || hits[size_t(pdfPane_->currentHit())].page < firstPage)
            pdfPane_->goToPage(firstPage);
    };
    QPdfDocument* document = pdfPane_->document();
    if (document->status() != QPdfDocument::Status::Loading) {
        showFirstHit();
        return;
    }
    auto loaded = std::make_shared<QMetaObject::Connection>();
    *loaded = connect(document, &QPdfDocument::statusChanged, this,
                      [loaded, showFirstHit](QPdfDocument::Status status) {
                          if (status == QPdfDocument::Status::Loading)
                              return;
                          QObject::disconnect(*loaded);
                          if (status == QPdfDocument::Status::Ready)
                              showFirstHit();
                      });
}

void MainWindow::showCurrentCandidate() {
    const QModelIndex current = list_->table()->currentIndex();
    if (!current.isValid() || !caseFile_) {
        shownCandidateId_ = -1;
        eligibilityPane_->showCandidate(QString());
        preselectionPane_->showCandidate(QString());
        interviewPane_->showCandidate(QString());
        pdfPane_->showMessage(list_->shownCount() == 0 && !list_->filterField()->text().isEmpty()
                                  ? tr("No candidate matches the filter.")
                                  : tr("No candidate selected."));
        return;
    }
    const Candidate& candidate =
        model_->candidate(list_->filterModel()->mapToSource(current).row());
    if (candidate.id == shownCandidateId_)
        return; // the list was rebuilt around the candidate already shown
    eligibilityPane_->showCandidate(candidate.application.reference);
    preselectionPane_->showCandidate(candidate.application.reference);
    interviewPane_->showCandidate(candidate.application.reference);
    shownCandidateId_ = candidate.id;
    const ApplicationData& a = candidate.application;
    const QString caption = tr("%1 \u2014 %2, %3 \u2014 %4")
                                .arg(a.reference, a.surname, a.givenNames, candidate.pdfFileName);
    try {
        pdfPane_->showPdf(caseFile_->applications().pdf(candidate.id), caption);
    } catch (const std::exception& e) {
        pdfPane_->showMessage(
            tr("The application PDF cannot be read from the case file: %1").arg(translatedWhat(e)),
            caption);
    }
}

void MainWindow::balanceSplitter() {
    // The list gets what its columns need, between 40% and 60% of the width; the PDF and the
    // assessment the rest.
    const int total = std::max(splitter_->width(), width() - 12);
    const int needed = list_->neededWidth();
    const int list = std::clamp(needed, total * 2 / 5, total * 3 / 5);
    splitter_->setSizes({list, total - list});
}

void MainWindow::updateTitle() {
    if (!caseFile_) {
        setWindowTitle(tr("Selection Panel"));
        return;
    }
    const QString name =
        caseFile_->onServer() ? caseFile_->path() : QFileInfo(caseFile_->path()).fileName();
    setWindowTitle(caseFile_->isReadOnly() ? tr("%1 \u2014 Selection Panel [read-only]").arg(name)
                                           : tr("%1 \u2014 Selection Panel").arg(name));
}

void MainWindow::updateStatus() {
    if (!caseFile_) {
        countStatus_->clear();
        accessStatus_->clear();
        userStatus_->clear();
        return;
    }
    const int total = model_->rowCount();
    const int shown = list_->shownCount();
    const QString all = total == 1 ? tr("1 candidate") : tr("%1 candidates").arg(total);
    countStatus_->setText(shown == total ? all : tr("%1 of %2 shown").arg(shown).arg(all));
    accessStatus_->setText(caseFile_->isReadOnly() ? tr("Read-only") : QString());
    accessStatus_->setVisible(caseFile_->isReadOnly());
    userStatus_->setText(user_.statusText());
}

} // namespace sp::ui
