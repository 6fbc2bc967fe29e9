#include "pdf_pane.h"

#include "pdf_reader/highlight_overlay.h"
#include "pdf_reader/hit_list_view.h"
#include "pdf_reader/page_thumbnail_model.h"
#include "pdf_reader/reader_toolbar.h"
#include "pdf_reader/zoom_steps.h"

#include <QAction>
#include <QBuffer>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace sp::ui {

namespace {

constexpr int searchDelayMs = 300;
constexpr int sideBarWidth = 150;

QRectF unitedRect(const QList<QRectF>& rects) {
    QRectF all;
    for (const QRectF& rect : rects)
        all = all.united(rect);
    return all;
}

PageFit pageFit(QPdfView::ZoomMode mode) {
    switch (mode) {
    case QPdfView::ZoomMode::Custom:
        return PageFit::Custom;
    case QPdfView::ZoomMode::FitToWidth:
        return PageFit::FitWidth;
    case QPdfView::ZoomMode::FitInView:
        return PageFit::FitPage;
    }
    return PageFit::FitWidth;
}

} // namespace

PdfPane::PdfPane(QWidget* parent)
    : QWidget(parent), caption_(new QLabel(this)), pageLabel_(new QLabel(this)),
      toolBar_(new ReaderToolBar(this)), body_(new QSplitter(Qt::Horizontal, this)),
      sideBar_(new QSplitter(Qt::Vertical, body_)), pageList_(new QListView(sideBar_)),
      hitList_(new HitListView(sideBar_)), pages_(new PageThumbnailModel(this)),
      hitTexts_(new QStringListModel(this)), stack_(new QStackedWidget(body_)),
      message_(new QLabel(this)), searchDelay_(new QTimer(this)) {
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

    pageList_->setObjectName(QStringLiteral("pdfPageList"));
    pageList_->setAccessibleName(tr("Pages"));
    pageList_->setModel(pages_);
    pageList_->setViewMode(QListView::IconMode);
    pageList_->setFlow(QListView::TopToBottom);
    pageList_->setWrapping(false);
    pageList_->setMovement(QListView::Static);
    pageList_->setResizeMode(QListView::Adjust);
    pageList_->setUniformItemSizes(true);
    pageList_->setSpacing(4);
    pageList_->setIconSize(
        QSize(PageThumbnailModel::thumbnailWidth, PageThumbnailModel::thumbnailWidth * 3 / 2));
    hitList_->setObjectName(QStringLiteral("pdfHitList"));
    hitList_->setAccessibleName(tr("Matches in the PDF"));
    hitList_->setModel(hitTexts_);
    hitList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    hitList_->setVisible(false);
    sideBar_->setObjectName(QStringLiteral("pdfSideBar"));
    sideBar_->addWidget(pageList_);
    sideBar_->addWidget(hitList_);
    sideBar_->setChildrenCollapsible(false);
    sideBar_->setVisible(false);

    stack_->addWidget(message_);
    body_->addWidget(sideBar_);
    body_->addWidget(stack_);
    body_->setStretchFactor(0, 0);
    body_->setStretchFactor(1, 1);
    body_->setChildrenCollapsible(false);
    startNewDocument();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    top->addWidget(caption_, 1);
    top->addWidget(pageLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(toolBar_);
    layout->addWidget(body_, 1);

    // The actions' shortcuts work wherever the focus is inside the reader.
    addActions(toolBar_->allActions());
    connect(toolBar_->togglePages, &QAction::toggled, this, [this](bool on) {
        sideBar_->setVisible(on);
        if (on && body_->sizes().value(0) < sideBarWidth / 2)
            body_->setSizes({sideBarWidth, std::max(0, body_->width() - sideBarWidth)});
    });
    connect(toolBar_->previousPage, &QAction::triggered, this,
            [this] { goToPage(currentPage() - 1); });
    connect(toolBar_->nextPage, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    connect(toolBar_->firstPage, &QAction::triggered, this, [this] { goToPage(0); });
    connect(toolBar_->lastPage, &QAction::triggered, this,
            [this] { goToPage(document_->pageCount() - 1); });
    connect(toolBar_, &ReaderToolBar::pageRequested, this, &PdfPane::goToPage);
    connect(toolBar_->zoomIn, &QAction::triggered, this, &PdfPane::zoomIn);
    connect(toolBar_->zoomOut, &QAction::triggered, this, &PdfPane::zoomOut);
    connect(toolBar_->fitWidth, &QAction::triggered, this, &PdfPane::fitWidth);
    connect(toolBar_, &ReaderToolBar::zoomChosen, this, &PdfPane::applyZoom);
    connect(toolBar_->find, &QAction::triggered, this, &PdfPane::focusSearchField);
    connect(toolBar_->nextHit, &QAction::triggered, this, &PdfPane::nextHit);
    connect(toolBar_->previousHit, &QAction::triggered, this, &PdfPane::previousHit);

    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(searchDelayMs);
    connect(searchDelay_, &QTimer::timeout, this, &PdfPane::runPendingSearch);
    connect(toolBar_->searchField(), &QLineEdit::textEdited, searchDelay_,
            qOverload<>(&QTimer::start));
    connect(toolBar_->searchField(), &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) // the clear button
            search({});
    });
    connect(toolBar_->searchField(), &QLineEdit::returnPressed, this,
            &PdfPane::onReturnInSearchField);

    connect(pageList_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != currentPage())
                    goToPage(current.row());
            });
    connect(hitList_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != currentHit_)
                    showHit(current.row());
            });

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
    // As QPdfView computes it when it is made.
    screenResolution_ = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
    overlay_ = new HighlightOverlay(view_->viewport(), [this] { return viewLayout(); });
    stack_->insertWidget(0, view_);
    connect(document_, &QPdfDocument::statusChanged, this, &PdfPane::onStatusChanged);
    connect(view_->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfPane::onCurrentPageChanged);
    for (QScrollBar* bar : {view_->verticalScrollBar(), view_->horizontalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, overlay_, qOverload<>(&QWidget::update));
}

