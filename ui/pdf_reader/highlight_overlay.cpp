#include "highlight_overlay.h"

#include <QEvent>
#include <QPainter>

namespace sp::ui {

namespace {
const QColor otherHitColour(255, 230, 0, 110);
const QColor currentHitColour(255, 140, 0, 140);
const QColor currentHitFrame(220, 100, 0);
} // namespace

QList<QRectF> mergedIntoLines(const QList<QRectF>& rectangles) {
    QList<QRectF> lines;
    for (const QRectF& rect : rectangles) {
        if (!lines.isEmpty()) {
            QRectF& line = lines.back();
            const qreal middle = rect.center().y();
            const bool sameLine = middle >= line.top() && middle <= line.bottom();
            const bool near = rect.left() <= line.right() + line.height() &&
                              rect.right() >= line.left() - line.height();
            if (sameLine && near) {
                line = line.united(rect);
                continue;
            }
        }
        lines.append(rect);
    }
    return lines;
}

HighlightOverlay::HighlightOverlay(QWidget* viewport, std::function<ViewLayout()> layout)
    : QWidget(viewport), layout_(std::move(layout)) {
    setObjectName(QStringLiteral("pdfHighlights"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(viewport->rect());
    viewport->installEventFilter(this);
    show();
}

void HighlightOverlay::setHits(std::vector<HighlightedHit> hits) {
    hits_ = std::move(hits);
    for (HighlightedHit& hit : hits_)
        hit.rectangles = mergedIntoLines(hit.rectangles);
    current_ = -1;
    update();
}

void HighlightOverlay::setCurrentHit(int hit) {
    current_ = hit;
    update();
}

void HighlightOverlay::clear() {
    setHits({});
}

std::vector<HighlightBox> HighlightOverlay::visibleBoxes() const {
    std::vector<HighlightBox> boxes;
    if (hits_.empty())
        return boxes;
    const ViewLayout layout = layout_();
    const QRectF area(QPointF(0, 0), QSizeF(layout.viewportSize));
    for (size_t i = 0; i < hits_.size(); ++i) {
        for (const QRectF& points : hits_[i].rectangles) {
            const QRectF rect = pointsToViewport(layout, hits_[i].page, points);
            if (!rect.isNull() && rect.intersects(area))
                boxes.push_back({rect, int(i), int(i) == current_});
        }
    }
    return boxes;
}

bool HighlightOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void HighlightOverlay::paintEvent(QPaintEvent*) {
    const std::vector<HighlightBox> boxes = visibleBoxes();
    if (boxes.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // A little room around the glyphs, so that the box frames the word instead of cutting it.
    const QMarginsF room(1.5, 1.5, 1.5, 1.5);
    for (const HighlightBox& box : boxes) {
        painter.setPen(box.current ? QPen(currentHitFrame, 1.5) : Qt::NoPen);
        painter.setBrush(box.current ? currentHitColour : otherHitColour);
        painter.drawRoundedRect(box.rect.marginsAdded(room), 2, 2);
    }
}

} // namespace sp::ui
