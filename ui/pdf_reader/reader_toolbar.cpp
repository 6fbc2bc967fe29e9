#include "reader_toolbar.h"

#include "zoom_steps.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <cmath>

namespace sp::ui {

namespace {

// Zoom has no standard pixmap to fall back on: a plain glyph says it as well.
QIcon glyphIcon(const QString& glyph, const QPalette& palette) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::ButtonText), 3));
    painter.drawEllipse(QRectF(3, 3, 20, 20));
    painter.drawLine(QPointF(20, 20), QPointF(29, 29));
    painter.drawLine(QPointF(8, 13), QPointF(18, 13));
    if (glyph == QLatin1String("+"))
        painter.drawLine(QPointF(13, 8), QPointF(13, 18));
    return QIcon(pixmap);
}

constexpr int fitWidthItem = 0;
constexpr int fitPageItem = 1;
} // namespace

ReaderToolBar::ReaderToolBar(QWidget* parent)
    : QToolBar(parent), pageNumber_(new QSpinBox(this)), pageCount_(new QLabel(this)),
      zoom_(new QComboBox(this)), searchField_(new QLineEdit(this)), hitCounter_(new QLabel(this)) {
    setObjectName(QStringLiteral("pdfToolBar"));
    setAccessibleName(tr("PDF reader tools"));
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonIconOnly);

    togglePages = makeAction(tr("Show page list"), QStringLiteral("view-list-icons"),
                             QStyle::SP_FileDialogListView);
    togglePages->setCheckable(true);
    togglePages->setShortcut(QKeySequence(tr("F4")));
    previousPage =
        makeAction(tr("Previous page"), QStringLiteral("go-previous"), QStyle::SP_ArrowBack);
    previousPage->setShortcut(QKeySequence(Qt::Key_PageUp));
    nextPage = makeAction(tr("Next page"), QStringLiteral("go-next"), QStyle::SP_ArrowForward);
    nextPage->setShortcut(QKeySequence(Qt::Key_PageDown));
    firstPage =
        makeAction(tr("First page"), QStringLiteral("go-first"), QStyle::SP_MediaSkipBackward);
    firstPage->setShortcut(QKeySequence(Qt::Key_Home));
    lastPage = makeAction(tr("Last page"), QStringLiteral("go-last"), QStyle::SP_MediaSkipForward);
    lastPage->setShortcut(QKeySequence(Qt::Key_End));
    zoomOut = makeAction(tr("Zoom out"), QStringLiteral("zoom-out"), QStyle::SP_ArrowDown);
    zoomOut->setShortcuts(QKeySequence::ZoomOut); // Ctrl+-
    if (!QIcon::hasThemeIcon(QStringLiteral("zoom-out")))
        zoomOut->setIcon(glyphIcon(QStringLiteral("-"), palette()));
    zoomIn = makeAction(tr("Zoom in"), QStringLiteral("zoom-in"), QStyle::SP_ArrowUp);
    // Ctrl++, and Ctrl+= for keyboards where + needs Shift.
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(tr("Ctrl+="))))
        zoomInKeys << QKeySequence(tr("Ctrl+="));
    zoomIn->setShortcuts(zoomInKeys);
    if (!QIcon::hasThemeIcon(QStringLiteral("zoom-in")))
        zoomIn->setIcon(glyphIcon(QStringLiteral("+"), palette()));
    fitWidth =
        makeAction(tr("Fit width"), QStringLiteral("zoom-fit-width"), QStyle::SP_TitleBarMaxButton);
    fitWidth->setShortcut(QKeySequence(tr("Ctrl+0")));
    find = makeAction(tr("Find in PDF"), QStringLiteral("edit-find"),
                      QStyle::SP_FileDialogContentsView);
    find->setShortcut(QKeySequence::Find);
    // Wherever the focus is in the window (the candidate list, say), Ctrl+F searches the PDF
    // being read; the other keys stay with the reader.
    find->setShortcutContext(Qt::WindowShortcut);
    previousHit = makeAction(tr("Previous match"), QStringLiteral("go-up"), QStyle::SP_ArrowUp);
    previousHit->setShortcut(QKeySequence(tr("Shift+F3")));
    nextHit = makeAction(tr("Next match"), QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    nextHit->setShortcut(QKeySequence(tr("F3")));

    pageNumber_->setObjectName(QStringLiteral("pdfPageNumber"));
    pageNumber_->setAccessibleName(tr("Page number"));
    pageNumber_->setKeyboardTracking(false);
    pageNumber_->setMinimum(1);
    pageCount_->setObjectName(QStringLiteral("pdfPageCount"));
    pageCount_->setAccessibleName(tr("Number of pages"));
    pageCount_->setContentsMargins(4, 0, 6, 0);

    zoom_->setObjectName(QStringLiteral("pdfZoom"));
    zoom_->setAccessibleName(tr("Zoom"));
    zoom_->addItem(tr("Fit width"));
    zoom_->addItem(tr("Fit page"));
    for (double step : zoomSteps())
        zoom_->addItem(zoomPercentText(step), step);
    zoom_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    searchField_->setObjectName(QStringLiteral("pdfSearch"));
    searchField_->setAccessibleName(tr("Find in PDF"));
    searchField_->setPlaceholderText(tr("Find in PDF"));
    searchField_->setClearButtonEnabled(true);
    searchField_->setMinimumWidth(120);
    hitCounter_->setObjectName(QStringLiteral("pdfHitCounter"));
    hitCounter_->setAccessibleName(tr("Matches"));
    hitCounter_->setContentsMargins(4, 0, 4, 0);

    addAction(togglePages);
    addSeparator();
    addAction(previousPage);
    addAction(nextPage);
    addWidget(pageNumber_);
    addWidget(pageCount_);
    addSeparator();
    addAction(zoomOut);
    addAction(zoomIn);
    addWidget(zoom_);
    addSeparator();
    addWidget(searchField_);
    addAction(previousHit);
    addAction(nextHit);
    addWidget(hitCounter_);

    connect(pageNumber_, &QSpinBox::valueChanged, this,
            [this](int value) { emit pageRequested(value - 1); });
    connect(zoom_, &QComboBox::activated, this, [this](int item) {
        if (item == fitWidthItem)
            emit zoomChosen({ZoomChoice::FitWidth});
        else if (item == fitPageItem)
            emit zoomChosen({ZoomChoice::FitPage});
        else
            emit zoomChosen({ZoomChoice::Factor, zoom_->itemData(item).toDouble()});
    });
    setPageCount(0);
    setHitCounter({}, false);
}

