// Peak memory with a case file open in the real window and an application PDF shown.
//
//   sp_bench_memory CASE.selpanel APPLICATION.pdf   (run with QT_QPA_PLATFORM=offscreen)
//
// Opens the case file (File > Open), which fills the list and shows the first candidate, then
// shows APPLICATION.pdf in the reader (PdfPane::showPdf, as for a selected candidate) and lets it
// render, and waits until the window's background reads (integrity check, who is invited to
// interview) are over, so that the peak includes them. Prints {"rows": N, "pages": P,
// "peak_rss_kb": K}: getrusage's ru_maxrss.
#include "casefile/case_file.h"
#include "casefile/read_sharing.h"
#include "gui_bench_support.h"
#include "main_window.h"
#include "pdf_pane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: sp_bench_memory CASE.selpanel APPLICATION.pdf\n");
        return 2;
    }
    sp::bench::prepareUnattendedWindow();
    sp::ui::MainWindow window;
    window.show();
    if (!sp::bench::openAndShow(window, QString::fromLocal8Bit(argv[1])))
        return 1;
    QFile pdf(QString::fromLocal8Bit(argv[2]));
    if (!pdf.open(QIODevice::ReadOnly))
        return 1;
    auto* reader = window.findChild<sp::ui::PdfPane*>(QStringLiteral("pdfPane"));
    reader->showPdf(pdf.readAll(), QStringLiteral("benchmark"));
    // The reader renders pages and thumbnails in the background: give it time to show them.
    QElapsedTimer shown;
    shown.start();
    while (shown.elapsed() < 1500)
        sp::bench::settle();
    // And until the window has worked out, on another thread, who is invited to interview: the
    // peak includes that work.
    while (!sp::ReadSharing::rankingKnown(*window.caseFile(), sp::Stage::Preselection) &&
           shown.elapsed() < 60000)
        sp::bench::settle();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"rows\": %d, \"pages\": %d, \"peak_rss_kb\": %ld}\n",
                sp::bench::candidateTable(window)->model()->rowCount(),
                reader->document()->pageCount(), usage.ru_maxrss);
    return 0;
}
