#pragma once

#include <QMargins>
#include <QPoint>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <vector>

namespace sp::ui {

// How QPdfView (Qt 6.4, MultiPage mode) lays out the pages, in the terms it takes them: this
// mirrors QPdfViewPrivate::calculateDocumentLayout, rounding included, so that a rectangle given
// in PDF points can be drawn exactly where the view painted it.
enum class PageFit { Custom, FitWidth, FitPage };

struct ViewLayout {
    std::vector<QSizeF> pagePointSizes; // QPdfDocument::pagePointSize of each page
    PageFit fit = PageFit::FitWidth;
    qreal zoomFactor = 1.0;       // used with PageFit::Custom only, as QPdfView does
    qreal screenResolution = 1.0; // pixels per point at zoom 1: the screen's logical DPI / 72
    QMargins documentMargins;
    int pageSpacing = 0;
    QSize viewportSize;
    QPoint scrollOffset; // the horizontal and vertical scroll bar values
};

// Where each page lies in the scrollable document, in pixels; empty rectangles for none.
std::vector<QRect> pageRectsInDocument(const ViewLayout& layout);

// The height of the whole scrollable document, margins included.
int documentHeight(const ViewLayout& layout);

// Where a page is on screen, in viewport pixels; a null rectangle for a page that does not exist.
QRect pageRectInViewport(const ViewLayout& layout, int page);

// A rectangle in a page's PDF points (origin top left, as QPdfLink::rectangles gives them), in
// viewport pixels.
QRectF pointsToViewport(const ViewLayout& layout, int page, const QRectF& points);

// The same rectangle in document pixels, i.e. before scrolling.
QRectF pointsToDocument(const ViewLayout& layout, int page, const QRectF& points);

// The magnification a page is shown at, as QPdfView::zoomFactor counts it (1 = actual size).
qreal effectiveZoom(const ViewLayout& layout, int page);

} // namespace sp::ui