QAction* ReaderToolBar::makeAction(const QString& text, const QString& themeIcon,
                                   QStyle::StandardPixmap fallback) {
    auto* action =
        new QAction(QIcon::fromTheme(themeIcon, style()->standardIcon(fallback)), text, this);
    action->setObjectName(QStringLiteral("pdfAction") + themeIcon);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QList<QAction*> ReaderToolBar::allActions() const {
    return {togglePages, previousPage, nextPage, firstPage,   lastPage, zoomOut,
            zoomIn,      fitWidth,     find,     previousHit, nextHit};
}

void ReaderToolBar::setPageCount(int pages) {
    const bool have = pages > 0;
    {
        const QSignalBlocker blocker(pageNumber_);
        pageNumber_->setMaximum(std::max(1, pages));
        pageNumber_->setValue(1);
    }
    pageCount_->setText(have ? tr("of %1").arg(pages) : QString());
    for (QAction* action : allActions())
        if (action != togglePages)
            action->setEnabled(have);
    for (QWidget* widget : {static_cast<QWidget*>(pageNumber_), static_cast<QWidget*>(zoom_),
                            static_cast<QWidget*>(searchField_)})
        widget->setEnabled(have);
}

void ReaderToolBar::setCurrentPage(int page) {
    const QSignalBlocker blocker(pageNumber_);
    pageNumber_->setValue(page + 1);
    previousPage->setEnabled(pageNumber_->isEnabled() && page > 0);
    nextPage->setEnabled(pageNumber_->isEnabled() && page + 1 < pageNumber_->maximum());
}

void ReaderToolBar::showZoom(const ZoomChoice& choice) {
    if (choice.kind == ZoomChoice::FitWidth) {
        zoom_->setCurrentIndex(fitWidthItem);
        return;
    }
    if (choice.kind == ZoomChoice::FitPage) {
        zoom_->setCurrentIndex(fitPageItem);
        return;
    }
    for (int item = fitPageItem + 1; item < zoom_->count(); ++item)
        if (std::abs(zoom_->itemData(item).toDouble() - choice.factor) < 1e-6)
            zoom_->setCurrentIndex(item);
}

void ReaderToolBar::setHitCounter(const QString& text, bool haveHits) {
    hitCounter_->setText(text);
    const bool enabled = haveHits && searchField_->isEnabled();
    previousHit->setEnabled(enabled);
    nextHit->setEnabled(enabled);
}

} // namespace sp::ui
