#include "pdf_pane.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sp::ui {

PdfPane::PdfPane(QWidget* parent)
    : QWidget(parent), caption_(new QLabel(this)), pageLabel_(new QLabel(this)),
      stack_(new QStackedWidget(this)), message_(new QLabel(this)) {
    setAccessibleName(tr("Application PDF"));

    caption_->setObjectName(QStringLiteral("pdfCaption"));
    caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption_->setAccessibleName(tr("Document shown"));
    pageLabel_->setObjectName(QStringLiteral("pdfPageLabel"));
    pageLabel_->setAccessibleName(tr("Page"));
    pageLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    message_->setObjectName(QStringLiteral("pdfMessage"));
    message_->setAccessibleName(tr("PDF message"));
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setMargin(24);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    stack_->addWidget(message_);
    startNewDocument();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    top->addWidget(caption_, 1);
    top->addWidget(pageLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(stack_, 1);

    showMessage(tr("No candidate selected."));
}

PdfPane::~PdfPane() {
    discardDocument();
}

// QPdfView (Qt 6.4) renders pages in a worker thread and caches whatever image comes back under
// its page number, so after a document is replaced a late image of the previous document's page
// can be shown for the new one. Each PDF therefore gets a fresh document and view.
void PdfPane::startNewDocument() {
    discardDocument();
    document_ = new QPdfDocument(this);
    view_ = new QPdfView(this);
    view_->setObjectName(QStringLiteral("pdfView"));
    view_->setAccessibleName(tr("PDF pages"));
    view_->setDocument(document_);
    view_->setPageMode(QPdfView::PageMode::MultiPage);
    view_->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    view_->setPageSpacing(8);
    view_->setDocumentMargins(QMargins(8, 8, 8, 8));
    stack_->insertWidget(0, view_);
    connect(document_, &QPdfDocument::statusChanged, this, &PdfPane::onStatusChanged);
    connect(view_->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfPane::updatePageText);
}

void PdfPane::discardDocument() {
    // The view first: deleting it stops its rendering thread, which reads the document, which
    // reads the buffer.
    delete view_;
    view_ = nullptr;
    if (document_) {
        document_->disconnect(this);
        document_->close();
        delete document_;
        document_ = nullptr;
    }
    buffer_.reset();
}

void PdfPane::showPdf(const QByteArray& bytes, const QString& caption) {
    startNewDocument();
    caption_->setText(caption);
    pageLabel_->clear();
    buffer_ = std::make_unique<QBuffer>();
    buffer_->setData(bytes);
    buffer_->open(QIODevice::ReadOnly);
    stack_->setCurrentWidget(view_);
    document_->load(buffer_.get());
}

void PdfPane::showMessage(const QString& message, const QString& caption) {
    startNewDocument();
    caption_->setText(caption);
    pageLabel_->clear();
    message_->setText(message);
    stack_->setCurrentWidget(message_);
}

bool PdfPane::isShowingMessage() const {
    return stack_->currentWidget() == message_;
}

QString PdfPane::messageText() const {
    return isShowingMessage() ? message_->text() : QString();
}

QString PdfPane::pageText() const {
    return pageLabel_->text();
}

void PdfPane::onStatusChanged(QPdfDocument::Status status) {
    if (status == QPdfDocument::Status::Ready) {
        view_->pageNavigator()->jump(0, {});
        view_->verticalScrollBar()->setValue(0);
        stack_->setCurrentWidget(view_);
        updatePageText();
    } else if (status == QPdfDocument::Status::Error) {
        pageLabel_->clear();
        message_->setText(tr("This PDF cannot be displayed: %1.\n\nThe file may be damaged; "
                             "the original application should be obtained again.")
                              .arg(loadErrorText()));
        stack_->setCurrentWidget(message_);
    }
}

void PdfPane::updatePageText() {
    const int pages =
        document_->status() == QPdfDocument::Status::Ready ? document_->pageCount() : 0;
    if (pages <= 0) {
        pageLabel_->clear();
        return;
    }
    pageLabel_->setText(
        tr("page %1 of %2").arg(view_->pageNavigator()->currentPage() + 1).arg(pages));
}

QString PdfPane::loadErrorText() const {
    switch (document_->error()) {
    case QPdfDocument::Error::InvalidFileFormat:
        return tr("it is not a valid PDF file");
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return tr("it is protected by a password");
    case QPdfDocument::Error::DataNotYetAvailable:
        return tr("its data is incomplete");
    default:
        return tr("the file cannot be read");
    }
}

} // namespace sp::ui
