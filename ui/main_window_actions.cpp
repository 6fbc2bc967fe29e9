#include "candidate_list_pane.h"
#include "casefile/case_file.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/irreversible_acts.h"
#include "example_case.h"
#include "import_dialog.h"
#include "io/builtin_vacancy.h"
#include "io/output_file.h"
#include "io/shortlist_export.h"
#include "io/vacancy_json.h"
#include "main_window.h"
#include "new_case_dialog.h"
#include "pdf_pane.h"
#include "problem_text.h"
#include "procedure_overview_dialog.h"
#include "prompt.h"
#include "ranking_dialog.h"
#include "recent_files.h"
#include "record_dialog.h"
#include "report/report_export.h"
#include "workbook_actions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

// The window's menus and the actions behind them that open other windows or files.
namespace sp::ui {

namespace {

std::function<QString()>& exportPathResponder() {
    static std::function<QString()> instance;
    return instance;
}

} // namespace

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCaseAction = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    // Ctrl+N is the next candidate needing marks, used far more often.
    newCaseAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseCaseFile);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* openServer =
        file->addAction(tr("Open case on &server…"), this, &MainWindow::chooseServerCase);
    openServer->setObjectName(QStringLiteral("openServerAction"));
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
    QAction* reportAction = file->addAction(tr("Export re&port…"), this, &MainWindow::exportReport);
    reportAction->setObjectName(QStringLiteral("exportReportAction"));
    QAction* exportWorkbooks = file->addAction(tr("Export member &workbooks…"), this, [this] {
        if (caseFile_)
            exportMemberWorkbooks(this, *caseFile_);
    });
    exportWorkbooks->setObjectName(QStringLiteral("exportWorkbooksAction"));
    QAction* importReturnsAction = file->addAction(tr("Import re&turns…"), this, [this] {
        if (caseFile_ && importReturns(this, *caseFile_, *edits_) > 0)
            refreshAssessment();
    });
    importReturnsAction->setObjectName(QStringLiteral("importReturnsAction"));
    QAction* returnMarks = file->addAction(tr("Re&turn my marks…"), this, [this] {
        if (caseFile_)
            returnMyMarks(this, *caseFile_);
    });
    returnMarks->setObjectName(QStringLiteral("returnMarksAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edits_->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction* redo = edits_->stack().createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // While another tab is in front; with the PDF in front, the reader's own Ctrl+F answers.
    findInPdfAction_ = edit->addAction(tr("&Find in application PDF"), this, [this] {
        assessment_->setCurrentWidget(pdfPane_);
        pdfPane_->focusSearchField();
    });
    findInPdfAction_->setObjectName(QStringLiteral("findInPdfAction"));
    findInPdfAction_->setShortcut(QKeySequence::Find);
    const auto followTab = [this] {
        findInPdfAction_->setEnabled(assessment_->currentWidget() != pdfPane_);
    };
    connect(assessment_, &QTabWidget::currentChanged, this, followTab);
    followTab();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* ranking = view->addAction(tr("&Ranking…"), this, &MainWindow::showRanking);
    ranking->setObjectName(QStringLiteral("rankingAction"));
    ranking->setShortcut(QKeySequence(tr("Ctrl+R")));
    QAction* overview =
        view->addAction(tr("Procedure &overview…"), this, &MainWindow::showOverview);
    overview->setObjectName(QStringLiteral("overviewAction"));
    overview->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction* record =
        view->addAction(tr("Record of the &procedure…"), this, [this] { showRecord(QString()); });
    record->setObjectName(QStringLiteral("recordAction"));
    record->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    QAction* candidateRecord = view->addAction(tr("Record of the selected &candidate…"), this,
                                               [this] { showRecord(list_->currentReference()); });
    candidateRecord->setObjectName(QStringLiteral("candidateRecordAction"));
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next candidate needing my marks"), this, [this] {
        if (!selectNextCandidateNeedingMarks())
            statusBar()->showMessage(tr("No candidate in the list needs your marks."), 5000);
    });
    next->setObjectName(QStringLiteral("nextNeedingMarksAction"));
    next->setShortcut(QKeySequence(tr("Ctrl+N")));
}

void MainWindow::updateWorkbookActions() {
    const bool workbook = caseFile_ && caseFile_->workbookIdentity();
    const bool writable = caseFile_ && !caseFile_->isReadOnly();
    auto offer = [this](const char* name, bool visible, bool enabled) {
        if (auto* action = findChild<QAction*>(QLatin1String(name))) {
            action->setVisible(visible);
            action->setEnabled(enabled);
        }
    };
    offer("exportWorkbooksAction", !workbook, caseFile_ && !workbook);
    offer("importReturnsAction", !workbook, writable && !workbook);
    offer("returnMarksAction", workbook, workbook);
    offer("exportShortlistAction", !workbook, !workbook);
    // The report is entered in the case's record, so it needs the case open for writing.
    offer("exportReportAction", !workbook, writable && !workbook);
    offer("importAction", true, writable && !workbook);
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
        Prompt::error(this, tr("Case file not created"),
                      tr("The case file %1 could not be created: %2")
                          .arg(QDir::toNativeSeparators(request->casePath), translatedWhat(e)));
        return false;
    }
    setCaseFile(std::move(created));
    return true;
}

