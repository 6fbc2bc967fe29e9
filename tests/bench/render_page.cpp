// Renders page 1 of a PDF at 96 dpi to PNG, from a cold start, as the reader does (Qt Pdf): the
// counterpart of `pdftoppm -r 96 -f 1 -l 1 -png`.
//
//   sp_render_page FILE.pdf OUT.png
#include <QGuiApplication>
#include <QImage>
#include <QPdfDocument>
#include <cstdio>

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: sp_render_page FILE.pdf OUT.png\n");
        return 2;
    }
    QPdfDocument document;
    if (document.load(QString::fromLocal8Bit(argv[1])) != QPdfDocument::Error::None ||
        document.pageCount() < 1)
        return 1;
    const QSizeF points = document.pagePointSize(0);
    const QImage page = document.render(0, (points * 96.0 / 72.0).toSize());
    return page.save(QString::fromLocal8Bit(argv[2]), "PNG") ? 0 : 1;
}
