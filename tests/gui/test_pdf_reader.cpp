#include "gui_fixture.h"
#include "pdf_pane.h"
#include "pdf_reader/highlight_overlay.h"
#include "pdf_reader/page_geometry.h"
#include "pdf_reader/search_hits.h"
#include "pdf_reader/zoom_steps.h"
#include "support/case_fixtures.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPdfView>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>

using sp::ui::PageFit;
using sp::ui::PdfPane;
using sp::ui::ViewLayout;

Q_DECLARE_METATYPE(sp::ui::ViewLayout)

using sp::test::child;
using sp::test::screenshotPath;

namespace {

// Three A4 pages; "threat" twice on page 2 and once on page 3, each time first on its line, with
// blank paper to its left and above it.
QByteArray threatModellingPdf() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(16);
    painter.setFont(font);
    painter.drawText(72, 120, QStringLiteral("Application of the candidate: introduction"));
    writer.newPage();
    painter.drawText(72, 150, QStringLiteral("threat modelling is done early."));
    painter.drawText(72, 450, QStringLiteral("threat modelling again, later on."));
    writer.newPage();
    painter.drawText(72, 200, QStringLiteral("threat modelling at the end."));
    painter.end();
    return bytes;
}

// One page with thirty lines, each starting with "threat": thirty hits with long contexts.
QByteArray manyHitsPdf() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    painter.setFont(font);
    for (int line = 0; line < 30; ++line)
        painter.drawText(40, 40 + 22 * line,
                         QStringLiteral("threat %1: a vulnerability assessment of the registry "
                                        "with secrets management")
                             .arg(line + 1));
    painter.end();
    return bytes;
}

ViewLayout a4Layout(PageFit fit, int pages) {
    ViewLayout layout;
    layout.pagePointSizes.assign(size_t(pages), QSizeF(595, 842));
    layout.fit = fit;
    layout.screenResolution = 96.0 / 72.0;
    layout.documentMargins = QMargins(8, 8, 8, 8);
    layout.pageSpacing = 8;
    layout.viewportSize = QSize(616, 600);
    return layout;
}

int inkIn(const QImage& image, const QRect& rect) {
    return sp::test::inkPixelCount(image.copy(rect & image.rect()));
}

// What the view shows, without the highlights.
QImage pagesOnly(PdfPane& pane) {
    pane.highlights()->hide();
    QImage image = pane.view()->viewport()->grab().toImage();
    pane.highlights()->show();
    return image.convertToFormat(QImage::Format_RGB32);
}

void sendKey(PdfPane& pane, int key, Qt::KeyboardModifiers modifiers = {}) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target && (target == &pane || pane.isAncestorOf(target)),
             "focus is not in the reader");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

class PdfReaderTest : public QObject {
    Q_OBJECT

private slots:
    void pageGeometry_data();
    void pageGeometry();
    void pagesOfDifferentWidthsAreCentred();
    void documentHeightAndZoomOfFittedPages();
    void zoomStepsAroundAnyMagnification_data();
    void zoomStepsAroundAnyMagnification();
    void hitTexts();
    void characterBoxesMergeIntoLines();

    void searchCountsListsAndMovesBetweenHits();
    void wrappedHitsDoNotRunOverTheNextRow();
    void highlightsSitOnTheWords_data();
    void highlightsSitOnTheWords();
    void zoomAndPageKeys();
    void pageListJumpsToPage();
    void damagedPdfShowsMessageAndSearchDoesNothing();

private:
    void openThreatPdf(PdfPane& pane);
};

