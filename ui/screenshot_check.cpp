#include "screenshot_check.h"

#include "language.h"
#include "main_window.h"
#include "pdf_pane.h"
#include "sign_in_dialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPdfView>
#include <QTimer>
#include <cstdio>

namespace sp::ui {

namespace {

// A rendered page has text on it: pixels darker than mid-grey.
bool showsInk(QWidget& view) {
    const QImage image = view.grab().toImage();
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += qGray(image.pixel(x, y)) < 128;
    return ink > 50;
}

QString shownPage(const MainWindow& window) {
    const auto* pane = window.findChild<PdfPane*>(QStringLiteral("pdfPane"));
    auto* view = window.findChild<QPdfView*>(QStringLiteral("pdfView"));
    if (!window.caseFile() || !pane || !view || pane->isShowingMessage() ||
        pane->document()->status() != QPdfDocument::Status::Ready || !showsInk(*view->viewport()))
        return {};
    return pane->pageText();
}

void report(const char* text) {
    std::fputs(text, stdout);
    std::fflush(stdout);
}

} // namespace

void screenshotOnceShown(MainWindow& window, const QString& pngPath) {
    SignInDialog::setResponder([](const std::vector<PanelMember>&, const SessionUser&) {
        return std::optional<SessionUser>(
            SessionUser{QString(), QStringLiteral("Installation check"), std::nullopt});
    });
    auto* timer = new QTimer(&window);
    QElapsedTimer since;
    since.start();
    QObject::connect(timer, &QTimer::timeout, &window, [&window, pngPath, timer, since] {
        const QString page = shownPage(window);
        if (page.isEmpty()) {
            if (since.elapsed() < 60'000)
                return;
            timer->stop();
            report("no application page shown within 60 seconds\n");
            QCoreApplication::exit(1);
            return;
        }
        timer->stop();
        const bool saved = window.grab().save(pngPath);
        const QString translation = loadedTranslationFile();
        QStringList menus;
        for (const QAction* menu : window.menuBar()->actions())
            menus << menu->text();
        report(qPrintable(
            QStringLiteral(
                "window title: %1\nmenus: %2\ntranslation: %3\npdf: %4\nscreenshot: %5\n")
                .arg(window.windowTitle(), menus.join(QLatin1Char(' ')),
                     translation.isEmpty() ? QStringLiteral("(none)") : translation, page,
                     saved ? QDir::toNativeSeparators(pngPath) : QStringLiteral("not saved"))));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    timer->start(250);
}

} // namespace sp::ui
