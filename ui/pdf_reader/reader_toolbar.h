#pragma once

#include <QStyle>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sp::ui {

// What the zoom list offers: fit the page's width, fit the whole page, or a magnification.
struct ZoomChoice {
    enum Kind { FitWidth, FitPage, Factor } kind = FitWidth;
    double factor = 1.0;
};

// The reader's controls: pages, zoom and search. Holds the actions with their shortcuts; the
// reader adds them to itself so that they work wherever the focus is inside it.
class ReaderToolBar : public QToolBar {
    Q_OBJECT

public:
    explicit ReaderToolBar(QWidget* parent = nullptr);

    QAction* togglePages;
    QAction* previousPage;
    QAction* nextPage;
    QAction* firstPage;
    QAction* lastPage;
    QAction* zoomOut;
    QAction* zoomIn;
    QAction* fitWidth;
    QAction* find;
    QAction* previousHit;
    QAction* nextHit;

    QList<QAction*> allActions() const;

    QSpinBox* pageNumber() const { return pageNumber_; }
    QLineEdit* searchField() const { return searchField_; }
    QLabel* hitCounter() const { return hitCounter_; }
    QComboBox* zoomList() const { return zoom_; }

    // Shows the document's page count (0: no document, everything but the page list disabled).
    void setPageCount(int pages);
    void setCurrentPage(int page); // from 0
    void showZoom(const ZoomChoice& choice);
    void setHitCounter(const QString& text, bool haveHits);

signals:
    void pageRequested(int page); // from 0
    void zoomChosen(const ZoomChoice& choice);

private:
    QAction* makeAction(const QString& text, const QString& themeIcon,
                        QStyle::StandardPixmap fallback);

    QSpinBox* pageNumber_;
    QLabel* pageCount_;
    QComboBox* zoom_;
    QLineEdit* searchField_;
    QLabel* hitCounter_;
};

} // namespace sp::ui