void PdfReaderTest::pageGeometry_data() {
    QTest::addColumn<ViewLayout>("layout");
    QTest::addColumn<int>("page");
    QTest::addColumn<QRectF>("points");
    QTest::addColumn<QRect>("pageInViewport");
    QTest::addColumn<QRectF>("expected");

    // A4 at 96 dpi is 793 x 1123 px; fitted to 600 px it becomes 600 x 850 (QPdfView rounds).
    ViewLayout fitWidth = a4Layout(PageFit::FitWidth, 2);
    const qreal sx = 600.0 / 595.0;
    const qreal sy = 850.0 / 842.0;
    QTest::newRow("fit width, page 2")
        << fitWidth << 1 << QRectF(72, 100, 50, 12) << QRect(8, 866, 600, 850)
        << QRectF(8 + 72 * sx, 866 + 100 * sy, 50 * sx, 12 * sy);
    fitWidth.scrollOffset = QPoint(0, 900);
    QTest::newRow("fit width, scrolled")
        << fitWidth << 1 << QRectF(72, 100, 50, 12) << QRect(8, -34, 600, 850)
        << QRectF(80.60504201680672, 66.95011876484557, 50.42016806722689, 12.114014251781473);

    ViewLayout custom;
    custom.pagePointSizes = {QSizeF(100, 200), QSizeF(100, 200)};
    custom.fit = PageFit::Custom;
    custom.zoomFactor = 2;
    custom.documentMargins = QMargins(6, 6, 6, 6);
    custom.pageSpacing = 3;
    custom.viewportSize = QSize(300, 300);
    QTest::newRow("zoom 200%, page centred in a wider view")
        << custom << 0 << QRectF(10, 20, 30, 40) << QRect(50, 6, 200, 400)
        << QRectF(70, 46, 60, 80);
    QTest::newRow("zoom 200%, second page")
        << custom << 1 << QRectF(0, 0, 100, 200) << QRect(50, 409, 200, 400)
        << QRectF(50, 409, 200, 400);

    ViewLayout wide = custom;
    wide.pagePointSizes = {QSizeF(100, 100)};
    wide.zoomFactor = 4;
    wide.documentMargins = QMargins(10, 10, 10, 10);
    wide.viewportSize = QSize(200, 200);
    wide.scrollOffset = QPoint(50, 30);
    QTest::newRow("zoom 400%, wider than the view, scrolled both ways")
        << wide << 0 << QRectF(25, 25, 10, 5) << QRect(-40, -20, 400, 400)
        << QRectF(60, 80, 40, 20);

    ViewLayout fitPage;
    fitPage.pagePointSizes = {QSizeF(100, 200)};
    fitPage.fit = PageFit::FitPage;
    fitPage.documentMargins = QMargins(5, 5, 5, 5);
    fitPage.pageSpacing = 10;
    fitPage.viewportSize = QSize(500, 300);
    QTest::newRow("fit page") << fitPage << 0 << QRectF(0, 100, 100, 10) << QRect(177, 5, 145, 290)
                              << QRectF(177, 150, 145, 14.5);

    QTest::newRow("no such page") << custom << 2 << QRectF(0, 0, 10, 10) << QRect() << QRectF();
}

void PdfReaderTest::pageGeometry() {
    QFETCH(ViewLayout, layout);
    QFETCH(int, page);
    QFETCH(QRectF, points);
    QFETCH(QRect, pageInViewport);
    QFETCH(QRectF, expected);
    QCOMPARE(sp::ui::pageRectInViewport(layout, page), pageInViewport);
    QCOMPARE(sp::ui::pointsToViewport(layout, page, points), expected);
}

void PdfReaderTest::pagesOfDifferentWidthsAreCentred() {
    ViewLayout layout;
    layout.pagePointSizes = {QSizeF(100, 100), QSizeF(200, 100)};
    layout.fit = PageFit::Custom;
    layout.viewportSize = QSize(100, 100);
    const std::vector<QRect> pages = sp::ui::pageRectsInDocument(layout);
    QCOMPARE(pages.size(), size_t(2));
    QCOMPARE(pages[0], QRect(50, 0, 100, 100));
    QCOMPARE(pages[1], QRect(0, 100, 200, 100));
}