bool MainWindow::tryExample() {
    const QString path = exampleCasePath();
    if (QFileInfo::exists(path))
        return openCaseFile(path);
    std::unique_ptr<CaseFile> created;
    statusBar()->showMessage(tr("Creating the example case…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        created = createExampleCase(path);
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        Prompt::error(this, tr("Example not created"),
                      tr("The example case file %1 could not be created: %2")
                          .arg(QDir::toNativeSeparators(path), translatedWhat(e)));
        return false;
    }
    QApplication::restoreOverrideCursor();
    statusBar()->showMessage(
        tr("The example case is kept in %1.").arg(QDir::toNativeSeparators(path)), 10000);
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
    if (ImportDialog::run(this, *caseFile_, *edits_, by, csvPath))
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

void MainWindow::showRanking() {
    if (!caseFile_)
        return;
    if (!ranking_) {
        ranking_ = new RankingDialog(*caseFile_, *edits_, this);
        ranking_->setAttribute(Qt::WA_DeleteOnClose);
    }
    ranking_->setUser(user_);
    ranking_->show();
    ranking_->raise();
}

void MainWindow::showOverview() {
    if (!caseFile_)
        return;
    if (!overview_) {
        overview_ = new ProcedureOverviewDialog(*caseFile_, this);
        overview_->setAttribute(Qt::WA_DeleteOnClose);
    }
    overview_->show();
    overview_->raise();
}

QString MainWindow::recordReader() const {
    return user_.onPanel() ? user_.memberId : user_.name;
}

void MainWindow::showRecord(const QString& candidate) {
    if (!caseFile_)
        return;
    if (!record_) {
        record_ = new RecordDialog(*caseFile_, *edits_, recordReader(), candidate, this);
        record_->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        record_->setMember(recordReader());
        record_->showCandidate(candidate);
    }
    record_->show();
    record_->raise();
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
        const auto rows = preselectionExport(caseFile_->results().ranking(Stage::Preselection),
                                             caseFile_->results().shortlist(),
                                             caseFile_->applications().candidates());
        writeFileReplacing(path, shortlistExportCsv(rows));
        statusBar()->showMessage(tr("Shortlist written to %1").arg(path), 5000);
    } catch (const std::exception& e) {
        Prompt::error(
            this, tr("Shortlist not exported"),
            tr("The shortlist could not be written to %1: %2").arg(path, translatedWhat(e)));
    }
}

void MainWindow::exportReport() {
    if (!caseFile_)
        return;
    const QFileInfo caseInfo(caseFile_->path());
    const QString suggested = caseInfo.absoluteDir().filePath(caseInfo.completeBaseName() +
                                                              QStringLiteral("-report.pdf"));
    const QString path = exportPathResponder()
                             ? exportPathResponder()()
                             : QFileDialog::getSaveFileName(this, tr("Export selection report"),
                                                            suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // In the window's language, English when the report has no translation into it.
    const report::Language language =
        report::languageFromKey(QLocale().name().left(2)).value_or(report::Language::English);
    int pages = 0;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        pages = report::writeSelectionReport(*caseFile_, path, language);
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        Prompt::error(this, tr("Report not exported"),
                      tr("The selection report could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(path), translatedWhat(e)));
        return;
    }
    // Who the record says exported it (an id or a name, never translated).
    const QString actor = recordReader().trimmed();
    NoteInRecordAct noted(*caseFile_, actor.isEmpty() ? QStringLiteral("(not signed in)") : actor,
                          QLatin1String(report::ReportExportedAction),
                          report::reportExportDetail(language, pages, path));
    if (const auto refusal = edits_->perform(noted)) {
        // A report the record does not know of must not stay behind.
        QFile::remove(path);
        Prompt::error(this, tr("Report not exported"),
                      tr("The report could not be entered in the record, so %1 was removed: %2")
                          .arg(QDir::toNativeSeparators(path), *refusal));
        return;
    }
    statusBar()->showMessage(
        tr("Selection report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
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

// The address as the database administrator handed it over (server-add-member prints it); the
// last one given is offered again.
void MainWindow::chooseServerCase() {
    QSettings settings;
    const QString key = QStringLiteral("server/lastUrl");
    const auto url = Prompt::text(
        this, {tr("Open case on server"),
               tr("The case's address, as your administrator gave it:\n"
                  "postgresql://ROLE@HOST/DATABASE?case=ID"),
               settings.value(key, QStringLiteral("postgresql://")).toString(), false});
    if (!url || url->trimmed().isEmpty())
        return;
    settings.setValue(key, url->trimmed());
    openCaseFile(url->trimmed());
}

void MainWindow::setExportPathResponder(std::function<QString()> responder) {
    exportPathResponder() = std::move(responder);
}

} // namespace sp::ui
