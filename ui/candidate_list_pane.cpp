#include "candidate_list_pane.h"

#include "application_search_pane.h"
#include "candidate_filter_model.h"
#include "candidate_table_model.h"
#include "domain/tier.h"
#include "marking_text.h"
#include "problem_text.h"
#include "screening_text.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sp::ui {

CandidateListPane::CandidateListPane(CandidateTableModel& model, QWidget* parent)
    : QWidget(parent), model_(model), filterModel_(new CandidateFilterModel(this)) {
    filterModel_->setSourceModel(&model_);

    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("candidateFilter"));
    filter_->setAccessibleName(tr("Filter candidates"));
    filter_->setPlaceholderText(tr("Filter by reference, name or e-mail"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        filterModel_->setSearchText(text);
        selectFirstRowIfNoneCurrent();
        emit shownChanged();
    });

    applicationSearch_ = new ApplicationSearchPane(this);
    applicationSearch_->setObjectName(QStringLiteral("applicationSearch"));

    table_ = new QTableView(this);
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
    // Columns fit the rows in view and this many more, not every one of 20,000 candidates.
    table_->horizontalHeader()->setResizeContentsPrecision(200);
    table_->verticalHeader()->setResizeContentsPrecision(200);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidateListPane::currentCandidateChanged);
    connect(table_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CandidateListPane::fitColumns);
    // The tier is in the Tier column; the category and nationalities in the PDF.
    table_->setColumnHidden(CandidateTableModel::NationalitiesColumn, true);
    table_->setColumnHidden(CandidateTableModel::CategoryColumn, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    layout->addWidget(filter_);
    layout->addWidget(applicationSearch_);
    layout->addWidget(table_, 1);
    // Until someone who marks signs in.
    table_->setColumnHidden(CandidateTableModel::MyMarksColumn, true);
    setMarkingFilterAvailable(false);
}

QWidget* CandidateListPane::createFilterBar() {
    auto* bar = new QWidget(this);
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
    marksFilter_ = new QComboBox(bar);
    marksFilter_->setObjectName(QStringLiteral("myMarksFilter"));
    marksFilter_->setAccessibleName(tr("Show by my marks"));
    marksFilter_->addItem(tr("Any"), false);
    marksFilter_->addItem(tr("Still to mark"), true);
    setPriorityOrder(std::nullopt);
    connect(tierFilter_, &QComboBox::currentIndexChanged, this, &CandidateListPane::applyFilters);
    connect(statusFilter_, &QComboBox::currentIndexChanged, this, &CandidateListPane::applyFilters);
    connect(marksFilter_, &QComboBox::currentIndexChanged, this, &CandidateListPane::applyFilters);

    auto* tierLabel = new QLabel(tr("&Tier:"), bar);
    tierLabel->setBuddy(tierFilter_);
    auto* statusLabel = new QLabel(tr("S&tatus:"), bar);
    statusLabel->setBuddy(statusFilter_);
    auto* marksLabel = new QLabel(tr("&My marks:"), bar);
    marksLabel->setBuddy(marksFilter_);
    marksLabel_ = marksLabel;
    layout->addWidget(tierLabel);
    layout->addWidget(tierFilter_, 2);
    layout->addWidget(statusLabel);
    layout->addWidget(statusFilter_, 2);
    layout->addWidget(marksLabel);
    layout->addWidget(marksFilter_, 1);
    return bar;
}

void CandidateListPane::applyFilters() {
    filterModel_->setTierRank(tierFilter_->currentData().toInt());
    filterModel_->setStatus(statusFilter_->currentData().toInt());
    filterModel_->setOnlyNeedingMyMarks(marksFilter_->currentData().toBool());
    selectFirstRowIfNoneCurrent();
    emit shownChanged();
}

void CandidateListPane::setPriorityOrder(std::optional<PriorityOrder> order) {
    const QSignalBlocker blocker(tierFilter_);
    tierFilter_->clear();
    tierFilter_->addItem(tr("Every tier"), -1);
    // Back to every tier without selecting anything: the window chooses what to show.
    filterModel_->setTierRank(-1);
    if (!order)
        return;
    QStringList seen;
    for (Category category : {Category::CommissionOfficial, Category::InstitutionOfficial,
                              Category::Laureate, Category::External}) {
        const QString label = translated(tierName(category, *order));
        if (seen.contains(label))
            continue;
        seen << label;
        tierFilter_->addItem(label, tierRank(category, *order));
    }
}

void CandidateListPane::setMarkingFilterAvailable(bool available) {
    marksLabel_->setVisible(available);
    marksFilter_->setVisible(available);
    if (!available)
        marksFilter_->setCurrentIndex(0);
}

void CandidateListPane::clearTextFilter() {
    filter_->clear();
}

void CandidateListPane::fitColumns() {
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
            metrics.horizontalAdvance(model_.headerData(column, Qt::Horizontal).toString()) +
            margins;
        if (column == header->sortIndicatorSection())
            title += arrow;
        int cells = static_cast<QAbstractItemView*>(table_)->sizeHintForColumn(column);
        if (column == CandidateTableModel::MyMarksColumn) {
            // Room for every state from the start: the column does not jump as marks come in.
            const QFontMetrics cellMetrics(table_->font());
            for (MarkingTask task :
                 {MarkingTask::NotYetOpen, MarkingTask::Abstains, MarkingTask::ToMark,
                  MarkingTask::Draft, MarkingTask::Submitted})
                for (const QString& label : {markingTaskLabel(task), interviewTaskLabel(task)})
                    cells = std::max(cells, cellMetrics.horizontalAdvance(label) + margins);
        }
        header->resizeSection(column, std::min(std::max(title, cells), widest));
    }
}

int CandidateListPane::neededWidth() const {
    return table_->horizontalHeader()->length() + 2 * table_->frameWidth() +
           table_->verticalScrollBar()->sizeHint().width();
}

int CandidateListPane::shownCount() const {
    return filterModel_->rowCount();
}

QString CandidateListPane::currentReference() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? current.data(CandidateTableModel::ReferenceRole).toString()
                             : QString();
}

qint64 CandidateListPane::currentCandidateId() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? current.data(CandidateTableModel::CandidateIdRole).toLongLong() : -1;
}

void CandidateListPane::selectCandidate(qint64 candidateId) {
    const int sourceRow = model_.rowOfCandidate(candidateId);
    if (sourceRow >= 0)
        table_->setCurrentIndex(filterModel_->mapFromSource(model_.index(sourceRow, 0)));
}

void CandidateListPane::selectFirstRowIfNoneCurrent() {
    if (table_->currentIndex().isValid())
        return;
    if (filterModel_->rowCount() > 0)
        table_->setCurrentIndex(filterModel_->index(0, 0));
    else
        emit currentCandidateChanged();
}

bool CandidateListPane::selectNext(const std::function<bool(const QString& reference)>& wanted) {
    const int rows = filterModel_->rowCount();
    const int start = table_->currentIndex().isValid() ? table_->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        const QModelIndex index = filterModel_->index(row, 0);
        if (wanted(index.data(CandidateTableModel::ReferenceRole).toString())) {
            table_->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace sp::ui
