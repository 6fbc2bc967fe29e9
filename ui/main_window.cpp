#include "main_window.h"

#include "candidate_filter_model.h"
#include "candidate_table_model.h"
#include "case_file_opener.h"
#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "pdf_pane.h"
#include "procedure_header.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>
#include <boost/signals2/connection.hpp>

namespace sp::ui {

// Kept out of the header: moc'd headers must not see Boost.Signals2.
struct MainWindow::Subscriptions {
    boost::signals2::scoped_connection candidatesImported;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), model_(new CandidateTableModel(this)),
      filterModel_(new CandidateFilterModel(this)), pages_(new QStackedWidget(this)),
      countStatus_(new QLabel(this)), accessStatus_(new QLabel(this)) {
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
    statusBar()->addPermanentWidget(countStatus_);
    statusBar()->addPermanentWidget(accessStatus_);

    resize(1280, 800);
    setCaseFile(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseCaseFile);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
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

    auto* list = new QWidget(view);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(filter_);
    listLayout->addWidget(table_, 1);

    pdfPane_ = new PdfPane(view);
    pdfPane_->setObjectName(QStringLiteral("pdfPane"));

    splitter_ = new QSplitter(Qt::Horizontal, view);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(list);
    splitter_->addWidget(pdfPane_);
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

void MainWindow::setCaseFile(std::unique_ptr<CaseFile> caseFile) {
    subscriptions_.reset();
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
        model_->setCandidates(caseFile_->candidates());
        header_->setProcedure(vacancy, model_->rowCount());
        subscriptions_ = std::make_unique<Subscriptions>();
        subscriptions_->candidatesImported =
            caseFile_->events().candidatesImported.connect([this](const CandidatesImported&) {
                // Queued: the list is not rebuilt inside the case file's importApplications().
                QMetaObject::invokeMethod(this, &MainWindow::reloadCandidates,
                                          Qt::QueuedConnection);
            });
        pages_->setCurrentWidget(caseView_);
        fitColumns();
        balanceSplitter();
        selectFirstRowIfNoneCurrent();
        if (filterModel_->rowCount() == 0)
            pdfPane_->showMessage(tr("This case file holds no candidates yet."));
    }
    updateTitle();
    updateStatus();
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
    model_->setCandidates(caseFile_->candidates());
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
        pdfPane_->showMessage(filterModel_->rowCount() == 0 && !filter_->text().isEmpty()
                                  ? tr("No candidate matches the filter.")
                                  : tr("No candidate selected."));
        return;
    }
    const Candidate& candidate = model_->candidate(filterModel_->mapToSource(current).row());
    if (candidate.id == shownCandidateId_)
        return; // the list was rebuilt around the candidate already shown
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
    // The list gets what its columns need, between 40% and 55% of the width; the PDF the rest.
    const int total = std::max(splitter_->width(), width() - 12);
    const int needed = table_->horizontalHeader()->length() + 2 * table_->frameWidth() +
                       table_->verticalScrollBar()->sizeHint().width();
    const int list = std::clamp(needed, total * 2 / 5, total * 11 / 20);
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
        return;
    }
    const int total = model_->rowCount();
    const int shown = filterModel_->rowCount();
    const QString all = total == 1 ? tr("1 candidate") : tr("%1 candidates").arg(total);
    countStatus_->setText(shown == total ? all : tr("%1 of %2 shown").arg(shown).arg(all));
    accessStatus_->setText(caseFile_->isReadOnly() ? tr("Read-only") : QString());
}

} // namespace sp::ui
