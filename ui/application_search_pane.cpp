#include "application_search_pane.h"

#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "domain/error.h"
#include "domain/search_query.h"
#include "pdf/pdf_text_indexer.h"
#include "problem_text.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QVBoxLayout>
#include <algorithm>

namespace sp::ui {

namespace {

constexpr int ReferenceRole = Qt::UserRole;
constexpr int FirstPageRole = Qt::UserRole + 1;

QString pagesText(const QList<int>& pages) {
    QStringList numbers;
    for (const int page : pages)
        numbers << QString::number(page + 1);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

ApplicationSearchPane::ApplicationSearchPane(QWidget* parent) : QWidget(parent) {
    field_ = new QLineEdit(this);
    field_->setObjectName(QStringLiteral("applicationSearchField"));
    field_->setAccessibleName(tr("Search all applications"));
    field_->setPlaceholderText(tr("Search all applications: words, \"phrases\", prefix*, OR"));
    field_->setClearButtonEnabled(true);
    connect(field_, &QLineEdit::returnPressed, this, &ApplicationSearchPane::runSearch);
    connect(field_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            search(QString());
    });

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("applicationSearchMessage"));
    message_->setWordWrap(true);
    message_->hide();

    results_ = new QListWidget(this);
    results_->setObjectName(QStringLiteral("applicationSearchResults"));
    results_->setAccessibleName(tr("Applications found"));
    results_->hide();
    connect(results_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(results_->row(item)); });
    connect(results_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(results_->row(item)); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field_);
    layout->addWidget(message_);
    layout->addWidget(results_);
}

ApplicationSearchPane::~ApplicationSearchPane() = default;

void ApplicationSearchPane::setCaseFile(CaseFile* caseFile, std::function<QString()> viewer) {
    imported_.disconnect();
    caseFile_ = caseFile;
    viewer_ = std::move(viewer);
    field_->clear();
    search(QString());
    setEnabled(caseFile_ != nullptr);
    if (!caseFile_ || caseFile_->isReadOnly())
        return;
    // After the list is shown, and after each import (queued: not inside the import itself).
    QMetaObject::invokeMethod(this, &ApplicationSearchPane::indexPending, Qt::QueuedConnection);
    imported_ =
        caseFile_->applications().events().imported.connect([this](const CandidatesImported&) {
            QMetaObject::invokeMethod(this, &ApplicationSearchPane::indexPending,
                                      Qt::QueuedConnection);
        });
}

void ApplicationSearchPane::indexPending() {
    if (!caseFile_ || caseFile_->isReadOnly())
        return;
    QProgressDialog progress(tr("Indexing the applications' text for searching…"), tr("Later"), 0,
                             1, window());
    progress.setWindowTitle(tr("Search all applications"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        indexApplicationTexts(*caseFile_, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    } catch (const std::exception& e) {
        // The search then says how many PDFs it could not look into.
        message_->setText(tr("The applications could not be indexed: %1").arg(translatedWhat(e)));
        message_->show();
    }
}

void ApplicationSearchPane::search(const QString& query) {
    if (field_->text() != query)
        field_->setText(query);
    runSearch();
}

void ApplicationSearchPane::runSearch() {
    results_->clear();
    highlight_.clear();
    const QString query = field_->text();
    if (!caseFile_ || query.trimmed().isEmpty()) {
        message_->hide();
        results_->hide();
        return;
    }
    const QLocale locale;
    try {
        const ApplicationSearch found =
            caseFile_->applications().search(query, viewer_ ? viewer_() : QString());
        highlight_ = highlightTexts(parseSearchQuery(query)).value(0);
        for (const auto& match : found.matches) {
            const auto candidate = caseFile_->applications().candidate(match.reference);
            const QString name = candidate ? tr("%1, %2").arg(candidate->application.surname,
                                                              candidate->application.givenNames)
                                           : QString();
            auto* item = new QListWidgetItem(
                tr("%1 %2 \u2014 page(s) %3").arg(match.reference, name, pagesText(match.pages)),
                results_);
            item->setData(ReferenceRole, match.reference);
            item->setData(FirstPageRole, match.pages.value(0));
        }
        QString text = found.matches.empty()
                           ? tr("No application matches.")
                           : tr("%1 application(s) match.")
                                 .arg(locale.toString(static_cast<int>(found.matches.size())));
        if (found.notIndexed > 0)
            text += u' ' + tr("%1 application(s) not indexed yet were not searched.")
                               .arg(locale.toString(found.notIndexed));
        message_->setText(text);
        // As tall as its rows, up to eight: the candidate list keeps the room below.
        if (results_->count() > 0)
            results_->setFixedHeight(std::min(results_->count(), 8) * results_->sizeHintForRow(0) +
                                     2 * results_->frameWidth());
        results_->setVisible(!found.matches.empty());
    } catch (const Error& e) {
        message_->setText(translated(e));
        results_->hide();
    }
    message_->show();
}

QString ApplicationSearchPane::messageText() const {
    return message_->isVisible() ? message_->text() : QString();
}

void ApplicationSearchPane::choose(int row) {
    const QListWidgetItem* item = results_->item(row);
    if (!item)
        return;
    emit resultChosen(item->data(ReferenceRole).toString(), item->data(FirstPageRole).toInt(),
                      highlight_);
}

} // namespace sp::ui