void PdfPane::discardDocument() {
    hits_.clear();
    currentHit_ = -1;
    hitTexts_->setStringList({});
    // The search model and the page list read the document: they let go of it first. Then the
    // view: deleting it stops its rendering thread, which reads the document, which reads the
    // buffer.
    delete searchModel_;
    searchModel_ = nullptr;
    pages_->setDocument(nullptr);
    toolBar_->setPageCount(0);
    toolBar_->setHitCounter({}, false);
    overlay_ = nullptr; // a child of the view
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
        pages_->setDocument(document_);
        toolBar_->setPageCount(document_->pageCount());
        toolBar_->showZoom({ZoomChoice::FitWidth});
        searchModel_ = new QPdfSearchModel(this);
        searchModel_->setDocument(document_);
        onCurrentPageChanged();
        // A search typed for the previous application is run on this one too, without moving
        // away from its first page.
        const QString text = toolBar_->searchField()->text();
        searchedText_.clear();
        if (!text.isEmpty())
            runSearch(text, false);
        else
            clearSearch();
    } else if (status == QPdfDocument::Status::Error) {
        pageLabel_->clear();
        message_->setText(tr("This PDF cannot be displayed: %1.\n\nThe file may be damaged; "
                             "the original application should be obtained again.")
                              .arg(loadErrorText()));
        stack_->setCurrentWidget(message_);
    }
}