void PdfReaderTest::documentHeightAndZoomOfFittedPages() {
    const ViewLayout layout = a4Layout(PageFit::FitWidth, 2);
    QCOMPARE(sp::ui::documentHeight(layout), 8 + 850 + 8 + 850 + 8 + 8);
    QCOMPARE(sp::ui::effectiveZoom(layout, 0), 600.0 / (595.0 * 96.0 / 72.0));
    ViewLayout custom = a4Layout(PageFit::Custom, 1);
    custom.zoomFactor = 1.5;
    QCOMPARE(sp::ui::effectiveZoom(custom, 0), 1.5);
}

void PdfReaderTest::zoomStepsAroundAnyMagnification_data() {
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("fitted between steps") << 0.8 << 1.0 << 0.75;
    QTest::newRow("fitted within 1% of a step") << 0.7563 << 1.0 << 0.5;
    QTest::newRow("under the smallest but one") << 0.7 << 0.75 << 0.5;
    QTest::newRow("on a step") << 1.0 << 1.25 << 0.75;
    QTest::newRow("a hair under a step") << 0.9995 << 1.25 << 0.75;
    QTest::newRow("smallest") << 0.5 << 0.75 << 0.5;
    QTest::newRow("largest") << 4.0 << 4.0 << 3.0;
    QTest::newRow("beyond the largest") << 6.0 << 4.0 << 4.0;
}

void PdfReaderTest::zoomStepsAroundAnyMagnification() {
    QFETCH(double, zoom);
    QFETCH(double, in);
    QFETCH(double, out);
    QCOMPARE(sp::ui::zoomedIn(zoom), in);
    QCOMPARE(sp::ui::zoomedOut(zoom), out);
    QCOMPARE(sp::ui::zoomPercentText(1.25), QStringLiteral("125%"));
}

void PdfReaderTest::hitTexts() {
    sp::ui::SearchHit hit;
    hit.page = 2;
    hit.contextBefore = QStringLiteral("models of the \u23CE");
    hit.contextAfter = QStringLiteral(" modelling, early");
    QCOMPARE(sp::ui::hitListText(hit, QStringLiteral("threat")),
             QStringLiteral("p. 3 \u2014 models of the threat modelling, early"));
    hit.contextBefore = QString(40, QLatin1Char('a'));
    hit.contextAfter.clear();
    QCOMPARE(sp::ui::hitListText(hit, QStringLiteral("b")), QStringLiteral("p. 3 \u2014 \u2026") +
                                                                QString(32, QLatin1Char('a')) +
                                                                QStringLiteral("b"));
    // Two hits close together each get the text around themselves.
    std::vector<sp::ui::SearchHit> onPage(3);
    onPage[2].contextBefore = QStringLiteral("kept");
    sp::ui::setContextsFromPageText(onPage, QStringLiteral("Threat modelling.\r\nA threat again."),
                                    QStringLiteral("threat"));
    QCOMPARE(onPage[0].contextBefore, QString());
    QCOMPARE(onPage[0].contextAfter, QStringLiteral(" modelling.\r\nA threat again."));
    QCOMPARE(onPage[1].contextBefore, QStringLiteral("Threat modelling.\r\nA "));
    QCOMPARE(onPage[1].contextAfter, QStringLiteral(" again."));
    QCOMPARE(onPage[2].contextBefore, QStringLiteral("kept"));
    QCOMPARE(sp::ui::hitListText(onPage[1], QStringLiteral("threat")),
             QStringLiteral("p. 1 \u2014 Threat modelling. A threat again."));

    QCOMPARE(sp::ui::hitCounterText(2, 12, true), QStringLiteral("3 of 12"));
    QCOMPARE(sp::ui::hitCounterText(-1, 12, true), QStringLiteral("12 matches"));
    QCOMPARE(sp::ui::hitCounterText(-1, 0, true), QStringLiteral("No matches"));
    QCOMPARE(sp::ui::hitCounterText(-1, 0, false), QString());
}

