#include "pdf/pdf_text_indexer.h"

#include "casefile/case_file.h"

#include <QBuffer>
#include <QEventLoop>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTimer>

namespace sp {

namespace {

// PDFs per transaction: few enough that stopping loses little, many enough that committing
// costs nothing next to extracting.
constexpr int batchSize = 100;
constexpr int loadTimeoutMs = 60'000;

// load(QIODevice*) may finish asynchronously: wait for it, within bounds.
void waitWhileLoading(QPdfDocument& document) {
    if (document.status() != QPdfDocument::Status::Loading)
        return;
    QEventLoop loop;
    QObject::connect(&document, &QPdfDocument::statusChanged, &loop, [&loop](auto status) {
        if (status != QPdfDocument::Status::Loading)
            loop.quit();
    });
    QTimer::singleShot(loadTimeoutMs, &loop, &QEventLoop::quit);
    if (document.status() == QPdfDocument::Status::Loading)
        loop.exec();
}

} // namespace

QStringList pdfPageTexts(const QByteArray& bytes) {
    QByteArray data = bytes; // shared, not copied: QBuffer needs a non-const array
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    waitWhileLoading(document);
    if (document.status() != QPdfDocument::Status::Ready)
        return {};
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages << document.getAllText(page).text();
    return pages;
}

int indexApplicationTexts(CaseFile& caseFile, const IndexProgress& progress) {
    // Qt Pdf starts its PDF library with the first QPdfDocument alive and stops it with the last;
    // each start scans the system's fonts again (a PDF without embedded fonts needs them for its
    // text). Kept alive, it starts once: 0.3 ms per one-page PDF instead of 0.8 (CPU time).
    const QPdfDocument libraryKeeper;
    const std::vector<qint64> pending = caseFile.applications().unindexed();
    const int total = static_cast<int>(pending.size());
    int done = 0;
    while (done < total) {
        std::vector<std::pair<qint64, QStringList>> batch;
        for (int i = done; i < std::min(total, done + batchSize); ++i)
            batch.emplace_back(pending[i], pdfPageTexts(caseFile.applications().pdf(pending[i])));
        caseFile.applications().storeTexts(batch);
        done += static_cast<int>(batch.size());
        if (progress && !progress(done, total))
            break;
    }
    return done;
}

} // namespace sp