void PdfPane::onCurrentPageChanged() {
    const int pages =
        document_->status() == QPdfDocument::Status::Ready ? document_->pageCount() : 0;
    if (pages <= 0) {
        pageLabel_->clear();
        return;
    }
    const int page = currentPage();
    pageLabel_->setText(tr("page %1 of %2").arg(page + 1).arg(pages));
    toolBar_->setCurrentPage(page);
    pageList_->setCurrentIndex(pages_->index(page));
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

int PdfPane::currentPage() const {
    return view_ ? view_->pageNavigator()->currentPage() : 0;
}

void PdfPane::goToPage(int page) {
    if (!view_ || document_->status() != QPdfDocument::Status::Ready)
        return;
    page = std::clamp(page, 0, document_->pageCount() - 1);
    view_->pageNavigator()->jump(page, {}, view_->zoomFactor());
    // QPdfView scrolls only when the page number changes: from the middle of a page, go to its top.
    const QRect rect = pageRectsInDocument(viewLayout())[size_t(page)];
    view_->verticalScrollBar()->setValue(page == 0 ? 0 : rect.top() - view_->pageSpacing() / 2);
}

ViewLayout PdfPane::viewLayout() const {
    ViewLayout layout;
    if (!view_)
        return layout;
    layout.viewportSize = view_->viewport()->size();
    layout.scrollOffset =
        QPoint(view_->horizontalScrollBar()->value(), view_->verticalScrollBar()->value());
    layout.fit = pageFit(view_->zoomMode());
    layout.zoomFactor = view_->zoomFactor();
    layout.screenResolution = screenResolution_;
    layout.documentMargins = view_->documentMargins();
    layout.pageSpacing = view_->pageSpacing();
    if (document_->status() == QPdfDocument::Status::Ready)
        for (int page = 0; page < document_->pageCount(); ++page)
            layout.pagePointSizes.push_back(document_->pagePointSize(page));
    return layout;
}

qreal PdfPane::zoomFactor() const {
    if (view_ && view_->zoomMode() == QPdfView::ZoomMode::Custom)
        return view_->zoomFactor();
    return effectiveZoom(viewLayout(), currentPage());
}

void PdfPane::setZoomFactor(qreal factor) {
    applyZoom({ZoomChoice::Factor, factor});
}

void PdfPane::zoomIn() {
    applyZoom({ZoomChoice::Factor, zoomedIn(zoomFactor())});
}

void PdfPane::zoomOut() {
    applyZoom({ZoomChoice::Factor, zoomedOut(zoomFactor())});
}

void PdfPane::fitWidth() {
    applyZoom({ZoomChoice::FitWidth});
}

void PdfPane::applyZoom(const ZoomChoice& choice) {
    if (!view_ || document_->status() != QPdfDocument::Status::Ready)
        return;
    // Keep the same place of the current page at the top of the view.
    const int page = currentPage();
    const QRect before = pageRectsInDocument(viewLayout())[size_t(page)];
    const qreal intoPage =
        before.height() > 0
            ? (view_->verticalScrollBar()->value() - before.top()) / qreal(before.height())
            : 0;
    switch (choice.kind) {
    case ZoomChoice::FitWidth:
        view_->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        break;
    case ZoomChoice::FitPage:
        view_->setZoomMode(QPdfView::ZoomMode::FitInView);
        break;
    case ZoomChoice::Factor:
        view_->setZoomFactor(choice.factor);
        view_->setZoomMode(QPdfView::ZoomMode::Custom);
        break;
    }
    const QRect after = pageRectsInDocument(viewLayout())[size_t(page)];
    view_->verticalScrollBar()->setValue(after.top() + qRound(intoPage * after.height()));
    toolBar_->showZoom(choice);
    overlay_->update();
}

void PdfPane::runPendingSearch() {
    const QString text = toolBar_->searchField()->text();
    if (text != searchedText_)
        search(text);
}

void PdfPane::onReturnInSearchField() {
    if (toolBar_->searchField()->text() != searchedText_)
        search(toolBar_->searchField()->text());
    else
        nextHit();
}

void PdfPane::focusSearchField() {
    toolBar_->searchField()->setFocus(Qt::ShortcutFocusReason);
    toolBar_->searchField()->selectAll();
}

void PdfPane::search(const QString& text) {
    runSearch(text, true);
}

void PdfPane::runSearch(const QString& text, bool showFirstHit) {
    searchDelay_->stop();
    if (toolBar_->searchField()->text() != text)
        toolBar_->searchField()->setText(text);
    searchedText_ = text;
    hits_.clear();
    currentHit_ = -1;
    if (!searchModel_ || text.isEmpty()) {
        clearSearch();
        return;
    }
    searchModel_->setSearchString(text);
    hits_ = findAllHits(*searchModel_, *document_);
    QStringList texts;
    std::vector<HighlightedHit> boxes;
    for (const SearchHit& hit : hits_) {
        texts << hitListText(hit, text);
        boxes.push_back({hit.page, hit.rectangles});
    }
    hitTexts_->setStringList(texts);
    overlay_->setHits(std::move(boxes));
    hitList_->setVisible(true);
    if (!hits_.empty())
        toolBar_->togglePages->setChecked(true);
    toolBar_->setHitCounter(hitCounterText(), !hits_.empty());
    if (showFirstHit && !hits_.empty())
        showHit(0);
}

void PdfPane::clearSearch() {
    searchedText_.clear();
    hits_.clear();
    currentHit_ = -1;
    hitTexts_->setStringList({});
    hitList_->setVisible(false);
    if (overlay_)
        overlay_->clear();
    if (searchModel_)
        searchModel_->setSearchString({});
    toolBar_->setHitCounter({}, false);
}

QString PdfPane::hitCounterText() const {
    return sp::ui::hitCounterText(currentHit_, int(hits_.size()), !searchedText_.isEmpty());
}

void PdfPane::nextHit() {
    if (hits_.empty())
        return;
    showHit((currentHit_ + 1) % int(hits_.size()));
}

void PdfPane::previousHit() {
    if (hits_.empty())
        return;
    showHit(currentHit_ <= 0 ? int(hits_.size()) - 1 : currentHit_ - 1);
}

void PdfPane::showHit(int hit) {
    if (hit < 0 || hit >= int(hits_.size()) || !view_)
        return;
    currentHit_ = hit;
    overlay_->setCurrentHit(hit);
    toolBar_->setHitCounter(hitCounterText(), true);
    showHitInList(hit);
    const SearchHit& shown = hits_[size_t(hit)];
    view_->pageNavigator()->jump(shown.page, shown.location, view_->zoomFactor());
    scrollToShow(shown.page, unitedRect(shown.rectangles));
    // Showing the list of matches narrows the view, which lays its pages out again afterwards.
    QTimer::singleShot(0, this, [this, hit] {
        if (hit == currentHit_ && hit < int(hits_.size()))
            scrollToShow(hits_[size_t(hit)].page, unitedRect(hits_[size_t(hit)].rectangles));
    });
}

void PdfPane::showHitInList(int hit) {
    hitList_->setCurrentIndex(hitTexts_->index(hit));
    hitList_->scrollTo(hitTexts_->index(hit));
}

void PdfPane::scrollToShow(int page, const QRectF& points) {
    if (!view_)
        return;
    const ViewLayout layout = viewLayout();
    const QRectF target = pointsToDocument(layout, page, points);
    if (target.isNull())
        return;
    const QRectF visible(layout.scrollOffset, layout.viewportSize);
    if (target.top() < visible.top() || target.bottom() > visible.bottom()) {
        // QPdfView takes the page at 40% of the view's height as the current one.
        view_->verticalScrollBar()->setValue(
            qRound(target.center().y() - 0.4 * layout.viewportSize.height()));
    }
    if (target.left() < visible.left() || target.right() > visible.right()) {
        view_->horizontalScrollBar()->setValue(
            qRound(target.center().x() - 0.5 * layout.viewportSize.width()));
    }
}

} // namespace sp::ui
