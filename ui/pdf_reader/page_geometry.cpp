#include "page_geometry.h"

#include <algorithm>

namespace sp::ui {

namespace {

QSize pagePixelSize(const ViewLayout& layout, const QSizeF& points) {
    const QSize natural = QSizeF(points * layout.screenResolution).toSize();
    switch (layout.fit) {
    case PageFit::Custom:
        return QSizeF(points * layout.screenResolution * layout.zoomFactor).toSize();
    case PageFit::FitWidth: {
        if (natural.width() <= 0)
            return {};
        const int available = layout.viewportSize.width() - layout.documentMargins.left() -
                              layout.documentMargins.right();
        return natural * (qreal(available) / qreal(natural.width()));
    }
    case PageFit::FitPage: {
        const QSize available(layout.viewportSize.width() - layout.documentMargins.left() -
                                  layout.documentMargins.right(),
                              layout.viewportSize.height() - layout.pageSpacing);
        return natural.scaled(available, Qt::KeepAspectRatio);
    }
    }
    return {};
}

} // namespace

std::vector<QRect> pageRectsInDocument(const ViewLayout& layout) {
    std::vector<QRect> rects;
    rects.reserve(layout.pagePointSizes.size());
    int widest = 0;
    for (const QSizeF& points : layout.pagePointSizes) {
        rects.emplace_back(QPoint(0, 0), pagePixelSize(layout, points));
        widest = std::max(widest, rects.back().width());
    }
    const int totalWidth = widest + layout.documentMargins.left() + layout.documentMargins.right();
    int y = layout.documentMargins.top();
    for (QRect& rect : rects) {
        // QPdfView centres each page in the wider of the document and the viewport.
        const int x = (std::max(totalWidth, layout.viewportSize.width()) - rect.width()) / 2;
        rect.moveTopLeft(QPoint(x, y));
        y += rect.height() + layout.pageSpacing;
    }
    return rects;
}

int documentHeight(const ViewLayout& layout) {
    const std::vector<QRect> rects = pageRectsInDocument(layout);
    int y = layout.documentMargins.top();
    for (const QRect& rect : rects)
        y += rect.height() + layout.pageSpacing;
    return y + layout.documentMargins.bottom();
}

QRect pageRectInViewport(const ViewLayout& layout, int page) {
    if (page < 0 || page >= int(layout.pagePointSizes.size()))
        return {};
    return pageRectsInDocument(layout)[size_t(page)].translated(-layout.scrollOffset);
}

QRectF pointsToDocument(const ViewLayout& layout, int page, const QRectF& points) {
    if (page < 0 || page >= int(layout.pagePointSizes.size()))
        return {};
    const QSizeF pageSize = layout.pagePointSizes[size_t(page)];
    if (pageSize.width() <= 0 || pageSize.height() <= 0)
        return {};
    const QRect pageRect = pageRectsInDocument(layout)[size_t(page)];
    // The rendered page image is stretched over the page rectangle, each axis on its own.
    const qreal sx = pageRect.width() / pageSize.width();
    const qreal sy = pageRect.height() / pageSize.height();
    return {pageRect.x() + points.x() * sx, pageRect.y() + points.y() * sy, points.width() * sx,
            points.height() * sy};
}

QRectF pointsToViewport(const ViewLayout& layout, int page, const QRectF& points) {
    const QRectF inDocument = pointsToDocument(layout, page, points);
    return inDocument.isNull() ? inDocument : inDocument.translated(-QPointF(layout.scrollOffset));
}

qreal effectiveZoom(const ViewLayout& layout, int page) {
    if (page < 0 || page >= int(layout.pagePointSizes.size()) || layout.screenResolution <= 0)
        return layout.zoomFactor;
    const qreal pointWidth = layout.pagePointSizes[size_t(page)].width();
    if (pointWidth <= 0)
        return layout.zoomFactor;
    return pageRectsInDocument(layout)[size_t(page)].width() /
           (pointWidth * layout.screenResolution);
}

} // namespace sp::ui
