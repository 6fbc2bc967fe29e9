#include "main_window.h"

#include "candidate_filter_model.h"
#include "candidate_table_model.h"
#include "case_file_opener.h"
#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "domain/tier.h"
#include "eligibility_pane.h"
#include "import_dialog.h"
#include "io/builtin_vacancy.h"
#include "io/shortlist_export.h"
#include "io/vacancy_json.h"
#include "mark_sheet_pane.h"
#include "new_case_dialog.h"
#include "pdf_pane.h"
#include "procedure_header.h"
#include "prompt.h"
#include "ranking_dialog.h"
#include "recent_files.h"
#include "screening_text.h"
#include "sign_in_dialog.h"

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
    : QMainWindow(parent), model_(new CandidateTableModel(this)),
      filterModel_(new CandidateFilterModel(this)), pages_(new QStackedWidget(this)),
      countStatus_(new QLabel(this)), accessStatus_(new QLabel(this)),
      userStatus_(new QLabel(this)), undoStack_(new QUndoStack(this)) {
    filterModel_->setSourceModel(model_);
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
    statusBar()->addPermanentWidget(userStatus_);
    statusBar()->addPermanentWidget(countStatus_);
    statusBar()->addPermanentWidget(accessStatus_);

    setAcceptDrops(true);
    resize(1400, 860);
    restoreWindowSettings();
    setCaseFile(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCaseAction = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    // Ctrl+N is the next candidate needing marks, used far more often.
    newCaseAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseCaseFile);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    importAction_ =
        file->addAction(tr("&Import applications…"), this, [this] { importApplications(); });
    importAction_->setObjectName(QStringLiteral("importAction"));
    importAction_->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addSeparator();
    QAction* signInAction = file->addAction(tr("&Sign in as…"), this, &MainWindow::signIn);
    signInAction->setObjectName(QStringLiteral("signInAction"));
    QAction* exportAction =
        file->addAction(tr("&Export shortlist…"), this, &MainWindow::exportShortlist);
    exportAction->setObjectName(QStringLiteral("exportShortlistAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoStack_->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction* redo = undoStack_->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* ranking = view->addAction(tr("&Ranking…"), this, &MainWindow::showRanking);
    ranking->setObjectName(QStringLiteral("rankingAction"));
    ranking->setShortcut(QKeySequence(tr("Ctrl+R")));
    QAction* next = view->addAction(tr("&Next candidate needing my marks"), this, [this] {
        if (!selectNextCandidateNeedingMarks())
            statusBar()->showMessage(tr("No candidate in the list needs your marks."), 5000);
    });
    next->setObjectName(QStringLiteral("nextNeedingMarksAction"));
    next->setShortcut(QKeySequence(tr("Ctrl+N")));
}

namespace {

std::function<QString()>& exportPathResponder() {
    static std::function<QString()> instance;
    return instance;
}

} // namespace

void MainWindow::setExportPathResponder(std::function<QString()> responder) {
    exportPathResponder() = std::move(responder);
}

bool MainWindow::newCase() {
    const QString folder =
        caseFile_ ? QFileInfo(caseFile_->path()).absolutePath() : QDir::homePath();
    const std::optional<NewCaseRequest> request = NewCaseDialog::ask(this, folder);
    if (!request)
        return false;
    std::unique_ptr<CaseFile> created;
    try {
        const Vacancy vacancy = request->vacancyPath.isEmpty()
                                    ? builtinExampleVacancy()
                                    : loadVacancyFile(request->vacancyPath);
        created = CaseFile::create(request->casePath, vacancy);
    } catch (const std::exception& e) {
        Prompt::error(
            this, tr("Case file not created"),
            tr("The case file %1 could not be created: %2")
                .arg(QDir::toNativeSeparators(request->casePath), QString::fromUtf8(e.what())));
        return false;
    }
    setCaseFile(std::move(created));
    return true;
}

void MainWindow::importApplications(const QString& csvPath) {
    if (!caseFile_ || caseFile_->isReadOnly()) {
        statusBar()->showMessage(tr("Open a case file for writing to import applications into it."),
                                 5000);
        return;
    }
    const QString by = user_.signedIn() ? user_.name : QString();
    if (ImportDialog::run(this, *caseFile_, by, csvPath))
        statusBar()->showMessage(tr("Applications imported."), 5000);
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QStringList paths = RecentFiles::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        // The number is the keyboard accelerator; a file name's own '&' must not become one.
        const QString text = tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&")));
        QAction* action = recentMenu_->addAction(text, this, [this, path] { openCaseFile(path); });
        action->setData(path);
    }
    recentMenu_->setEnabled(!paths.isEmpty());
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

void MainWindow::showRanking() {
    if (!caseFile_)
        return;
    RankingDialog* dialog = findChild<RankingDialog*>();
    if (!dialog) {
        dialog = new RankingDialog(*caseFile_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->setUser(user_);
    dialog->show();
    dialog->raise();
}

void MainWindow::exportShortlist() {
    if (!caseFile_)
        return;
    const QString suggested = QFileInfo(caseFile_->path())
                                  .absoluteDir()
                                  .filePath(QFileInfo(caseFile_->path()).completeBaseName() +
                                            QStringLiteral("-shortlist.csv"));
    const QString path = exportPathResponder()
                             ? exportPathResponder()()
                             : QFileDialog::getSaveFileName(this, tr("Export shortlist"), suggested,
                                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const auto rows = preselectionExport(caseFile_->ranking(Stage::Preselection),
                                             caseFile_->shortlist(), caseFile_->candidates());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(shortlistExportCsv(rows)) < 0 || !file.commit())
            throw std::runtime_error(file.errorString().toStdString());
        statusBar()->showMessage(tr("Shortlist written to %1").arg(path), 5000);
    } catch (const std::exception& e) {
        Prompt::error(this, tr("Shortlist not exported"),
                      tr("The shortlist could not be written to %1: %2")
                          .arg(path, QString::fromUtf8(e.what())));
    }
}

bool MainWindow::selectNextCandidateNeedingMarks() {
    if (!caseFile_ || !user_.onPanel())
        return false;
    const Stage stage =
        assessment_->currentWidget() == interviewPane_ ? Stage::Interview : Stage::Preselection;
    const int rows = filterModel_->rowCount();
    const int start = table_->currentIndex().isValid() ? table_->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        const QString reference =
            filterModel_->index(row, 0).data(CandidateTableModel::ReferenceRole).toString();
        try {
            if (!caseFile_->markingPermission(reference, stage, user_.memberId).allowed)
                continue;
            const auto own = caseFile_->ownSheet(reference, stage, user_.memberId);
            if (own && own->submitted)
                continue;
        } catch (const std::exception&) {
            continue;
        }
        table_->setCurrentIndex(filterModel_->index(row, 0));
        assessment_->setCurrentWidget(stage == Stage::Interview ? interviewPane_
                                                                : preselectionPane_);
        return true;
    }
    return false;
}

QWidget* MainWindow::createWelcomePage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Selection Panel"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("Open the case file of a selection procedure to start."), page);
    auto* open = new QPushButton(tr("Open case file…"), page);
    open->setObjectName(QStringLiteral("welcomeOpenButton"));
    open->setAccessibleName(tr("Open case file"));
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseCaseFile);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget* MainWindow::createCaseView() {
    auto* view = new QWidget(this);
    header_ = new ProcedureHeader(view);

    filter_ = new QLineEdit(view);
    filter_->setObjectName(QStringLiteral("candidateFilter"));
    filter_->setAccessibleName(tr("Filter candidates"));
    filter_->setPlaceholderText(tr("Filter by reference, name or e-mail"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        filterModel_->setSearchText(text);
        selectFirstRowIfNoneCurrent();
        updateStatus();
    });

    table_ = new QTableView(view);
    table_->setObjectName(QStringLiteral("candidateTable"));
    table_->setAccessibleName(tr("Candidates"));
    table_->setModel(filterModel_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setSortingEnabled(true);
    table_->sortByColumn(CandidateTableModel::ReferenceColumn, Qt::AscendingOrder);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->horizontalHeader()->setStretchLastSection(false);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentCandidate);
    connect(table_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &MainWindow::fitColumns);

    // The tier is in the Tier column; the category and nationalities in the PDF.
    table_->setColumnHidden(CandidateTableModel::NationalitiesColumn, true);
    table_->setColumnHidden(CandidateTableModel::CategoryColumn, true);

    auto* list = new QWidget(view);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(createFilterBar(list));
    listLayout->addWidget(filter_);
    listLayout->addWidget(table_, 1);

    // The PDF and the assessment share the right side as tabs: at 1400 px the list, the PDF and
    // the assessment side by side would each be too narrow to read.
    assessment_ = new QTabWidget(view);
    assessment_->setObjectName(QStringLiteral("assessmentTabs"));
    assessment_->setAccessibleName(tr("Application and assessment"));
    pdfPane_ = new PdfPane(assessment_);
    pdfPane_->setObjectName(QStringLiteral("pdfPane"));
    assessment_->addTab(pdfPane_, tr("&Application PDF"));
    eligibilityPane_ = new EligibilityPane(*undoStack_, assessment_);
    eligibilityPane_->setObjectName(QStringLiteral("eligibilityPane"));
    assessment_->addTab(eligibilityPane_, tr("&Eligibility"));
    preselectionPane_ = new MarkSheetPane(Stage::Preselection, *undoStack_, assessment_);
    preselectionPane_->setObjectName(QStringLiteral("preselectionPane"));
    assessment_->addTab(preselectionPane_, tr("&Pre-selection"));
    interviewPane_ = new MarkSheetPane(Stage::Interview, *undoStack_, assessment_);
    interviewPane_->setObjectName(QStringLiteral("interviewPane"));
    assessment_->addTab(interviewPane_, tr("&Interview"));

    splitter_ = new QSplitter(Qt::Horizontal, view);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(list);
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

QWidget* MainWindow::createFilterBar(QWidget* parent) {
    auto* bar = new QWidget(parent);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    tierFilter_ = new QComboBox(bar);
    tierFilter_->setObjectName(QStringLiteral("tierFilter"));
    tierFilter_->setAccessibleName(tr("Show tier"));
    statusFilter_ = new QComboBox(bar);
    statusFilter_->setObjectName(QStringLiteral("statusFilter"));
    statusFilter_->setAccessibleName(tr("Show status"));
    statusFilter_->addItem(tr("Every status"), -1);
    for (ScreeningStatus status :
         {ScreeningStatus::Pending, ScreeningStatus::Eligible, ScreeningStatus::NotEligible,
          ScreeningStatus::Inadmissible, ScreeningStatus::Superseded})
        statusFilter_->addItem(screeningStatusLabel(status), int(status));
    fillTierFilter();
    const auto apply = [this] {
        filterModel_->setTierRank(tierFilter_->currentData().toInt());
        filterModel_->setStatus(statusFilter_->currentData().toInt());
        selectFirstRowIfNoneCurrent();
        updateStatus();
    };
    connect(tierFilter_, &QComboBox::currentIndexChanged, this, apply);
    connect(statusFilter_, &QComboBox::currentIndexChanged, this, apply);
    auto* tierLabel = new QLabel(tr("&Tier:"), bar);
    tierLabel->setBuddy(tierFilter_);
    auto* statusLabel = new QLabel(tr("S&tatus:"), bar);
    statusLabel->setBuddy(statusFilter_);
    layout->addWidget(tierLabel);
    layout->addWidget(tierFilter_, 1);
    layout->addWidget(statusLabel);
    layout->addWidget(statusFilter_, 1);
    return bar;
}

void MainWindow::fillTierFilter() {
    const QSignalBlocker blocker(tierFilter_);
    tierFilter_->clear();
    tierFilter_->addItem(tr("Every tier"), -1);
    if (!caseFile_)
        return;
    const PriorityOrder order = caseFile_->vacancy().priorityOrder;
    QStringList seen;
    for (Category category : {Category::CommissionOfficial, Category::InstitutionOfficial,
                              Category::Laureate, Category::External}) {
        const QString label = tierLabel(category, order);
        if (seen.contains(label))
            continue;
        seen << label;
        tierFilter_->addItem(label, tierRank(category, order));
    }
}

void MainWindow::signIn() {
    if (!caseFile_)
        return;
    if (auto chosen = SignInDialog::ask(this, *caseFile_))
        user_ = *chosen;
    eligibilityPane_->setUser(user_);
    preselectionPane_->setUser(user_);
    interviewPane_->setUser(user_);
    if (auto* ranking = findChild<RankingDialog*>())
        ranking->setUser(user_);
    updateStatus();
}

QString MainWindow::currentReference() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? current.data(CandidateTableModel::ReferenceRole).toString()
                             : QString();
}

void MainWindow::reloadScreening() {
    if (!caseFile_)
        return;
    reloadCandidates();
    eligibilityPane_->refresh();
    refreshAssessment();
}

void MainWindow::refreshAssessment() {
    if (!caseFile_)
        return;
    preselectionPane_->refresh();
    interviewPane_->refresh();
    if (auto* ranking = findChild<RankingDialog*>())
        ranking->refresh();
}

void MainWindow::setCaseFile(std::unique_ptr<CaseFile> caseFile) {
    subscriptions_.reset();
    undoStack_->clear();
    user_ = {};
    eligibilityPane_->setCaseFile(nullptr);
    preselectionPane_->setCaseFile(nullptr);
    interviewPane_->setCaseFile(nullptr);
    delete findChild<RankingDialog*>();
    // Empty the list before the file changes, so nothing asks the new file for an old candidate.
    model_->setCandidates({});
    shownCandidateId_ = -1;
    filter_->clear();
    caseFile_ = std::move(caseFile);
    if (!caseFile_) {
        pdfPane_->showMessage(tr("No candidate selected."));
        pages_->setCurrentWidget(welcomePage_);
    } else {
        const Vacancy& vacancy = caseFile_->vacancy();
        model_->setTimeZone(QTimeZone(vacancy.deadlineZone.toUtf8()));
        model_->setScreenedCandidates(caseFile_->screenedCandidates(), caseFile_->duplicates());
        header_->setProcedure(vacancy, model_->rowCount());
        fillTierFilter();
        eligibilityPane_->setCaseFile(caseFile_.get());
        preselectionPane_->setCaseFile(caseFile_.get());
        interviewPane_->setCaseFile(caseFile_.get());
        subscriptions_ = std::make_unique<Subscriptions>();
        subscriptions_->candidatesImported =
            caseFile_->events().candidatesImported.connect([this](const CandidatesImported&) {
                // Queued: the list is not rebuilt inside the case file's importApplications().
                QMetaObject::invokeMethod(this, &MainWindow::reloadCandidates,
                                          Qt::QueuedConnection);
            });
        subscriptions_->screeningChanged =
            caseFile_->events().screeningChanged.connect([this](const ScreeningChanged&) {
                QMetaObject::invokeMethod(this, &MainWindow::reloadScreening, Qt::QueuedConnection);
            });
        const auto refreshLater = [this] {
            QMetaObject::invokeMethod(this, &MainWindow::refreshAssessment, Qt::QueuedConnection);
        };
        CaseEvents& events = caseFile_->events();
        subscriptions_->panelChanged =
            events.panelChanged.connect([refreshLater](const PanelChanged&) { refreshLater(); });
        subscriptions_->gridChanged =
            events.gridChanged.connect([refreshLater](const GridChanged&) { refreshLater(); });
        subscriptions_->marksChanged =
            events.marksChanged.connect([refreshLater](const MarksChanged&) { refreshLater(); });
        subscriptions_->resultsChanged = events.resultsChanged.connect(
            [refreshLater](const ResultsChanged&) { refreshLater(); });
        pages_->setCurrentWidget(caseView_);
        RecentFiles::add(caseFile_->path());
        fitColumns();
        // The sizes the user left last time, once; then each case file's list gets its room.
        if (savedSplitterState_.isEmpty() || !splitter_->restoreState(savedSplitterState_))
            balanceSplitter();
        savedSplitterState_.clear();
        selectFirstRowIfNoneCurrent();
        if (filterModel_->rowCount() == 0)
            pdfPane_->showMessage(tr("This case file holds no candidates yet."));
    }
    importAction_->setEnabled(caseFile_ && !caseFile_->isReadOnly());
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

void MainWindow::chooseCaseFile() {
    const QString directory =
        caseFile_ ? QFileInfo(caseFile_->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open case file"), directory,
        tr("Case files (*%1);;All files (*)").arg(QLatin1String(CaseFile::Extension)));
    if (!path.isEmpty())
        openCaseFile(path);
}

void MainWindow::reloadCandidates() {
    if (!caseFile_)
        return;
    const QModelIndex current = table_->currentIndex();
    const qint64 currentId =
        current.isValid() ? current.data(CandidateTableModel::CandidateIdRole).toLongLong() : -1;
    model_->setScreenedCandidates(caseFile_->screenedCandidates(), caseFile_->duplicates());
    header_->setCandidateCount(model_->rowCount());
    fitColumns();
    const int sourceRow = model_->rowOfCandidate(currentId);
    if (sourceRow >= 0)
        table_->setCurrentIndex(filterModel_->mapFromSource(model_->index(sourceRow, 0)));
    selectFirstRowIfNoneCurrent();
    updateStatus();
}

void MainWindow::showCurrentCandidate() {
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid() || !caseFile_) {
        shownCandidateId_ = -1;
        eligibilityPane_->showCandidate(QString());
        preselectionPane_->showCandidate(QString());
        interviewPane_->showCandidate(QString());
        pdfPane_->showMessage(filterModel_->rowCount() == 0 && !filter_->text().isEmpty()
                                  ? tr("No candidate matches the filter.")
                                  : tr("No candidate selected."));
        return;
    }
    const Candidate& candidate = model_->candidate(filterModel_->mapToSource(current).row());
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
        pdfPane_->showPdf(caseFile_->pdf(candidate.id), caption);
    } catch (const std::exception& e) {
        pdfPane_->showMessage(tr("The application PDF cannot be read from the case file: %1")
                                  .arg(QString::fromUtf8(e.what())),
                              caption);
    }
}

