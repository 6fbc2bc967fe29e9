#include "import_dialog.h"

#include "casefile/case_file.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/irreversible_acts.h"
#include "pdf/pdf_inspector.h"
#include "problem_text.h"
#include "prompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

QTableWidget* makeProblemTable(QWidget* parent, const QString& name, const QString& accessible) {
    auto* table = new QTableWidget(0, 3, parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(
        {ImportDialog::tr("Row"), ImportDialog::tr("Column"), ImportDialog::tr("Problem")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void fillProblemTable(QTableWidget& table, const std::vector<ImportProblem>& problems) {
    table.setRowCount(static_cast<int>(problems.size()));
    for (int i = 0; i < table.rowCount(); ++i) {
        const ImportProblem& problem = problems[static_cast<size_t>(i)];
        const QString row =
            problem.row == 0 ? ImportDialog::tr("whole file") : QString::number(problem.row);
        table.setItem(i, 0, new QTableWidgetItem(row));
        table.setItem(i, 1, new QTableWidgetItem(problem.column));
        table.setItem(i, 2, new QTableWidgetItem(translated(problem)));
    }
    table.resizeColumnToContents(0);
    table.resizeColumnToContents(1);
}

} // namespace

QString droppedCsvPath(const QMimeData* mime) {
    if (!mime || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    const QString path = mime->urls().front().toLocalFile();
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path : QString();
}

bool ImportDialog::run(QWidget* parent, CaseFile& caseFile, EditHistory& edits,
                       const QString& importedBy, const QString& csvPath) {
    ImportDialog dialog(caseFile, edits, importedBy, parent);
    if (!csvPath.isEmpty())
        dialog.setCsvPath(csvPath);
    dialog.exec();
    return dialog.importedCount() > 0;
}

ImportDialog::ImportDialog(CaseFile& caseFile, EditHistory& edits, const QString& importedBy,
                           QWidget* parent)
    : QDialog(parent), caseFile_(caseFile), edits_(edits), importedBy_(importedBy),
      csv_(new QLineEdit(this)), pdfFolder_(new QLineEdit(this)),
      checkButton_(new QPushButton(tr("&Check"), this)),
      cancelButton_(new QPushButton(tr("Cancel check"), this)), progress_(new QProgressBar(this)),
      summary_(new QLabel(this)),
      problems_(makeProblemTable(this, QStringLiteral("importProblems"),
                                 tr("Problems that prevent an import"))),
      warnings_(makeProblemTable(this, QStringLiteral("importWarnings"),
                                 tr("Warnings: imported anyway"))),
      skipInvalid_(new QCheckBox(tr("&Skip invalid rows"), this)),
      importButton_(new QPushButton(tr("&Import"), this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import applications"));
    setAcceptDrops(true);
    resize(900, 600);

    csv_->setObjectName(QStringLiteral("importCsvPath"));
    csv_->setAccessibleName(tr("Applications CSV file"));
    csv_->setPlaceholderText(tr("The CSV file of the applications (or drop it here)"));
    pdfFolder_->setObjectName(QStringLiteral("importPdfFolder"));
    pdfFolder_->setAccessibleName(tr("Folder of the application PDFs"));
    auto* browseCsvButton = new QPushButton(tr("&Browse…"), this);
    browseCsvButton->setAccessibleName(tr("Browse for the CSV file"));
    auto* browseFolderButton = new QPushButton(tr("B&rowse…"), this);
    browseFolderButton->setAccessibleName(tr("Browse for the PDF folder"));
    connect(browseCsvButton, &QPushButton::clicked, this, &ImportDialog::browseCsv);
    connect(browseFolderButton, &QPushButton::clicked, this, &ImportDialog::browsePdfFolder);
    connect(csv_, &QLineEdit::textChanged, this, &ImportDialog::pathsChanged);
    connect(pdfFolder_, &QLineEdit::textChanged, this, &ImportDialog::pathsChanged);

    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(csv_, 1);
    csvRow->addWidget(browseCsvButton);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(pdfFolder_, 1);
    folderRow->addWidget(browseFolderButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Applications &CSV:"), csvRow);
    form->addRow(tr("&PDF folder:"), folderRow);
    static_cast<QLabel*>(form->labelForField(csvRow))->setBuddy(csv_);
    static_cast<QLabel*>(form->labelForField(folderRow))->setBuddy(pdfFolder_);

    checkButton_->setObjectName(QStringLiteral("importCheckButton"));
    cancelButton_->setObjectName(QStringLiteral("importCancelCheckButton"));
    progress_->setObjectName(QStringLiteral("importProgress"));
    progress_->setAccessibleName(tr("Rows checked"));
    progress_->setFormat(tr("%v of %m rows checked"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    connect(checkButton_, &QPushButton::clicked, this, &ImportDialog::check);
    connect(cancelButton_, &QPushButton::clicked, this, &ImportDialog::cancelCheck);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(checkButton_);
    checkRow->addWidget(progress_, 1);
    checkRow->addWidget(cancelButton_);

    summary_->setObjectName(QStringLiteral("importSummary"));
    summary_->setWordWrap(true);
    summary_->setText(tr("Choose the CSV file and the PDF folder, then check them."));
    skipInvalid_->setObjectName(QStringLiteral("importSkipInvalid"));
    connect(skipInvalid_, &QCheckBox::toggled, this, &ImportDialog::updateButtons);

    importButton_->setObjectName(QStringLiteral("importButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(importButton_, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(summary_);
    layout->addWidget(new QLabel(tr("Problems (rows that cannot be imported):"), this));
    layout->addWidget(problems_, 2);
    layout->addWidget(new QLabel(tr("Warnings (probable duplicates, imported anyway):"), this));
    layout->addWidget(warnings_, 1);
    layout->addWidget(skipInvalid_);
    layout->addWidget(buttons);
    updateButtons();
}

ImportDialog::~ImportDialog() {
    stopWorker();
    delete worker_; // its finished() would reach a dialog already gone
}

void ImportDialog::setCsvPath(const QString& path) {
    csv_->setText(QDir::toNativeSeparators(path));
    const QString sibling = QFileInfo(path).absoluteDir().filePath(QStringLiteral("pdfs"));
    if (pdfFolder_->text().isEmpty() && QFileInfo(sibling).isDir())
        pdfFolder_->setText(QDir::toNativeSeparators(sibling));
}

void ImportDialog::setPdfFolder(const QString& path) {
    pdfFolder_->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::csvPath() const {
    return QDir::fromNativeSeparators(csv_->text().trimmed());
}

QString ImportDialog::pdfFolder() const {
    return QDir::fromNativeSeparators(pdfFolder_->text().trimmed());
}

void ImportDialog::setSkipInvalidRows(bool skip) {
    skipInvalid_->setChecked(skip);
}

int ImportDialog::progressValue() const {
    return progress_->value();
}

int ImportDialog::progressMaximum() const {
    return progress_->maximum();
}

void ImportDialog::browseCsv() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Applications CSV file"),
                                                      QFileInfo(csvPath()).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setCsvPath(path);
}

void ImportDialog::browsePdfFolder() {
    const QString start = pdfFolder().isEmpty() ? QFileInfo(csvPath()).absolutePath() : pdfFolder();
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Folder of the application PDFs"), start);
    if (!path.isEmpty())
        setPdfFolder(path);
}

void ImportDialog::pathsChanged() {
    // A check of other files says nothing about these.
    if (isChecking())
        cancelCheck();
    plan_.reset();
    showPlan();
}

void ImportDialog::check() {
    if (isChecking() || csvPath().isEmpty())
        return;
    plan_.reset();
    showPlan();
    summary_->setText(tr("Checking…"));
    progress_->setRange(0, 0); // busy until the CSV is read and the rows are counted
    progress_->setValue(0);

    // Read here: the case file's database belongs to this thread.
    const ExistingApplications existing = caseFile_.applications().existingApplications();
    const QString csv = csvPath();
    const QString folder = pdfFolder();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    cancelled_ = cancelled;
    auto result = std::make_shared<ImportPlan>();
    worker_ = QThread::create([this, existing, csv, folder, cancelled, result] {
        *result = prepareImport(csv, folder, existing, pdfChecker(), [&](int done, int total) {
            if (*cancelled)
                return false;
            QMetaObject::invokeMethod(
                this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
            return true;
        });
    });
    connect(worker_, &QThread::finished, this, [this, result, cancelled] {
        worker_->deleteLater();
        worker_ = nullptr;
        onCheckDone(*cancelled ? nullptr : result);
    });
    worker_->start();
    updateButtons();
}

void ImportDialog::cancelCheck() {
    if (cancelled_)
        *cancelled_ = true;
}

void ImportDialog::stopWorker() {
    if (!worker_)
        return;
    cancelCheck();
    worker_->wait();
}

void ImportDialog::onProgress(int done, int total) {
    if (!isChecking())
        return; // a late report of a check already over
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(done);
}

void ImportDialog::onCheckDone(std::shared_ptr<ImportPlan> plan) {
    if (!plan || plan->cancelled) {
        plan_.reset();
        showPlan();
        progress_->setRange(0, 1);
        progress_->setValue(0);
        summary_->setText(tr("Check cancelled: nothing was imported."));
    } else {
        plan_ = std::make_unique<ImportPlan>(std::move(*plan));
        showPlan();
        const int rows = static_cast<int>(plan_->valid.size());
        progress_->setRange(0, std::max(progress_->maximum(), 1));
        progress_->setValue(progress_->maximum());
        if (plan_->problems.empty())
            summary_->setText(tr("%n application(s) ready to import.", nullptr, rows));
        else
            summary_->setText(tr("%n application(s) valid; %1 problem(s) to correct in the CSV "
                                 "file or the PDF folder.",
                                 nullptr, rows)
                                  .arg(plan_->problems.size()));
    }
    updateButtons();
    emit checkFinished();
}

void ImportDialog::showPlan() {
    static const std::vector<ImportProblem> none;
    fillProblemTable(*problems_, plan_ ? plan_->problems : none);
    fillProblemTable(*warnings_, plan_ ? plan_->warnings : none);
    if (!plan_ && !isChecking())
        summary_->setText(tr("Choose the CSV file and the PDF folder, then check them."));
    updateButtons();
}

bool ImportDialog::canImport() const {
    return !isChecking() && plan_ && !plan_->valid.empty() &&
           (plan_->problems.empty() || skipInvalid_->isChecked());
}

void ImportDialog::updateButtons() {
    checkButton_->setEnabled(!isChecking() && !csvPath().isEmpty());
    cancelButton_->setEnabled(isChecking());
    skipInvalid_->setEnabled(plan_ && !plan_->problems.empty());
    importButton_->setEnabled(canImport());
}

void ImportDialog::accept() {
    if (!canImport())
        return;
    ImportPlan plan = *plan_;
    plan.source = csvPath();
    plan.importedBy = importedBy_;
    ImportApplicationsAct act(caseFile_, plan);
    if (const auto refusal = edits_.perform(act)) {
        Prompt::error(this, tr("Applications not imported"),
                      tr("Nothing was imported: %1").arg(*refusal));
        return;
    }
    imported_ = static_cast<int>(act.outcome().references.size());
    QDialog::accept();
}

void ImportDialog::reject() {
    stopWorker();
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedCsvPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event) {
    const QString path = droppedCsvPath(event->mimeData());
    if (path.isEmpty())
        return;
    setCsvPath(path);
    event->acceptProposedAction();
}

} // namespace sp::ui
