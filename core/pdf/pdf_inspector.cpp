#include "pdf/pdf_inspector.h"

#include <QBuffer>
#include <QEventLoop>
#include <QPdfDocument>
#include <QTimer>

namespace sp {

namespace {

// The PDF specification lets the header start anywhere in the first 1024 bytes.
constexpr qsizetype headerWindow = 1024;
constexpr int loadTimeoutMs = 60'000;

bool hasPdfHeader(const QByteArray& bytes) {
    return bytes.left(headerWindow).contains("%PDF-");
}

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

QString loadErrorText(QPdfDocument::Error error) {
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return QStringLiteral("is password-protected; ask the candidate for an unprotected copy");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QStringLiteral("is encrypted in a way that cannot be opened; ask the candidate for "
                              "an unprotected copy");
    default:
        return QStringLiteral("is damaged (it cannot be opened as a PDF)");
    }
}

} // namespace

std::variant<int, QString> inspectPdf(const QByteArray& bytes) {
    if (bytes.isEmpty())
        return QStringLiteral("is empty");
    if (!hasPdfHeader(bytes))
        return QStringLiteral("is not a PDF");

    QByteArray data = bytes; // shared, not copied: QBuffer needs a non-const array
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    waitWhileLoading(document);

    if (document.status() != QPdfDocument::Status::Ready)
        return loadErrorText(document.error());
    if (document.error() != QPdfDocument::Error::None)
        return loadErrorText(document.error());
    const int pages = document.pageCount();
    if (pages <= 0)
        return QStringLiteral("is damaged (it has no pages)");
    return pages;
}

PdfChecker pdfChecker() {
    return [](const QByteArray& bytes) { return inspectPdf(bytes); };
}

} // namespace sp