void MainWindow::selectFirstRowIfNoneCurrent() {
    if (table_->currentIndex().isValid())
        return;
    if (filterModel_->rowCount() > 0)
        table_->setCurrentIndex(filterModel_->index(0, 0));
    else
        showCurrentCandidate();
}

void MainWindow::fitColumns() {
    // As wide as the cells need and the header's text, plus room for the sort arrow only on the
    // sorted column: reserving it on every column would push the list wider than its pane.
    QHeaderView* header = table_->horizontalHeader();
    const QFontMetrics metrics(header->font());
    QStyle* style = header->style();
    const int margins = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) +
                      style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int widest = metrics.averageCharWidth() * 28;
    for (int column = 0; column < header->count(); ++column) {
        int title =
            metrics.horizontalAdvance(model_->headerData(column, Qt::Horizontal).toString()) +
            margins;
        if (column == header->sortIndicatorSection())
            title += arrow;
        const int cells = static_cast<QAbstractItemView*>(table_)->sizeHintForColumn(column);
        const int width = std::max(title, cells);
        header->resizeSection(column, std::min(width, widest));
    }
}

void MainWindow::balanceSplitter() {
    // The list gets what its columns need, between 40% and 60% of the width; the PDF and the
    // assessment the rest.
    const int total = std::max(splitter_->width(), width() - 12);
    const int needed = table_->horizontalHeader()->length() + 2 * table_->frameWidth() +
                       table_->verticalScrollBar()->sizeHint().width();
    const int list = std::clamp(needed, total * 2 / 5, total * 3 / 5);
    splitter_->setSizes({list, total - list});
}

void MainWindow::updateTitle() {
    if (!caseFile_) {
        setWindowTitle(tr("Selection Panel"));
        return;
    }
    const QString name = QFileInfo(caseFile_->path()).fileName();
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
    const int shown = filterModel_->rowCount();
    const QString all = total == 1 ? tr("1 candidate") : tr("%1 candidates").arg(total);
    countStatus_->setText(shown == total ? all : tr("%1 of %2 shown").arg(shown).arg(all));
    accessStatus_->setText(caseFile_->isReadOnly() ? tr("Read-only") : QString());
    userStatus_->setText(user_.statusText());
}

} // namespace sp::ui