void PdfReaderTest::characterBoxesMergeIntoLines() {
    const QList<QRectF> characters{QRectF(10, 100, 6, 12), QRectF(16, 101, 5, 11),
                                   QRectF(22, 100, 6, 12), QRectF(10, 130, 6, 12),
                                   QRectF(200, 130, 6, 12)};
    const QList<QRectF> expected{QRectF(10, 100, 18, 12), QRectF(10, 130, 6, 12),
                                 QRectF(200, 130, 6, 12)};
    QCOMPARE(sp::ui::mergedIntoLines(characters), expected);
    QCOMPARE(sp::ui::mergedIntoLines({}), QList<QRectF>());
}

void PdfReaderTest::openThreatPdf(PdfPane& pane) {
    pane.resize(760, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Without a window manager (Xvfb) the window system may not activate the window; the
    // reader's shortcuts only need Qt to take it as the active one.
    pane.activateWindow();
    QApplication::setActiveWindow(&pane);
    QTRY_COMPARE(QApplication::activeWindow(), &pane);
    pane.showPdf(threatModellingPdf(), QStringLiteral("threat.pdf"));
    QTRY_COMPARE(pane.document()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(pane.document()->pageCount(), 3);
    pane.view()->setFocus();
    QTRY_VERIFY(pane.view()->hasFocus());
}

// A hit too long for the side bar wraps within its own row, also after the bar is narrowed.
void PdfReaderTest::wrappedHitsDoNotRunOverTheNextRow() {
    PdfPane pane;
    openThreatPdf(pane);
    if (QTest::currentTestFailed())
        return;
    auto* field = child<QLineEdit>(pane, "pdfSearch");
    auto* hitList = child<QListView>(pane, "pdfHitList");
    sendKey(pane, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("threat"));
    QTRY_COMPARE(hitList->model()->rowCount(), 3);
    auto* sideBar = child<QSplitter>(pane, "pdfSideBar");
    auto* body = qobject_cast<QSplitter*>(sideBar->parentWidget());
    QVERIFY(body);
    const auto overlaps = [hitList] { return sp::test::rowsNotFitting(*hitList); };
    QTRY_VERIFY2_WITH_TIMEOUT(overlaps().isEmpty(), qPrintable(overlaps()), 2000);
    // Narrowed, the rows take their new heights at once: what is painted at once is what is
    // painted once everything settled.
    for (int width : {260, 170}) {
        body->setSizes({width, pane.width() - width});
        const QImage atOnce = hitList->viewport()->grab().toImage();
        QVERIFY(atOnce.save(screenshotPath(QStringLiteral("pdf-hit-list-%1").arg(width))));
        QTest::qWait(300);
        QVERIFY2(
            hitList->viewport()->grab().toImage() == atOnce,
            qPrintable(
                QStringLiteral("the rows moved after the list was narrowed to %1 px").arg(width)));
        QVERIFY2(overlaps().isEmpty(), qPrintable(overlaps()));
    }
    // So many hits that the list scrolls: the scroll bar takes width from every row.
    pane.showPdf(manyHitsPdf(), QStringLiteral("many.pdf"));
    QTRY_COMPARE(pane.document()->status(), QPdfDocument::Status::Ready);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("threat"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(hitList->model()->rowCount(), 30);
    QTRY_VERIFY2_WITH_TIMEOUT(overlaps().isEmpty(), qPrintable(overlaps()), 2000);
    body->setSizes({150, pane.width() - 150});
    const QImage atOnce = hitList->viewport()->grab().toImage();
    QVERIFY(atOnce.save(screenshotPath(QStringLiteral("pdf-hit-list-scrolling"))));
    QTest::qWait(300);
    QVERIFY(hitList->viewport()->grab().toImage() == atOnce);
    QVERIFY2(overlaps().isEmpty(), qPrintable(overlaps()));
}

void PdfReaderTest::searchCountsListsAndMovesBetweenHits() {
    PdfPane pane;
    openThreatPdf(pane);
    if (QTest::currentTestFailed())
        return;
    auto* field = child<QLineEdit>(pane, "pdfSearch");
    auto* counter = child<QLabel>(pane, "pdfHitCounter");
    auto* hitList = child<QListView>(pane, "pdfHitList");

    sendKey(pane, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("threat"));
    QTRY_COMPARE(counter->text(), QStringLiteral("1 of 3"));
    QCOMPARE(pane.currentPage(), 1);
    QCOMPARE(pane.pageText(), QStringLiteral("page 2 of 3"));

    QVERIFY(hitList->isVisible());
    QCOMPARE(hitList->model()->rowCount(), 3);
    const QStringList rows{
        QStringLiteral("p. 2 \u2014 threat modelling is done early. threat\u2026"),
        QStringLiteral("p. 2 \u2014 threat modelling is done early. threat "
                       "modelling again, later on."),
        QStringLiteral("p. 3 \u2014 threat modelling at the end.")};
    for (int row = 0; row < 3; ++row)
        QCOMPARE(hitList->model()->index(row, 0).data().toString(), rows[row]);
    QCOMPARE(hitList->currentIndex().row(), 0);

    sendKey(pane, Qt::Key_F3);
    QCOMPARE(counter->text(), QStringLiteral("2 of 3"));
    QTRY_COMPARE(pane.currentPage(), 1);
    sendKey(pane, Qt::Key_Return); // in the search field: the next match
    QCOMPARE(counter->text(), QStringLiteral("3 of 3"));
    QTRY_COMPARE(pane.currentPage(), 2);
    QCOMPARE(child<QSpinBox>(pane, "pdfPageNumber")->value(), 3);
    sendKey(pane, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(counter->text(), QStringLiteral("2 of 3"));
    QTRY_COMPARE(pane.currentPage(), 1);
    sendKey(pane, Qt::Key_F3);
    sendKey(pane, Qt::Key_F3); // past the last match, back to the first
    QCOMPARE(counter->text(), QStringLiteral("1 of 3"));
    QCOMPARE(hitList->currentIndex().row(), 0);

    // Choosing a match in the list goes to it.
    hitList->setCurrentIndex(hitList->model()->index(2, 0));
    QCOMPARE(counter->text(), QStringLiteral("3 of 3"));
    QTRY_COMPARE(pane.currentPage(), 2);

    // Every match is highlighted, inside its page; the current one once.
    pane.setZoomFactor(0.5);
    pane.goToPage(1);
    QTRY_COMPARE(pane.highlights()->visibleBoxes().size(), size_t(3)); // one box a hit
    const std::vector<sp::ui::HighlightBox> boxes = pane.highlights()->visibleBoxes();
    const ViewLayout layout = pane.viewLayout();
    int current = 0;
    for (const sp::ui::HighlightBox& box : boxes) {
        const int page = pane.hits()[size_t(box.hit)].page;
        const QRect pageRect = sp::ui::pageRectInViewport(layout, page);
        QVERIFY2(QRectF(pageRect).contains(box.rect),
                 qPrintable(QStringLiteral("hit %1 outside page %2").arg(box.hit).arg(page + 1)));
        current += box.current ? 1 : 0;
    }
    QCOMPARE(current, 1);
    QCOMPARE(boxes[0].hit, 0);
    QCOMPARE(boxes[2].hit, 2);

    // A search without matches says so and highlights nothing.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("zebra"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(counter->text(), QStringLiteral("No matches"));
    QCOMPARE(hitList->model()->rowCount(), 0);
    QVERIFY(pane.highlights()->visibleBoxes().empty());
}

void PdfReaderTest::highlightsSitOnTheWords_data() {
    QTest::addColumn<int>("zoomPercent"); // 0: fit width
    QTest::addColumn<QString>("screenshot");
    QTest::newRow("fit width") << 0 << QStringLiteral("pdf-search");
    QTest::newRow("200%") << 200 << QStringLiteral("pdf-search-200");
}

void PdfReaderTest::highlightsSitOnTheWords() {
    QFETCH(int, zoomPercent);
    QFETCH(QString, screenshot);
    PdfPane pane;
    openThreatPdf(pane);
    if (QTest::currentTestFailed())
        return;
    pane.search(QStringLiteral("threat"));
    QCOMPARE(pane.hitCounterText(), QStringLiteral("1 of 3"));
    if (zoomPercent > 0) {
        pane.setZoomFactor(zoomPercent / 100.0);
        QCOMPARE(pane.zoomFactor(), zoomPercent / 100.0);
        QCOMPARE(child<QComboBox>(pane, "pdfZoom")->currentText(), QStringLiteral("200%"));
        pane.nextHit();
        pane.previousHit(); // back on the first match, brought into view at this zoom
    }
    QTest::qWait(50); // the list of matches appearing narrows the view
    const auto boxes = [&] { return pane.highlights()->visibleBoxes(); };
    QTRY_VERIFY(!boxes().empty());
    const QRect first = boxes().front().rect.toAlignedRect();
    QTRY_VERIFY_WITH_TIMEOUT(inkIn(pagesOnly(pane), first) > 10, 10000);

    const QImage pages = pagesOnly(pane);
    const QRect viewport = pane.view()->viewport()->rect();
    int checked = 0;
    for (const sp::ui::HighlightBox& box : boxes()) {
        const QRect rect = box.rect.toAlignedRect();
        if (!viewport.contains(rect))
            continue;
        const QString where = QStringLiteral("hit %1 at %2,%3 %4x%5")
                                  .arg(box.hit)
                                  .arg(rect.x())
                                  .arg(rect.y())
                                  .arg(rect.width())
                                  .arg(rect.height());
        // The word is inside the box; above it and to its left there is only paper.
        QVERIFY2(inkIn(pages, rect) > rect.width() * rect.height() / 20, qPrintable(where));
        QVERIFY2(inkIn(pages, rect.translated(0, -rect.height() - 2)) == 0, qPrintable(where));
        QVERIFY2(inkIn(pages, rect.translated(-rect.width() - 2, 0)) == 0, qPrintable(where));
        // The box is no taller than the word: ink reaches within 3 px of its top and bottom.
        int top = rect.bottom(), bottom = rect.top();
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            if (inkIn(pages, QRect(rect.left(), y, rect.width(), 1)) > 0) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        QVERIFY2(top - rect.top() <= 3 && rect.bottom() - bottom <= 3, qPrintable(where));
        ++checked;
    }
    QVERIFY(checked >= 1);
    QVERIFY(pane.grab().save(screenshotPath(screenshot)));
}

void PdfReaderTest::zoomAndPageKeys() {
    PdfPane pane;
    openThreatPdf(pane);
    if (QTest::currentTestFailed())
        return;
    auto* zoomList = child<QComboBox>(pane, "pdfZoom");
    QCOMPARE(zoomList->currentText(), QStringLiteral("Fit width"));
    const qreal fitted = pane.zoomFactor();
    QVERIFY(fitted > 0.5 && fitted < 1.0);

    sendKey(pane, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(pane.zoomFactor(), 1.0);
    QCOMPARE(zoomList->currentText(), QStringLiteral("100%"));
    sendKey(pane, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(pane.zoomFactor(), 1.25);
    sendKey(pane, Qt::Key_Minus, Qt::ControlModifier);
    sendKey(pane, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(pane.zoomFactor(), 0.75);
    sendKey(pane, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(pane.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    QCOMPARE(pane.zoomFactor(), fitted);
    QCOMPARE(zoomList->currentText(), QStringLiteral("Fit width"));

    QCOMPARE(pane.currentPage(), 0);
    sendKey(pane, Qt::Key_PageDown);
    QCOMPARE(pane.currentPage(), 1);
    QCOMPARE(pane.pageText(), QStringLiteral("page 2 of 3"));
    sendKey(pane, Qt::Key_End);
    QCOMPARE(pane.currentPage(), 2);
    sendKey(pane, Qt::Key_PageUp);
    QCOMPARE(pane.currentPage(), 1);
    sendKey(pane, Qt::Key_Home);
    QCOMPARE(pane.currentPage(), 0);
    QCOMPARE(pane.view()->verticalScrollBar()->value(), 0);

    auto* pageNumber = child<QSpinBox>(pane, "pdfPageNumber");
    QCOMPARE(child<QLabel>(pane, "pdfPageCount")->text(), QStringLiteral("of 3"));
    pageNumber->setValue(3);
    QCOMPARE(pane.currentPage(), 2);
}

void PdfReaderTest::pageListJumpsToPage() {
    PdfPane pane;
    openThreatPdf(pane);
    if (QTest::currentTestFailed())
        return;
    auto* pageList = child<QListView>(pane, "pdfPageList");
    QVERIFY(!pageList->isVisible());
    sendKey(pane, Qt::Key_F4);
    QVERIFY(pageList->isVisible());
    QCOMPARE(pageList->model()->rowCount(), 3);
    const QModelIndex third = pageList->model()->index(2, 0);
    QVERIFY(!third.data(Qt::DecorationRole).value<QPixmap>().isNull());
    QTRY_VERIFY(pageList->visualRect(third).isValid());
    QTest::mouseClick(pageList->viewport(), Qt::LeftButton, {},
                      pageList->visualRect(third).center());
    QCOMPARE(pane.currentPage(), 2);
    pane.goToPage(0);
    QCOMPARE(pageList->currentIndex().row(), 0);
}

void PdfReaderTest::damagedPdfShowsMessageAndSearchDoesNothing() {
    PdfPane pane;
    pane.resize(600, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showPdf(QByteArray("%PDF-1.7\nthis PDF was cut short"), QStringLiteral("broken.pdf"));
    QTRY_VERIFY(pane.isShowingMessage());
    QVERIFY2(pane.messageText().contains(QStringLiteral("cannot be displayed")),
             qPrintable(pane.messageText()));
    QVERIFY(!child<QLineEdit>(pane, "pdfSearch")->isEnabled());
    pane.search(QStringLiteral("threat"));
    pane.nextHit();
    pane.zoomIn();
    pane.goToPage(2);
    QVERIFY(pane.hits().empty());
    QCOMPARE(pane.hitCounterText(), QString());
    QVERIFY(pane.isShowingMessage());

    pane.showPdf(QByteArray(), QStringLiteral("empty.pdf"));
    QTRY_VERIFY(pane.isShowingMessage());
    pane.search(QStringLiteral("threat"));
    QVERIFY(pane.hits().empty());

    // A search typed before stays and is run on the next PDF, without leaving its first page.
    pane.showPdf(threatModellingPdf(), QStringLiteral("threat.pdf"));
    QTRY_COMPARE(pane.document()->status(), QPdfDocument::Status::Ready);
    pane.search(QStringLiteral("threat"));
    QCOMPARE(pane.hits().size(), size_t(3));
    pane.showPdf(threatModellingPdf(), QStringLiteral("again.pdf"));
    QTRY_COMPARE(pane.document()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(pane.hits().size(), size_t(3));
    QCOMPARE(pane.hitCounterText(), QStringLiteral("3 matches"));
    QCOMPARE(pane.currentPage(), 0);
}

SP_GUI_TEST_MAIN(PdfReaderTest)

#include "test_pdf_reader.moc"
