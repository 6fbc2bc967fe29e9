#pragma once

#include "pdf_reader/page_geometry.h"
#include "pdf_reader/search_hits.h"

#include <QByteArray>
#include <QPdfDocument>
#include <QWidget>
#include <memory>
#include <vector>

class QBuffer;
class QLabel;
class QListView;
class QPdfSearchModel;
class QPdfView;
class QSplitter;
class QStackedWidget;
class QStringListModel;
class QTimer;

namespace sp::ui {

class HighlightOverlay;
class PageThumbnailModel;
class ReaderToolBar;
struct ZoomChoice;

// The reader of one application PDF: all pages one under the other, fitted to the pane's width at
// first, with page and zoom controls, an optional list of pages and a search that lists and
// highlights its matches; or, when there is nothing to show or the PDF cannot be read, a message
// saying so.
class PdfPane : public QWidget {
    Q_OBJECT

public:
    explicit PdfPane(QWidget* parent = nullptr);
    ~PdfPane() override;

    // The caption names what is shown, e.g. the candidate and the file name.
    void showPdf(const QByteArray& bytes, const QString& caption);
    void showMessage(const QString& message, const QString& caption = {});

    QPdfDocument* document() const { return document_; }
    QPdfView* view() const { return view_; }
    bool isShowingMessage() const;
    QString messageText() const;
    QString pageText() const; // "page 1 of 3"

    // Pages counted from 0.
    int currentPage() const;
    void goToPage(int page);

    // The magnification the current page is shown at (1 = actual size), fitted or not.
    qreal zoomFactor() const;
    void setZoomFactor(qreal factor); // 1 = actual size
    void zoomIn();
    void zoomOut();
    void fitWidth();

    // Searches the whole document at once and shows the first match; an empty text clears it.
    void search(const QString& text);
    // Puts the keyboard in the search field, its text selected (Ctrl+F).
    void focusSearchField();
    void nextHit();
    void previousHit();
    const std::vector<SearchHit>& hits() const { return hits_; }
    int currentHit() const { return currentHit_; } // -1 for none
    QString hitCounterText() const;                // "3 of 12"

    // Where the view has put the pages now.
    ViewLayout viewLayout() const;
    HighlightOverlay* highlights() const { return overlay_; }

private:
    void startNewDocument();
    void discardDocument();
    void onStatusChanged(QPdfDocument::Status status);
    void onCurrentPageChanged();
    QString loadErrorText() const;
    void applyZoom(const ZoomChoice& choice);
    void runSearch(const QString& text, bool showFirstHit);
    void runPendingSearch();
    void onReturnInSearchField();
    void showHit(int hit);
    void scrollToShow(int page, const QRectF& points);
    void showHitInList(int hit);
    void clearSearch();

    QPdfDocument* document_ = nullptr;
    std::unique_ptr<QBuffer> buffer_; // the bytes the document reads; lives as long as it
    QLabel* caption_;
    QLabel* pageLabel_;
    ReaderToolBar* toolBar_;
    QSplitter* body_;
    QSplitter* sideBar_;
    QListView* pageList_;
    QListView* hitList_;
    PageThumbnailModel* pages_;
    QStringListModel* hitTexts_;
    QStackedWidget* stack_;
    QPdfView* view_ = nullptr;
    HighlightOverlay* overlay_ = nullptr;
    QPdfSearchModel* searchModel_ = nullptr;
    QLabel* message_;
    QTimer* searchDelay_;
    qreal screenResolution_ = 1.0;
    QString searchedText_;
    std::vector<SearchHit> hits_;
    int currentHit_ = -1;
};

} // namespace sp::ui
