#pragma once

#include "page_geometry.h"

#include <QList>
#include <QRectF>
#include <QWidget>
#include <functional>
#include <vector>

namespace sp::ui {

// One search hit: the rectangles (in PDF points) its text covers on its page.
struct HighlightedHit {
    int page = 0;
    QList<QRectF> rectangles;
};

// PDFium may give one rectangle per character; a hit is drawn as one box per line of text.
QList<QRectF> mergedIntoLines(const QList<QRectF>& rectangles);

// A box drawn on screen, in the viewport's pixels.
struct HighlightBox {
    QRectF rect;
    int hit = 0;
    bool current = false;
};

// Drawn over QPdfView's viewport (Qt 6.4 has no search highlighting of its own): every hit in
// translucent yellow, the current one in orange. Lets mouse events through to the view.
class HighlightOverlay : public QWidget {
    Q_OBJECT

public:
    // `layout` tells where the view has put the pages at the moment of painting.
    HighlightOverlay(QWidget* viewport, std::function<ViewLayout()> layout);

    void setHits(std::vector<HighlightedHit> hits);
    void setCurrentHit(int hit);
    void clear();

    // The boxes that are at least partly in view, as they are painted.
    std::vector<HighlightBox> visibleBoxes() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    std::function<ViewLayout()> layout_;
    std::vector<HighlightedHit> hits_;
    int current_ = -1;
};

} // namespace sp::ui
